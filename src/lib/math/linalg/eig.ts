// np.linalg.eig for real square matrices. Eigenvalues of a real matrix are
// real or come in conjugate pairs, so they are returned as {re, im}.
//
// ml-matrix's general path (Hessenberg reduction + shifted QR, JAMA's
// orthes/hqr2) matched NumPy's eigenvalues and, after the normalisation below,
// its eigenvectors on every fixture. JAMA stores a complex pair's eigenvector
// as two real columns (real part, imaginary part); we unpack it. Subnormal
// entries made it return NaN eigenvectors, hence tameForML.
//
// Differences from NumPy, on purpose: NumPy returns LAPACK's order; we sort
// by real part, largest first, then by imaginary part, largest first, so
// λ1 ≥ λ2 as in a textbook and a conjugate pair is listed a + bi, a − bi.
// Each eigenvector has unit length and the phase rule of ./signs.
import { EigenvalueDecomposition } from 'ml-matrix';
import type { ArrayInput } from '../ndarray/create';
import { assertFinite, asSquare, fromML, tameForML, toML } from './matrix';
import { pivotIndex } from './signs';

export interface Complex {
  readonly re: number;
  readonly im: number;
}

export interface EigResult {
  readonly values: readonly Complex[];
  /** vectors[i] is a unit eigenvector for values[i] (column i of NumPy's v). */
  readonly vectors: readonly (readonly Complex[])[];
  /** True when every eigenvalue is real (then every vector is real too). */
  readonly real: boolean;
}

export function eig(a: ArrayInput): EigResult {
  const A = asSquare(a, 'eig');
  assertFinite(A, 'eig');
  const n = A.shape[0];
  if (n === 0) return { values: [], vectors: [], real: true };
  const tame = tameForML(A);
  const e = new EigenvalueDecomposition(toML(tame.A));
  const V = fromML(e.eigenvectorMatrix);
  const col = (j: number) => Array.from({ length: n }, (_, i) => V.data[i * n + j]);
  const re = e.realEigenvalues.map(tame.unscale);
  const im = e.imaginaryEigenvalues.map(tame.unscale);
  const pairs = re.map((r, j) => {
    const value = { re: r, im: im[j] };
    if (im[j] === 0) return { value, vector: normalize(col(j).map((x) => ({ re: x, im: 0 }))) };
    // A pair sits in columns (j, j+1) for im > 0 and (j−1, j) for im < 0.
    const [p, q] = im[j] > 0 ? [j, j + 1] : [j - 1, j];
    const sign = im[j] > 0 ? 1 : -1;
    const [x, y] = [col(p), col(q)];
    return { value, vector: normalize(x.map((xr, i) => ({ re: xr, im: sign * y[i] }))) };
  });
  pairs.sort((s, t) => t.value.re - s.value.re || t.value.im - s.value.im);
  return {
    values: pairs.map((p) => p.value),
    vectors: pairs.map((p) => p.vector),
    real: im.every((x) => x === 0),
  };
}

/** Unit length, and the largest entry made real and positive. */
function normalize(v: Complex[]): Complex[] {
  const mags = v.map((z) => Math.hypot(z.re, z.im));
  const length = Math.hypot(...mags);
  const pivot = v[pivotIndex(mags)];
  const m = Math.hypot(pivot.re, pivot.im);
  // Multiply by conj(pivot) / (|pivot| · length): rotates the pivot onto the positive reals.
  const [c, s] = [pivot.re / (m * length), -pivot.im / (m * length)];
  return v.map((z) => ({ re: z.re * c - z.im * s, im: z.re * s + z.im * c }));
}
