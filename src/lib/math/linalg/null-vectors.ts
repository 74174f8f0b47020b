// Unit vectors v with (A − λI) v ≈ 0, from the SVD: the right singular
// vectors of the smallest singular values minimise |(A − λI) v| over unit v,
// so they are the best eigenvectors there are, also for a repeated or
// defective λ. For complex λ = a + ib the complex system is solved as the real
// one of size 2n: [[A − aI, bI], [−bI, A − aI]] [x; y] = 0, v = x + iy.
import { NDArray } from '../ndarray/ndarray';
import type { Complex } from './eig';
import { svd } from './svd';

/**
 * `count` eigenvectors for an eigenvalue repeated `count` times. Where the
 * null space is smaller than that (a defective λ), the best vector is
 * repeated, as NumPy's nearly parallel columns would be.
 */
export function nullVectors(A: NDArray, { re, im }: Complex, count: number): Complex[][] {
  const n = A.shape[0];
  const m = im === 0 ? n : 2 * n;
  const M = new Float64Array(m * m);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const a = A.data[i * n + j] - (i === j ? re : 0);
      M[i * m + j] = a;
      if (im !== 0) M[(i + n) * m + j + n] = a;
    }
  if (im !== 0)
    for (let i = 0; i < n; i++) {
      M[i * m + i + n] = im;
      M[(i + n) * m + i] = -im;
    }
  const { S, Vt } = svd(new NDArray(M, [m, m]));
  // Beyond this σ a direction is not an eigenvector: the backward error of a
  // defective eigenvalue is about √eps·‖A‖, so anything larger is a different vector.
  const small = Math.sqrt(Number.EPSILON) * Math.max(S.data[0], Number.MIN_VALUE) * m;
  // A complex λ's real system has a 2-D null space per eigenvector (v and i·v), so step by 2.
  const step = im === 0 ? 1 : 2;
  const out: Complex[][] = [];
  for (let c = 0; c < count; c++) {
    const row = m - 1 - c * step;
    const usable = row >= 0 && (c === 0 || S.data[row] <= small);
    const r = usable ? row : m - 1;
    const v = Vt.data.subarray(r * m, (r + 1) * m);
    out.push(Array.from({ length: n }, (_, i) => ({ re: v[i], im: im === 0 ? 0 : v[i + n] })));
  }
  return out;
}
