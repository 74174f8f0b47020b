// np.linalg.inv with a learner's safety net: singular matrices throw
// SingularMatrixError, nearly singular ones come back flagged (see ./conditioning).
import type { ArrayInput } from '../ndarray/create';
import { eye } from '../ndarray/create';
import type { NDArray } from '../ndarray/ndarray';
import { checked, conditioning, singularError, type Checked } from './conditioning';
import { luFactor } from './lu';
import { asSquare } from './matrix';

/** The inverse with its condition number and, above cond 1e12, a warning. */
export function invChecked(a: ArrayInput): Checked<NDArray> {
  const A = asSquare(a, 'inv');
  const n = A.shape[0];
  const c = conditioning(A);
  const lu = luFactor(A);
  if (c.rank < n || lu.exactlySingular) throw singularError('inv', c, n);
  return checked(lu.solve(eye(n)), c.cond);
}

/** np.linalg.inv. Use invChecked to also learn whether the answer can be trusted. */
export const inv = (a: ArrayInput): NDArray => invChecked(a).value;

/**
 * NumPy's inverse without our rank test, for cond(x, p) with p ≠ ±2:
 * null only where LU meets an exactly zero pivot, as LAPACK does.
 */
export function rawInverse(A: NDArray): NDArray | null {
  const lu = luFactor(A);
  return lu.exactlySingular ? null : lu.solve(eye(A.shape[0]));
}
