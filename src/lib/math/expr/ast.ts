// The engine's own syntax tree. mathjs parses; everything after validation
// (compile, TeX, derivatives) works on this small closed set of shapes, so no
// mathjs node a text could smuggle in ever reaches the evaluator.

import type { FunctionName } from './functions';

export type BinaryOp = '+' | '-' | '*' | '/' | '^';

export type Expr =
  | { readonly kind: 'num'; readonly value: number }
  /** A caller-named variable; `index` is its position among the compiled function's arguments. */
  | { readonly kind: 'var'; readonly name: string; readonly index: number }
  | { readonly kind: 'const'; readonly name: 'pi' | 'e' }
  | { readonly kind: 'neg'; readonly arg: Expr }
  /** `implicit` remembers `2x` versus `2*x`, so TeX can juxtapose what the learner juxtaposed. */
  | { readonly kind: 'bin'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr; readonly implicit?: boolean }
  | { readonly kind: 'call'; readonly fn: FunctionName; readonly args: readonly Expr[] };

export const num = (value: number): Expr => ({ kind: 'num', value });
export const neg = (arg: Expr): Expr => ({ kind: 'neg', arg });
export const bin = (op: BinaryOp, left: Expr, right: Expr, implicit = false): Expr =>
  implicit ? { kind: 'bin', op, left, right, implicit } : { kind: 'bin', op, left, right };
export const call = (fn: FunctionName, args: readonly Expr[]): Expr => ({ kind: 'call', fn, args });

// Not a type guard: isNum(e, 0) being false says nothing about e's kind.
export const isNum = (e: Expr, value?: number): boolean =>
  e.kind === 'num' && (value === undefined || e.value === value);

/** Children in left-to-right order. */
export function children(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case 'neg':
      return [e.arg];
    case 'bin':
      return [e.left, e.right];
    case 'call':
      return e.args;
    default:
      return [];
  }
}

/** Number of nodes: the size budgets for differentiation are counted in these. */
export function size(e: Expr): number {
  let n = 1;
  for (const c of children(e)) n += size(c);
  return n;
}

/** True when no variable occurs in e, so it can be folded to one number. */
export function isConstant(e: Expr): boolean {
  return e.kind !== 'var' && children(e).every(isConstant);
}

/** Structural equality, used by the tidying rules (x - x, x / x are left alone; only identical shapes match). */
export function same(a: Expr, b: Expr): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'num':
      return Object.is(a.value, (b as typeof a).value);
    case 'var':
      return a.index === (b as typeof a).index;
    case 'const':
      return a.name === (b as typeof a).name;
    case 'neg':
      return same(a.arg, (b as typeof a).arg);
    case 'bin': {
      const o = b as typeof a;
      return a.op === o.op && same(a.left, o.left) && same(a.right, o.right);
    }
    case 'call': {
      const o = b as typeof a;
      return a.fn === o.fn && a.args.length === o.args.length && a.args.every((x, i) => same(x, o.args[i]));
    }
  }
}
