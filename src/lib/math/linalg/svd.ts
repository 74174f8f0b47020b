// np.linalg.svd: A = U · diag(S) · Vt with S descending. ml-matrix's SVD
// (JAMA's Golub–Kahan–Reinsch) matched NumPy's singular values and, up to the
// sign rule of ./signs, its vectors on every fixture, including rank-deficient
// and wide matrices (with autoTranspose; without it, wide input only warns).
// It returns the thin factors; the full square U and Vt NumPy gives by default
// are completed here.
import { SingularValueDecomposition } from 'ml-matrix';
import type { ArrayInput } from '../ndarray/create';
import { NDArray } from '../ndarray/ndarray';
import { assertFinite, asMatrix, fromML, toML } from './matrix';
import { signOf } from './signs';

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
  let u: number[][] = [];
  let v: number[][] = [];
  let s: number[] = [];
  if (p > 0) {
    const d = new SingularValueDecomposition(toML(A), { autoTranspose: true });
    s = d.diagonal.slice(0, p);
    u = columns(fromML(d.leftSingularVectors), p);
    v = columns(fromML(d.rightSingularVectors), p);
    // Flip each pair together so U·S·Vt is unchanged; the right vector decides.
    for (let k = 0; k < p; k++) {
      if (signOf(v[k]) < 0) {
        u[k] = u[k].map((x) => -x);
        v[k] = v[k].map((x) => -x);
      }
    }
  }
  if (fullMatrices) {
    u = completeBasis(u, m);
    v = completeBasis(v, n);
  }
  return { U: fromColumns(u, m), S: new NDArray(Float64Array.from(s), [p]), Vt: fromRows(v, n) };
}

/** Singular values only (NumPy's compute_uv=False), for rank, cond and norms. */
export function singularValues(A: NDArray): Float64Array {
  if (A.size === 0) return new Float64Array(0);
  assertFinite(A, 'svd');
  const d = new SingularValueDecomposition(toML(A), {
    autoTranspose: true,
    computeLeftSingularVectors: false,
    computeRightSingularVectors: false,
  });
  return Float64Array.from(d.diagonal.slice(0, Math.min(...A.shape)));
}

function columns(M: NDArray, count: number): number[][] {
  const [rows, cols] = M.shape;
  return Array.from({ length: count }, (_, j) => Array.from({ length: rows }, (_, i) => M.data[i * cols + j]));
}

const fromColumns = (cols: number[][], rows: number): NDArray => {
  const data = new Float64Array(rows * cols.length);
  cols.forEach((c, j) => c.forEach((x, i) => (data[i * cols.length + j] = x)));
  return new NDArray(data, [rows, cols.length]);
};

const fromRows = (rows: number[][], cols: number): NDArray =>
  new NDArray(Float64Array.from(rows.flat()), [rows.length, cols]);

/**
 * Extends orthonormal vectors to an orthonormal basis of R^dim by
 * Gram–Schmidt on the standard basis vector that is least in their span
 * (orthogonalised twice, "twice is enough": Giraud et al., 2005).
 * The added vectors span the null space and are unique only up to rotation
 * when more than one is added; each gets the sign rule.
 */
export function completeBasis(vectors: number[][], dim: number): number[][] {
  const basis = vectors.map((v) => [...v]);
  while (basis.length < dim) {
    let best: number[] = [];
    let bestNorm = -1;
    for (let i = 0; i < dim; i++) {
      let r: number[] = Array.from({ length: dim }, (_, j) => (j === i ? 1 : 0));
      for (let pass = 0; pass < 2; pass++)
        for (const q of basis) {
          const c = q.reduce((sum, qj, j) => sum + qj * r[j], 0);
          r = r.map((rj, j) => rj - c * q[j]);
        }
      const norm = Math.hypot(...r);
      if (norm > bestNorm) [best, bestNorm] = [r, norm];
    }
    const unit = best.map((x) => x / bestNorm);
    const sign = signOf(unit);
    basis.push(unit.map((x) => sign * x));
  }
  return basis;
}
