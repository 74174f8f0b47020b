// An orthonormal basis of the space orthogonal to k orthonormal columns:
// what NumPy's full_matrices=True adds to U and Vt. Householder QR of the
// columns, Q = H1·…·Hk, has the given columns (up to sign) first and the
// complement after them (Golub & Van Loan, §5.2); we apply the reflectors to
// the remaining unit vectors. Backward stable, so the result is orthogonal to
// working precision even when the columns themselves are slightly off.
//
// The complement is unique only when it is a single vector (up to sign);
// each vector gets the sign rule of ./signs.
import { pivotIndex } from './signs';

/** rows×(rows−k) row-major complement of the row-major rows×k matrix q. */
export function complement(q: Float64Array, rows: number, k: number): Float64Array {
  const a = q.slice();
  const reflectors: { v: Float64Array; beta: number }[] = [];
  for (let j = 0; j < k; j++) {
    let sigma = 0;
    for (let i = j; i < rows; i++) sigma = Math.hypot(sigma, a[i * k + j]);
    const v = new Float64Array(rows - j);
    for (let i = j; i < rows; i++) v[i - j] = a[i * k + j];
    // v = x − αe1 with α = −sign(x1)·‖x‖, so no cancellation in v[0].
    v[0] += a[j * k + j] >= 0 ? sigma : -sigma;
    const vv = v.reduce((s, x) => s + x * x, 0);
    const beta = vv === 0 ? 0 : 2 / vv;
    reflectors.push({ v, beta });
    for (let c = j; c < k; c++) {
      let dot = 0;
      for (let i = j; i < rows; i++) dot += v[i - j] * a[i * k + c];
      for (let i = j; i < rows; i++) a[i * k + c] -= beta * dot * v[i - j];
    }
  }
  const extra = rows - k;
  const out = new Float64Array(rows * extra);
  for (let t = 0; t < extra; t++) {
    const e = new Float64Array(rows);
    e[k + t] = 1;
    for (let j = k - 1; j >= 0; j--) {
      const { v, beta } = reflectors[j];
      let dot = 0;
      for (let i = j; i < rows; i++) dot += v[i - j] * e[i];
      for (let i = j; i < rows; i++) e[i] -= beta * dot * v[i - j];
    }
    const sign = e[pivotIndex(e.map(Math.abs))] < 0 ? -1 : 1;
    for (let i = 0; i < rows; i++) out[i * extra + t] = sign * e[i];
  }
  return out;
}
