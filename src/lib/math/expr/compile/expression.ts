// One compiled scalar expression: the validated tree, its fast closure, a grid
// sampler and its TeX. Derivatives are built into the same shape.

import type { Failure } from '../failure';
import type { MathEngine } from '../mathjs-types';
import { parseExpression } from '../read/parse';
import { tex } from '../tex';
import type { Expr } from '../tree/ast';
import { foldConstants } from '../tree/fold-constants';
import { compile } from './closure';
import { sampleGrid, type SampleGrid } from './sample-grid';

/** Positional, in the order of `variables`: fn(x, y) or fn(x, y, t). Non-finite results are holes, not errors. */
export type ScalarFn = (x: number, y: number, t?: number) => number;
export type BatchFn = (grid: SampleGrid, out?: Float64Array, t?: number) => Float64Array;

export interface CompiledExpression {
  readonly ok: true;
  readonly variables: readonly string[];
  /** The validated tree, as typed (not folded). */
  readonly expr: Expr;
  readonly fn: ScalarFn;
  /** Fills `out` (or a new array) with fn over the grid, row-major, y_0 = yMin. */
  readonly batch: BatchFn;
  /** KaTeX source of the right-hand side, e.g. 2x. */
  readonly tex: string;
}

export type ExpressionResult = CompiledExpression | Failure;

export function fromTree(expr: Expr, variables: readonly string[]): CompiledExpression {
  const f = compile(foldConstants(expr));
  return {
    ok: true,
    variables,
    expr,
    fn: f as ScalarFn,
    batch: (grid, out, t) => sampleGrid(f, grid, out, t),
    tex: tex(expr),
  };
}

export function compileExpressionWith(m: MathEngine, text: string, variables: readonly string[]): ExpressionResult {
  const parsed = parseExpression(text, variables, (s) => m.parse(s));
  return parsed.ok ? fromTree(parsed.expr, variables) : parsed;
}
