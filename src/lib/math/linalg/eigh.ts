// np.linalg.eigh: eigenvalues (ascending) and orthonormal eigenvectors of a
// symmetric matrix. Like NumPy (UPLO='L') only the lower triangle is read, so
// a slightly unsymmetric input from rounding gives NumPy's answer. ml-matrix's
// symmetric path (Householder tridiagonalisation + implicit QL, JAMA's
// tred2/tql2) matched NumPy on every fixture.
import { EigenvalueDecomposition } from 'ml-matrix';
import type { ArrayInput } from '../ndarray/create';
import { NDArray } from '../ndarray/ndarray';
import { assertFinite, asSquare, fromML, tameForSolvers, toML } from './matrix';
import { signOf } from './signs';

export interface EighResult {
  /** Eigenvalues in ascending order, as NumPy. */
  readonly values: NDArray;
  /** Column i is the unit eigenvector of values[i], sign fixed by ./signs. */
  readonly vectors: NDArray;
}

export function eigh(a: ArrayInput): EighResult {
  const A = asSquare(a, 'eigh');
  assertFinite(A, 'eigh');
  const n = A.shape[0];
  if (n === 0) return { values: new NDArray(new Float64Array(0), [0]), vectors: A };
  const lower = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) lower[i * n + j] = lower[j * n + i] = A.data[i * n + j];
  const tame = tameForSolvers(new NDArray(lower, [n, n]));
  const e = new EigenvalueDecomposition(toML(tame.A), { assumeSymmetric: true });
  const V = fromML(e.eigenvectorMatrix);
  const order = e.realEigenvalues.map((v, i) => [tame.unscale(v), i] as const).sort((p, q) => p[0] - q[0]);
  const values = Float64Array.from(order, ([v]) => v);
  const vectors = new Float64Array(n * n);
  order.forEach(([, src], j) => {
    const col = Array.from({ length: n }, (_, i) => V.data[i * n + src]);
    const sign = signOf(col);
    col.forEach((x, i) => (vectors[i * n + j] = sign * x));
  });
  return { values: new NDArray(values, [n]), vectors: new NDArray(vectors, [n, n]) };
}
