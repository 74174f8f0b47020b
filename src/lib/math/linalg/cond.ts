// np.linalg.cond(x, p): how much a relative error in b can grow in the
// solution of A x = b. About log10(cond) significant digits are at risk.
import { ShapeError } from '../errors';
import { array, type ArrayInput } from '../ndarray/create';
import { formatShapeSpaced, sizeOf } from '../ndarray/shape';
import { rawInverse } from './inv';
import { asMatrix, asSquare } from './matrix';
import { norm, type NormOrder } from './norm';
import { singularValues } from './svd';

export function cond(x: ArrayInput, p?: NormOrder): number {
  // NumPy asks this first, before the number of axes or p: a matrix with no
  // rows or no columns has no singular values and no inverse to measure.
  const input = array(x);
  if (input.size === 0 && sizeOf(input.shape.slice(-2)) === 0)
    throw new ShapeError(
      `cond is not defined on empty arrays. In plain words: cond needs at least one row and one column, got shape ${formatShapeSpaced(input.shape)}.`,
    );
  const A = asMatrix(input, 'cond');
  let r: number;
  if (p === undefined || p === 2 || p === -2) {
    // σmax/σmin from one SVD; works for rectangular matrices too, as in NumPy.
    const s = singularValues(A);
    const [big, small] = [s[0], s[s.length - 1]];
    r = p === -2 ? small / big : big / small;
  } else {
    const inverse = rawInverse(asSquare(A, 'cond'));
    r = inverse ? norm(A, p) * norm(inverse, p) : NaN;
  }
  // NumPy turns the NaN of 0/0 or of a failed inversion into Infinity,
  // unless the matrix itself holds a NaN.
  return Number.isNaN(r) && !A.data.some(Number.isNaN) ? Infinity : r;
}
