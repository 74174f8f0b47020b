// np.linalg.eig for real square matrices. Eigenvalues of a real matrix are
// real or come in conjugate pairs, so they are returned as {re, im}.
//
// ml-matrix's EigenvalueDecomposition matched NumPy on our fixtures but did
// not survive property testing: it returned NaN eigenvectors for matrices
// with subnormal entries and, worse, never returned for some nilpotent
// matrices (see ./hqr). So this is hand-written: eigenvalues from ./hqr
// (balanced Francis QR with an iteration limit), eigenvectors as null vectors
// of A − λI from our SVD (./null-vectors), which also gives sensible vectors
// for repeated and defective eigenvalues.
//
// Differences from NumPy, on purpose: NumPy returns LAPACK's order; we sort
// by real part, largest first (λ1 ≥ λ2 as in a textbook), keeping each
// conjugate pair together as a + bi, a − bi (see byValue).
// Each eigenvector has unit length and the phase rule of ./signs.
import type { ArrayInput } from '../ndarray/create';
import { hqrEigenvalues } from './hqr';
import { assertFinite, asSquare, tameForSolvers } from './matrix';
import { nullVectors } from './null-vectors';
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
  // Scaled by a power of two so nothing over- or underflows; vectors do not change.
  const tame = tameForSolvers(A);
  const { re, im } = hqrEigenvalues(tame.A.data, n);
  const scaled = Array.from(re, (r, i): Complex => ({ re: r, im: im[i] }));
  scaled.sort(byValue);
  const vectors: Complex[][] = [];
  for (let i = 0; i < n;) {
    const z = scaled[i];
    if (z.im < 0) {
      // The conjugate of the vector found for z̄, which sorts just before z.
      const j = scaled.findIndex((w) => w.re === z.re && w.im === -z.im);
      vectors.push(vectors[j].map((c) => ({ re: c.re, im: -c.im })));
      i++;
      continue;
    }
    // Exactly repeated eigenvalues (e.g. of a diagonal or triangular matrix)
    // share one null space; ask for as many vectors as the repetition.
    let k = 1;
    while (i + k < n && scaled[i + k].re === z.re && scaled[i + k].im === z.im) k++;
    for (const v of nullVectors(tame.A, z, k)) vectors.push(normalize(v));
    i += k;
  }
  return {
    values: scaled.map((z) => ({ re: tame.unscale(z.re), im: tame.unscale(z.im) })),
    vectors,
    real: scaled.every((z) => z.im === 0),
  };
}

/**
 * Real part descending; for equal real parts the real eigenvalue first, then
 * pairs by |im| ascending, a + bi before a − bi, so each pair stays together.
 */
const byValue = (s: Complex, t: Complex): number => t.re - s.re || Math.abs(s.im) - Math.abs(t.im) || t.im - s.im;

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
