// np.sum and np.mean, added in NumPy's order so the last digits agree: along
// a contiguous run (the whole array, or each row for axis=1) NumPy uses
// pairwise summation (pairwise_sum in loops_utils.h: eight running sums in
// blocks of up to 128, halves above that), starting from the identity 0;
// down the columns (axis=0) it adds row after row.
import { NDArray } from '../ndarray/ndarray';

const BLOCK = 128;

export function pairwiseSum(a: ArrayLike<number>, from: number, n: number): number {
  if (n < 8) {
    let s = 0;
    for (let i = 0; i < n; i++) s += a[from + i];
    return s;
  }
  if (n <= BLOCK) {
    const r = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => a[from + j]);
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] += a[from + i + j];
    let s = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i < n; i++) s += a[from + i];
    return s;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSum(a, from, half) + pairwiseSum(a, from + half, n - half);
}

/** The sum over all entries (axis null) or along one axis of a ≤ 2-D array. */
export function sum(a: NDArray, axis: number | null): NDArray {
  if (axis === null || a.ndim <= 1) return new NDArray(Float64Array.of(0 + pairwiseSum(a.data, 0, a.size)), []);
  const [rows, cols] = a.shape;
  if (axis === 1)
    return new NDArray(
      Float64Array.from({ length: rows }, (_, i) => 0 + pairwiseSum(a.data, i * cols, cols)),
      [rows],
    );
  const out = new Float64Array(cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j] += a.data[i * cols + j];
  return new NDArray(out, [cols]);
}

/** np.mean: the sum in float64 divided by the count (NaN, with NumPy's warning, for none). */
export function mean(a: NDArray, axis: number | null): NDArray {
  const s = sum(a, axis);
  const count = axis === null || a.ndim <= 1 ? a.size : a.shape[axis];
  return new NDArray(
    s.data.map((x) => x / count),
    s.shape,
  );
}
