// np.linalg.svd: A = U · diag(S) · Vt with S descending. ml-matrix's SVD
// (JAMA's Golub–Kahan–Reinsch) matched NumPy's singular values and, up to the
// sign rule of ./signs, its vectors on every fixture, including rank-deficient
// and wide matrices (with autoTranspose; without it, wide input only warns).
// It returns the thin factors; the full square U and Vt NumPy gives by default
// are completed here (./complement). It fails on subnormal entries (hangs or
// returns garbage), so input goes through tameForSolvers first.
import { SingularValueDecomposition } from 'ml-matrix';
import type { ArrayInput } from '../ndarray/create';
import { NDArray } from '../ndarray/ndarray';
import { complement } from './complement';
import { assertFinite, asMatrix, tameForSolvers, toML } from './matrix';
import { pivotIndex } from './signs';

export interface SVDResult {
  /** m×m (or m×min(m,n) with fullMatrices: false); columns are the left singular vectors. */
  readonly U: NDArray;
  /** The min(m,n) singular values, largest first. */
  readonly S: NDArray;
  /** n×n (or min(m,n)×n); rows are the right singular vectors. */
  readonly Vt: NDArray;
}

export function svd(a: ArrayInput, { fullMatrices = true }: { fullMatrices?: boolean } = {}): SVDResult {
  const A = asMatrix(a, 'svd');
  assertFinite(A, 'svd');
  const [m, n] = A.shape;
  const p = Math.min(m, n);
  let u: Float64Array = new Float64Array(m * p); // row-major m×p: columns are u_k
  let vt: Float64Array = new Float64Array(p * n); // row-major p×n: rows are v_k
  let s = new Float64Array(p);
  if (p > 0) {
    const tame = tameForSolvers(A);
    const d = new SingularValueDecomposition(toML(tame.A), { autoTranspose: true });
    s = Float64Array.from(d.diagonal.slice(0, p), tame.unscale);
    const U = d.leftSingularVectors.to1DArray(); // m × (≥ p)
    const V = d.rightSingularVectors.to1DArray(); // n × (≥ p)
    const [uc, vc] = [U.length / m, V.length / n];
    for (let i = 0; i < m; i++) for (let k = 0; k < p; k++) u[i * p + k] = U[i * uc + k];
    for (let j = 0; j < n; j++) for (let k = 0; k < p; k++) vt[k * n + j] = V[j * vc + k];
    // Flip each pair together so U·S·Vt is unchanged; the right vector decides.
    for (let k = 0; k < p; k++) {
      const row = vt.subarray(k * n, (k + 1) * n);
      if (row[pivotIndex(row.map(Math.abs))] >= 0) continue;
      row.forEach((x, j) => (row[j] = -x));
      for (let i = 0; i < m; i++) u[i * p + k] = -u[i * p + k];
    }
  }
  if (!fullMatrices) return { U: new NDArray(u, [m, p]), S: new NDArray(s, [p]), Vt: new NDArray(vt, [p, n]) };
  u = appendColumns(u, m, p, complement(u, m, p));
  // Vt's rows are V's columns: complete V (n×p) and transpose.
  const v = new NDArray(vt, [p, n]).T.data;
  vt = new NDArray(appendColumns(v, n, p, complement(v, n, p)), [n, n]).T.data;
  return { U: new NDArray(u, [m, m]), S: new NDArray(s, [p]), Vt: new NDArray(vt, [n, n]) };
}

/** [Q | C] for row-major Q (rows×k) and C (rows×(rows−k)). */
function appendColumns(q: Float64Array, rows: number, k: number, c: Float64Array): Float64Array {
  const out = new Float64Array(rows * rows);
  const extra = rows - k;
  for (let i = 0; i < rows; i++) {
    out.set(q.subarray(i * k, (i + 1) * k), i * rows);
    out.set(c.subarray(i * extra, (i + 1) * extra), i * rows + k);
  }
  return out;
}

/** Singular values only (NumPy's compute_uv=False), for rank, cond and norms. */
export function singularValues(A: NDArray): Float64Array {
  if (A.size === 0) return new Float64Array(0);
  assertFinite(A, 'svd');
  const tame = tameForSolvers(A);
  const d = new SingularValueDecomposition(toML(tame.A), {
    autoTranspose: true,
    computeLeftSingularVectors: false,
    computeRightSingularVectors: false,
  });
  return Float64Array.from(d.diagonal.slice(0, Math.min(...A.shape)), tame.unscale);
}
