// np.linalg.norm with an order, summed as NumPy 1.24's linalg.py sums it:
// vectors add.reduce(abs(x)) pairwise for ord=1 and abs(x)**ord for other p,
// the dot product x·x for ord=2; matrices take column sums down the rows for
// ord=±1, pairwise row sums for ord=±inf, and singular values for ord=±2.
import { singularValues } from '../linalg/svd';
import type { NDArray } from '../ndarray/ndarray';
import { pow } from './libm';
import { pairwiseSum } from './reductions';

const max = (v: ArrayLike<number>): number => Math.max(...Array.from(v));
const min = (v: ArrayLike<number>): number => Math.min(...Array.from(v));

export function vectorNorm(x: Float64Array, ord: number): number {
  const abs = x.map(Math.abs);
  if (ord === Infinity) return max(abs);
  if (ord === -Infinity) return min(abs);
  if (ord === 0) return x.reduce((n, v) => n + (v !== 0 ? 1 : 0), 0);
  if (ord === 1) return 0 + pairwiseSum(abs, 0, abs.length);
  if (ord === 2) {
    let s = 0;
    for (let i = 0; i < x.length; i++) s += x[i] * x[i];
    return Math.sqrt(s);
  }
  // absx **= ord takes NumPy's fast paths for -1 and 0.5.
  const powered = abs.map((a) => (ord === -1 ? 1 / a : ord === 0.5 ? Math.sqrt(a) : pow(a, ord)));
  return pow(0 + pairwiseSum(powered, 0, powered.length), 1 / ord);
}

/** ord is one of ±1, ±2, ±inf (checked by the caller). */
export function matrixNorm(A: NDArray, ord: number): number {
  const [rows, cols] = A.shape;
  if (Math.abs(ord) === 2) {
    const s = singularValues(A);
    return ord === 2 ? max(s) : min(s);
  }
  if (Math.abs(ord) === 1) {
    const sums = new Float64Array(cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) sums[j] += Math.abs(A.data[i * cols + j]);
    return ord === 1 ? max(sums) : min(sums);
  }
  const abs = A.data.map(Math.abs);
  const sums = Array.from({ length: rows }, (_, i) => 0 + pairwiseSum(abs, i * cols, cols));
  return ord === Infinity ? max(sums) : min(sums);
}
