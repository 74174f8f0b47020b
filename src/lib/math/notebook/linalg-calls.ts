// np.linalg.inv, det, solve and norm with NumPy's checks and messages. inv,
// solve and det go through ./lapack (NumPy's own arithmetic); NumPy only
// refuses an exactly zero pivot, so a matrix that is singular to rounding is
// still inverted, as in NumPy, with a warning that the numbers mean nothing.
import { checked } from '../linalg/conditioning';
import { norm as libNorm } from '../linalg/norm';
import { matrixNorm, vectorNorm } from './norms';
import { eye } from '../ndarray/create';
import { NDArray } from '../ndarray/ndarray';
import { raise } from './failure';
import { det as luDet, getrf, getrs } from './lapack';
import type { NotebookValue, Span } from './types';
import { arrayValue, scalar, toArray } from './values';

export interface LinalgContext {
  readonly span: Span;
  readonly argSpans: readonly Span[];
  readonly warn: (m: string) => void;
  readonly charge: (units: number, span: Span) => void;
}

function squareMatrix(v: NotebookValue, span: Span, fname: string): NDArray {
  const { array } = toArray(v, span);
  if (array.ndim < 2)
    raise(
      'shape',
      'LinAlgError',
      `${array.ndim}-dimensional array given. Array must be at least two-dimensional`,
      `np.linalg.${fname} needs a matrix, and this is ${array.ndim === 0 ? 'a single number' : 'a vector'}`,
      span,
      { hint: array.ndim === 1 ? 'a vector can be made a 1-row matrix with v.reshape(1, -1)' : undefined },
    );
  if (array.shape[0] !== array.shape[1])
    raise(
      'shape',
      'LinAlgError',
      'Last 2 dimensions of the array must be square',
      `np.linalg.${fname} needs a square matrix, and this one has ${array.shape[0]} rows and ${array.shape[1]} columns`,
      span,
    );
  return array;
}

const singular = (span: Span, fname: string): never =>
  raise(
    'linalg',
    'LinAlgError',
    'Singular matrix',
    `this matrix is singular: it squashes space flat, so ${fname === 'inv' ? 'it has no inverse' : 'A x = b has no single solution'}`,
    span,
    {
      hint: 'its determinant is 0: a row (or column) is a combination of the others',
    },
  );

const norm1 = (M: NDArray): number => {
  const n = M.shape[0];
  let best = 0;
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += Math.abs(M.data[i * n + j]);
    best = Math.max(best, s);
  }
  return best;
};

/**
 * What NumPy does not say: whether the answer can be trusted. The 1-norm
 * condition number ‖A‖₁‖A⁻¹‖₁ costs nothing once the inverse is there (it is
 * within a factor n of the 2-norm one the library's warnings speak of); from
 * 1/ε on, the matrix is singular as far as float64 can tell.
 */
function trust(A: NDArray, inverse: NDArray, ctx: LinalgContext): void {
  const cond = norm1(A) * norm1(inverse);
  if (!(cond < 1 / Number.EPSILON))
    ctx.warn(
      `This matrix is singular to machine precision (condition number ${Number.isFinite(cond) ? cond.toExponential(1) : cond}): NumPy still returns numbers, built from rounding errors, and they mean nothing.`,
    );
  else {
    const w = checked(null, cond).warning;
    if (w) ctx.warn(w);
  }
}

export function inv(v: NotebookValue, ctx: LinalgContext): NotebookValue {
  const A = squareMatrix(v, ctx.argSpans[0], 'inv');
  const n = A.shape[0];
  if (n === 0) return arrayValue(A, 'float64', ctx.span);
  ctx.charge(2 * n ** 3, ctx.span);
  const f = getrf(A);
  if (f.singular) singular(ctx.argSpans[0], 'inv');
  const X = getrs(f, eye(n));
  trust(A, X, ctx);
  return arrayValue(X, 'float64', ctx.span);
}

export function det(v: NotebookValue, ctx: LinalgContext): NotebookValue {
  const A = squareMatrix(v, ctx.argSpans[0], 'det');
  ctx.charge(A.shape[0] ** 3, ctx.span);
  return scalar(A.shape[0] === 0 ? 1 : luDet(getrf(A)), 'float64');
}

export function solve(a: NotebookValue, b: NotebookValue, ctx: LinalgContext): NotebookValue {
  const A = squareMatrix(a, ctx.argSpans[0], 'solve');
  const B = toArray(b, ctx.argSpans[1]).array;
  const n = A.shape[0];
  const vector = B.ndim === 1;
  if (B.ndim === 0)
    raise(
      'shape',
      'ValueError',
      'solve1: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature (m,m),(m)->(m) requires 1)',
      'b must be a vector or a matrix',
      ctx.argSpans[1],
    );
  if (B.shape[0] !== n)
    raise(
      'shape',
      'ValueError',
      vector
        ? `solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m) (size ${B.shape[0]} is different from ${n})`
        : `solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size ${B.shape[0]} is different from ${n})`,
      `A has ${n} rows, so b needs ${n} ${vector ? 'entries' : 'rows'}, and it has ${B.shape[0]}`,
      ctx.span,
      { clash: 'solve', shapes: [[...A.shape], [...B.shape]], axis: 1, axes: [1, 0] },
    );
  if (n === 0) return arrayValue(B, 'float64', ctx.span);
  ctx.charge(3 * n ** 3 + n * B.size, ctx.span);
  const f = getrf(A);
  if (f.singular) singular(ctx.argSpans[0], 'solve');
  trust(A, getrs(f, eye(n)), ctx);
  return arrayValue(getrs(f, B), 'float64', ctx.span);
}

const MATRIX_ORDERS = new Set([1, -1, 2, -2, Infinity, -Infinity]);

export function norm(x: NotebookValue, ord: NotebookValue | undefined, ctx: LinalgContext): NotebookValue {
  const { array } = toArray(x, ctx.argSpans[0]);
  // The 2-norms of a matrix take an SVD.
  ctx.charge(array.ndim === 2 && ord?.kind === 'scalar' && Math.abs(ord.value) === 2 ? 20 * Math.max(...array.shape) ** 3 : array.size, ctx.span);
  if (ord === undefined) return scalar(libNorm(array), 'float64');
  if (ord.kind !== 'scalar')
    raise('value', 'ValueError', 'Invalid norm order for vectors.', 'ord must be a number such as 1, 2 or np.inf', ctx.argSpans[1]);
  if (array.ndim === 2 && !MATRIX_ORDERS.has(ord.value))
    raise('value', 'ValueError', 'Invalid norm order for matrices.', 'for a matrix, ord is 1, -1, 2, -2, np.inf or -np.inf', ctx.argSpans[1]);
  if (array.ndim === 0)
    raise('shape', 'ValueError', 'Improper number of dimensions to norm.', 'norm with ord needs a vector or a matrix', ctx.argSpans[0]);
  return scalar(array.ndim === 1 ? vectorNorm(array.data, ord.value) : matrixNorm(array, ord.value), 'float64');
}
