// LU as NumPy's LAPACK does it, operation for operation, so inv, solve and
// det print NumPy's very digits (det([[1, 2], [3, 4]]) is -2.0000000000000004
// there, not -2). The library's linalg (ml-matrix's Crout LU) rounds
// differently in the last bit.
//
// Reference LAPACK's dgetrf2 splits the columns recursively, but every entry
// still receives its updates a_ij -= l_ik·u_kj in order of k, and each column
// of L is scaled by the reciprocal of its pivot (dscal by 1/u_kk when
// |u_kk| ≥ sfmin): the plain right-looking loop below does the same
// arithmetic. dgetrs then solves with dtrsm's column-oriented substitutions,
// and NumPy's det is sign·exp(Σ log|u_kk|) (umath_linalg's slogdet route),
// with glibc's rounding of log and exp (./libm).
import { NDArray } from '../ndarray/ndarray';
import { exp, log } from './libm';

/** DLAMCH('S'): the smallest number whose reciprocal does not overflow. */
const SFMIN = 2.2250738585072014e-308;

export interface Factored {
  readonly n: number;
  /** Row-major: L below the diagonal (unit diagonal implied), U on and above. */
  readonly lu: Float64Array;
  /** Row k was swapped with row piv[k] at step k. */
  readonly piv: Int32Array;
  /** A pivot was exactly zero: LAPACK's info > 0, NumPy's "Singular matrix". */
  readonly singular: boolean;
}

export function getrf(A: NDArray): Factored {
  const n = A.shape[0];
  const a = Float64Array.from(A.data);
  const piv = new Int32Array(n);
  let singular = false;
  for (let k = 0; k < n; k++) {
    // idamax: the first entry of largest magnitude.
    let p = k;
    let max = Math.abs(a[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const m = Math.abs(a[i * n + k]);
      if (m > max) {
        max = m;
        p = i;
      }
    }
    piv[k] = p;
    const pivot = a[p * n + k];
    if (pivot !== 0) {
      if (p !== k)
        for (let j = 0; j < n; j++) {
          const t = a[k * n + j];
          a[k * n + j] = a[p * n + j];
          a[p * n + j] = t;
        }
      if (Math.abs(pivot) >= SFMIN) {
        const r = 1 / pivot;
        for (let i = k + 1; i < n; i++) a[i * n + k] *= r;
      } else for (let i = k + 1; i < n; i++) a[i * n + k] /= pivot;
    } else singular = true;
    for (let i = k + 1; i < n; i++) {
      const l = a[i * n + k];
      for (let j = k + 1; j < n; j++) a[i * n + j] -= l * a[k * n + j];
    }
  }
  return { n, lu: a, piv, singular };
}

/** X with A X = B for the factored A and an n×m B (dgetrs with dtrsm's loops). */
export function getrs({ n, lu, piv }: Factored, B: NDArray): NDArray {
  const m = B.ndim === 1 ? 1 : B.shape[1];
  const x = Float64Array.from(B.data);
  for (let k = 0; k < n; k++) {
    const p = piv[k];
    if (p !== k)
      for (let j = 0; j < m; j++) {
        const t = x[k * m + j];
        x[k * m + j] = x[p * m + j];
        x[p * m + j] = t;
      }
  }
  for (let j = 0; j < m; j++) {
    for (let k = 0; k < n; k++) {
      const xk = x[k * m + j];
      if (xk !== 0) for (let i = k + 1; i < n; i++) x[i * m + j] -= xk * lu[i * n + k];
    }
    for (let k = n - 1; k >= 0; k--) {
      if (x[k * m + j] === 0) continue;
      const xk = (x[k * m + j] /= lu[k * n + k]);
      for (let i = 0; i < k; i++) x[i * m + j] -= xk * lu[i * n + k];
    }
  }
  return new NDArray(x, B.shape);
}

/** np.linalg.det: the permutation's sign and exp of the summed logs of |u_kk|, as NumPy computes it. */
export function det(f: Factored): number {
  if (f.singular) return 0;
  let sign = 1;
  let logdet = 0;
  for (let k = 0; k < f.n; k++) {
    if (f.piv[k] !== k) sign = -sign;
    let u = f.lu[k * f.n + k];
    if (u < 0) {
      sign = -sign;
      u = -u;
    }
    logdet += log(u);
  }
  return sign * exp(logdet);
}
