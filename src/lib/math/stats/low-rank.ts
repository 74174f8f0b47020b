// The best rank-k approximation of a matrix: keep the k largest singular
// values, A_k = U[:, :k] · diag(S[:k]) · Vt[:k]. By Eckart–Young no rank-k
// matrix is closer in the Frobenius norm, and the distance is exactly
// √(σ_{k+1}² + … ), which we report instead of recomputing ‖A − A_k‖: the
// subtraction would cancel catastrophically when the approximation is good.
import { ValueError } from '../errors';
import type { ArrayInput } from '../ndarray/create';
import { NDArray } from '../ndarray/ndarray';
import { asMatrix } from '../linalg/matrix';
import { euclidean } from '../linalg/norm';
import { svd } from '../linalg/svd';

export interface LowRankResult {
  /** A_k, same shape as A. */
  readonly approximation: NDArray;
  /** ‖A − A_k‖_F. */
  readonly error: number;
  /** error / ‖A‖_F (0 for the zero matrix). */
  readonly relativeError: number;
  /** The kept factors: U (m, k), S (k,), Vt (k, n). */
  readonly U: NDArray;
  readonly S: NDArray;
  readonly Vt: NDArray;
}

export function lowRank(a: ArrayInput, k: number): LowRankResult {
  const A = asMatrix(a, 'lowRank');
  const [m, n] = A.shape;
  const p = Math.min(m, n);
  if (!Number.isInteger(k) || k < 0 || k > p)
    throw new ValueError(`lowRank: k must be a whole number from 0 to ${p} (the most singular values a ${m}×${n} matrix has), got ${k}.`);
  const { U, S, Vt } = svd(A, { fullMatrices: false });
  const s = S.data;
  const u = new Float64Array(m * k);
  for (let i = 0; i < m; i++) for (let c = 0; c < k; c++) u[i * k + c] = U.data[i * p + c];
  const vt = Vt.data.slice(0, k * n);
  const approx = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let c = 0; c < k; c++) {
      const w = u[i * k + c] * s[c];
      for (let j = 0; j < n; j++) approx[i * n + j] += w * vt[c * n + j];
    }
  const error = euclidean(s.subarray(k));
  const whole = euclidean(s);
  return {
    approximation: new NDArray(approx, [m, n]),
    error,
    relativeError: whole === 0 ? 0 : error / whole,
    U: new NDArray(u, [m, k]),
    S: new NDArray(s.slice(0, k), [k]),
    Vt: new NDArray(vt, [k, n]),
  };
}
