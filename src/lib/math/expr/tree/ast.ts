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
export const isNum = (e: Expr, value?: number): boolean => e.kind === 'num' && (value === undefined || e.value === value);

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
