// A plane vector field F = (P, Q) with its Jacobian, divergence and curl.

import type { Mat2 } from '../../mat2';
import type { Vec2 } from '../../vec2';
import { partials } from '../calculus/partials';
import { tidyDerivative } from '../calculus/tidy-derivative';
import { failure, type Failure } from '../failure';
import { MAX_LENGTH } from '../limits';
import type { MathEngine } from '../mathjs-types';
import { parseExpression } from '../read/parse';
import { splitPair } from '../read/split-pair';
import { texArguments, texColumn, texMatrix } from '../tex';
import { bin, neg, type Expr } from '../tree/ast';
import { fromTree, type CompiledExpression } from './expression';
import type { SampleGrid } from './sample-grid';

export interface Derived extends CompiledExpression {
  /** The whole equation, e.g. \nabla \cdot F(x,y) = 2. */
  readonly equation: string;
}

export interface CompiledField {
  readonly ok: true;
  readonly variables: readonly string[];
  readonly p: CompiledExpression;
  readonly q: CompiledExpression;
  readonly fn: (x: number, y: number, t?: number) => Vec2;
  /** P and Q over a grid (see SampleGrid for the layout). */
  readonly batch: (grid: SampleGrid, outP?: Float64Array, outQ?: Float64Array, t?: number) => readonly [Float64Array, Float64Array];
  /** F(x,y) = \begin{pmatrix}P\\Q\end{pmatrix} */
  readonly tex: string;
  readonly jacobian: {
    /** Row-major, like NumPy: [[∂P/∂x, ∂P/∂y], [∂Q/∂x, ∂Q/∂y]]. */
    readonly entries: readonly [readonly [CompiledExpression, CompiledExpression], readonly [CompiledExpression, CompiledExpression]];
    readonly fn: (x: number, y: number, t?: number) => Mat2;
    readonly tex: string;
  };
  readonly divergence: Derived;
  /** The z-component of the curl, ∂Q/∂x − ∂P/∂y. */
  readonly curl: Derived;
}

export type FieldResult = CompiledField | Failure;
export type FieldInput = string | readonly [p: string, q: string];

function components(m: MathEngine, input: FieldInput, variables: readonly string[]): readonly [Expr, Expr] | Failure {
  const read = (text: string) => parseExpression(text, variables, (s) => m.parse(s));
  if (typeof input !== 'string') {
    const out: Expr[] = [];
    for (const k of [0, 1] as const) {
      const r = read(input[k]);
      if (!r.ok) return { ...r, part: k };
      out.push(r.expr);
    }
    return [out[0], out[1]];
  }
  if (input.length > MAX_LENGTH) return read(input) as Failure;
  const split = splitPair(input);
  if (!split.ok) return split;
  const out: Expr[] = [];
  for (const { from, to } of split.parts) {
    // Blank out the rest of the text rather than slicing, so every column a
    // message names is a column of the text the learner typed.
    const r = read(' '.repeat(from) + input.slice(from, to) + ' '.repeat(input.length - to));
    if (!r.ok) return r;
    out.push(r.expr);
  }
  return [out[0], out[1]];
}

/** Over the whole text (or the whole part): a size limit is about all of it. */
function derivativeFailure(input: FieldInput, part: 0 | 1, message: string): Failure {
  if (typeof input === 'string') return failure(message, 0, input.length, input.length);
  return { ...failure(message, 0, input[part].length, input[part].length), part };
}

export function compileFieldWith(m: MathEngine, input: FieldInput, variables: readonly string[]): FieldResult {
  const pq = components(m, input, variables);
  if (!Array.isArray(pq)) return pq as Failure;
  const [pe, qe] = pq as readonly [Expr, Expr];
  return fieldOfTrees(m, pe, qe, variables, (part, message) => derivativeFailure(input, part, message));
}

/**
 * Downhill on a loss: F = −∇f, the field gradient descent follows. Its curl is 0 and its
 * divergence −Δf; its zeros are f's critical points (minima are its sinks).
 */
export function compileDownhillWith(m: MathEngine, text: string, variables: readonly string[]): FieldResult {
  const parsed = parseExpression(text, variables, (s) => m.parse(s));
  if (!parsed.ok) return parsed;
  const d = partials(m, parsed.expr, variables);
  if (!d.ok) return failure(d.message, 0, text.length, text.length);
  const down = d.d.map((e) => tidyDerivative(neg(e)));
  return fieldOfTrees(m, down[0], down[1], variables, (_part, message) => failure(message, 0, text.length, text.length));
}

function fieldOfTrees(
  m: MathEngine,
  pe: Expr,
  qe: Expr,
  variables: readonly string[],
  tooBig: (part: 0 | 1, message: string) => Failure,
): FieldResult {
  const dp = partials(m, pe, variables);
  if (!dp.ok) return tooBig(0, dp.message);
  const dq = partials(m, qe, variables);
  if (!dq.ok) return tooBig(1, dq.message);

  const p = fromTree(pe, variables);
  const q = fromTree(qe, variables);
  const [px, py] = dp.d.map((e) => fromTree(e, variables));
  const [qx, qy] = dq.d.map((e) => fromTree(e, variables));
  const args = texArguments(variables.slice(0, 2));
  const divergence = fromTree(tidyDerivative(bin('+', dp.d[0], dq.d[1])), variables);
  const curl = fromTree(tidyDerivative(bin('-', dq.d[0], dp.d[1])), variables);
  const P = p.fn;
  const Q = q.fn;
  const [Px, Py, Qx, Qy] = [px.fn, py.fn, qx.fn, qy.fn];
  return {
    ok: true,
    variables,
    p,
    q,
    fn: (a, b, t) => [P(a, b, t), Q(a, b, t)],
    batch: (grid, outP, outQ, t) => [p.batch(grid, outP, t), q.batch(grid, outQ, t)],
    tex: `F${args} = ${texColumn([p.tex, q.tex])}`,
    jacobian: {
      entries: [
        [px, py],
        [qx, qy],
      ],
      fn: (a, b, t) => [
        [Px(a, b, t), Py(a, b, t)],
        [Qx(a, b, t), Qy(a, b, t)],
      ],
      tex: `J_F${args} = ${texMatrix([
        [px.tex, py.tex],
        [qx.tex, qy.tex],
      ])}`,
    },
    divergence: { ...divergence, equation: `\\nabla \\cdot F${args} = ${divergence.tex}` },
    curl: { ...curl, equation: `(\\nabla \\times F)_z${args} = ${curl.tex}` },
  };
}
