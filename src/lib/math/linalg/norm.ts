// np.linalg.norm(x, ord) for vectors (1-D) and matrices (2-D).
import { ShapeError, ValueError } from '../errors';
import { array, type ArrayInput } from '../ndarray/create';
import type { NDArray } from '../ndarray/ndarray';
import { singularValues } from './svd';

export type NormOrder = number | 'fro' | 'nuc';

export function norm(x: ArrayInput, ord?: NormOrder): number {
  const A = array(x);
  if (ord === undefined && A.ndim !== 2) return euclidean(A.data);
  if (A.ndim <= 1) return vectorNorm(A.data, ord ?? 2);
  if (A.ndim === 2) return matrixNorm(A, ord ?? 'fro');
  throw new ShapeError(`Improper number of dimensions to norm. In plain words: norm with ord takes a vector or a matrix, got ${A.ndim} axes.`);
}

/**
 * √(Σ x²). NumPy squares and sums directly, which overflows to Infinity for
 * entries near 1e155 and underflows to 0 near 1e-155; we agree with it in the
 * normal range and rescale by the largest entry outside it, as LAPACK's dnrm2.
 */
export function euclidean(x: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x[i] * x[i];
  if (sum < Infinity && sum > 1e-290) return Math.sqrt(sum);
  let scale = 0;
  for (let i = 0; i < x.length; i++) scale = Math.max(scale, Math.abs(x[i]));
  if (scale === 0 || scale === Infinity || Number.isNaN(sum)) return Number.isNaN(sum) ? NaN : scale;
  let scaled = 0;
  for (let i = 0; i < x.length; i++) scaled += (x[i] / scale) ** 2;
  return scale * Math.sqrt(scaled);
}

function vectorNorm(x: Float64Array, ord: NormOrder): number {
  if (typeof ord !== 'number')
    throw new ValueError(`Invalid norm order '${ord}' for vectors. In plain words: '${ord}' is a matrix norm; for a vector use 1, 2 or Infinity.`);
  const abs = Array.from(x, Math.abs);
  if (ord === Infinity) return abs.reduce((m, v) => Math.max(m, v), abs.length ? -Infinity : 0);
  if (ord === -Infinity) return abs.reduce((m, v) => Math.min(m, v), abs.length ? Infinity : 0);
  if (ord === 0) return abs.filter((v) => v !== 0).length;
  if (ord === 1) return abs.reduce((s, v) => s + v, 0);
  if (ord === 2) return euclidean(x);
  return abs.reduce((s, v) => s + v ** ord, 0) ** (1 / ord);
}

function matrixNorm(A: NDArray, ord: NormOrder): number {
  const [rows, cols] = A.shape;
  const absSums = (outer: number, inner: number, at: (o: number, i: number) => number): number[] =>
    Array.from({ length: outer }, (_, o) => {
      let s = 0;
      for (let i = 0; i < inner; i++) s += Math.abs(A.data[at(o, i)]);
      return s;
    });
  const colSums = () => absSums(cols, rows, (j, i) => i * cols + j);
  const rowSums = () => absSums(rows, cols, (i, j) => i * cols + j);
  switch (ord) {
    case 'fro':
      return euclidean(A.data);
    case 'nuc':
      return singularValues(A).reduce((s, v) => s + v, 0);
    case 1:
      return Math.max(...colSums());
    case -1:
      return Math.min(...colSums());
    case Infinity:
      return Math.max(...rowSums());
    case -Infinity:
      return Math.min(...rowSums());
    case 2:
      return singularValues(A)[0];
    case -2: {
      const s = singularValues(A);
      return s[s.length - 1];
    }
  }
  throw new ValueError(`Invalid norm order for matrices. In plain words: use 1, -1, 2, -2, Infinity, -Infinity, 'fro' or 'nuc', not ${String(ord)}.`);
}
