// np.linalg.norm(x, ord) for vectors (1-D) and matrices (2-D).
import { ShapeError, ValueError } from '../errors';
import { array, type ArrayInput } from '../ndarray/create';
import type { NDArray } from '../ndarray/ndarray';
import { singularValues } from './svd';

export type NormOrder = number | 'fro' | 'nuc';

export function norm(x: ArrayInput, ord?: NormOrder): number {
  const A = array(x);
  if (ord === undefined && A.ndim !== 2) return euclidean(A.data);
  if (A.ndim === 1) return vectorNorm(A.data, ord ?? 2);
  if (A.ndim === 2) return matrixNorm(A, ord ?? 'fro');
  throw new ShapeError(`Improper number of dimensions to norm. In plain words: norm with ord takes a vector or a matrix, got ${A.ndim} axes.`);
}

/**
 * The largest or smallest of `values`. As in NumPy ≥ 2.3, the largest of none
 * is 0 (a norm of an empty matrix or vector), while the smallest of none is an
 * error: no value is right for it, so NumPy refuses, and so do we.
 */
function largest(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) m = values[i] > m || Number.isNaN(values[i]) ? values[i] : m;
  return m;
}

function smallest(values: ArrayLike<number>, plainWords: string): number {
  if (values.length === 0)
    throw new ValueError(`zero-size array to reduction operation minimum which has no identity. In plain words: ${plainWords}.`);
  let m = Infinity;
  for (let i = 0; i < values.length; i++) m = values[i] < m || Number.isNaN(values[i]) ? values[i] : m;
  return m;
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
  if (ord === Infinity) return largest(abs);
  if (ord === -Infinity) return smallest(abs, 'norm(v, -Infinity) is the smallest |entry|, and an empty vector has none');
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
      return largest(colSums());
    case -1:
      return smallest(colSums(), 'norm(A, -1) is the smallest column sum, and a matrix with 0 columns has none');
    case Infinity:
      return largest(rowSums());
    case -Infinity:
      return smallest(rowSums(), 'norm(A, -Infinity) is the smallest row sum, and a matrix with 0 rows has none');
    case 2:
      return largest(singularValues(A));
    case -2:
      return smallest(singularValues(A), 'norm(A, -2) is the smallest singular value, and an empty matrix has none');
  }
  throw new ValueError(`Invalid norm order for matrices. In plain words: use 1, -1, 2, -2, Infinity, -Infinity, 'fro' or 'nuc', not ${String(ord)}.`);
}
