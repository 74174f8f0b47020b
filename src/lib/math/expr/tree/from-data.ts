// A tree that crossed postMessage (structured clone) arrives as plain data: it
// may be anything at all. This rebuilds an Expr from it only if every node is
// one the engine could have made, so a worker compiles nothing it was not meant
// to. Nothing is evaluated while checking, and extra fields are dropped.

import type { BinaryOp, Expr } from './ast';
import { FUNCTIONS, type FunctionName } from './functions';
import { MAX_LENGTH } from '../limits';

/**
 * Tree depth, not bracket nesting (MAX_DEPTH): x + x + … + x nests one level
 * per term without a bracket, so a text of MAX_LENGTH characters can be this
 * deep but no deeper. Far below what the recursive compiler's stack allows.
 */
export const MAX_TREE_DEPTH = MAX_LENGTH;
/** More nodes than a text of MAX_LENGTH characters can parse to (2x is three nodes in two characters). */
export const MAX_NODES = 4 * MAX_LENGTH;
/** Variables are the caller's arguments (a, b, c): x, y and perhaps t. */
const MAX_VARIABLES = 3;
const MAX_NAME = 32;

const OPS: ReadonlySet<string> = new Set<BinaryOp>(['+', '-', '*', '/', '^']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The Expr that `data` describes, or null if it is not exactly a tree the engine makes. */
export function exprFromData(data: unknown): Expr | null {
  let nodes = 0;

  function build(d: unknown, depth: number): Expr | null {
    if (depth > MAX_TREE_DEPTH || ++nodes > MAX_NODES || !isObj(d)) return null;
    switch (d.kind) {
      case 'num':
        return typeof d.value === 'number' && Number.isFinite(d.value) ? { kind: 'num', value: d.value } : null;
      case 'var': {
        const { name, index } = d;
        if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME) return null;
        if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= MAX_VARIABLES) return null;
        return { kind: 'var', name, index };
      }
      case 'const':
        return d.name === 'pi' || d.name === 'e' ? { kind: 'const', name: d.name } : null;
      case 'neg': {
        const arg = build(d.arg, depth + 1);
        return arg && { kind: 'neg', arg };
      }
      case 'bin': {
        if (typeof d.op !== 'string' || !OPS.has(d.op)) return null;
        if (d.implicit !== undefined && typeof d.implicit !== 'boolean') return null;
        const left = build(d.left, depth + 1);
        const right = left && build(d.right, depth + 1);
        if (!left || !right) return null;
        const op = d.op as BinaryOp;
        return d.implicit ? { kind: 'bin', op, left, right, implicit: true } : { kind: 'bin', op, left, right };
      }
      case 'call': {
        // Own properties only: 'constructor' or '__proto__' must not pass as function names.
        if (typeof d.fn !== 'string' || !Object.hasOwn(FUNCTIONS, d.fn)) return null;
        const fn = d.fn as FunctionName;
        const { min, max } = FUNCTIONS[fn];
        const raw = d.args;
        if (!Array.isArray(raw) || raw.length < min || raw.length > max) return null;
        const args: Expr[] = [];
        for (const a of raw) {
          const e = build(a, depth + 1);
          if (!e) return null;
          args.push(e);
        }
        return { kind: 'call', fn, args };
      }
      default:
        return null;
    }
  }

  return build(data, 0);
}
