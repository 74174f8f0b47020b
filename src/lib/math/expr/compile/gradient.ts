// The gradient of a loss f(x, y): what gradient descent follows downhill.

import type { Vec2 } from '../../vec2';
import { partials } from '../calculus/partials';
import { failure, type Failure } from '../failure';
import type { MathEngine } from '../mathjs-types';
import { parseExpression } from '../read/parse';
import { texArguments, texColumn } from '../tex';
import { fromTree, type CompiledExpression } from './expression';
import type { SampleGrid } from './sample-grid';

export interface CompiledGradient {
  readonly ok: true;
  readonly variables: readonly string[];
  /** The loss itself. */
  readonly f: CompiledExpression;
  /** [∂f/∂x, ∂f/∂y] */
  readonly partials: readonly [CompiledExpression, CompiledExpression];
  readonly fn: (x: number, y: number, t?: number) => Vec2;
  readonly batch: (grid: SampleGrid, outX?: Float64Array, outY?: Float64Array, t?: number) => readonly [Float64Array, Float64Array];
  /** \nabla f(x,y) = \begin{pmatrix}∂f/∂x\\∂f/∂y\end{pmatrix} */
  readonly tex: string;
}

export type GradientResult = CompiledGradient | Failure;

export function compileGradientWith(m: MathEngine, text: string, variables: readonly string[]): GradientResult {
  const parsed = parseExpression(text, variables, (s) => m.parse(s));
  if (!parsed.ok) return parsed;
  const d = partials(m, parsed.expr, variables);
  if (!d.ok) return failure(d.message, 0, text.length, text.length);
  const dx = fromTree(d.d[0], variables);
  const dy = fromTree(d.d[1], variables);
  const [fx, fy] = [dx.fn, dy.fn];
  return {
    ok: true,
    variables,
    f: fromTree(parsed.expr, variables),
    partials: [dx, dy],
    fn: (a, b, t) => [fx(a, b, t), fy(a, b, t)],
    batch: (grid, outX, outY, t) => [dx.batch(grid, outX, t), dy.batch(grid, outY, t)],
    tex: `\\nabla f${texArguments(variables.slice(0, 2))} = ${texColumn([dx.tex, dy.tex])}`,
  };
}
