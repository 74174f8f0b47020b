// np.linalg.matrix_rank: the number of singular values above a tolerance,
// by default max(S)·max(m, n)·eps (NumPy's choice, after Numerical Recipes).
import { array, type ArrayInput } from '../ndarray/create';
import { ShapeError } from '../errors';
import { singularValues } from './svd';

export function matrixRank(a: ArrayInput, tol?: number): number {
  const A = array(a);
  // NumPy: a vector or scalar has rank 1 unless it is all zeros.
  if (A.ndim < 2) return A.data.some((x) => x !== 0) ? 1 : 0;
  if (A.ndim > 2) throw new ShapeError('matrixRank takes one matrix; stacks of matrices are not supported here.');
  const s = singularValues(A);
  if (s.length === 0) return 0;
  const t = tol ?? s[0] * Math.max(...A.shape) * Number.EPSILON;
  return s.filter((x) => x > t).length;
}
