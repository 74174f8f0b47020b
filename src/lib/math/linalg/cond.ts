// np.linalg.cond(x, p): how much a relative error in b can grow in the
// solution of A x = b. About log10(cond) significant digits are at risk.
import type { ArrayInput } from '../ndarray/create';
import { rawInverse } from './inv';
import { asMatrix, asSquare } from './matrix';
import { norm, type NormOrder } from './norm';
import { singularValues } from './svd';

export function cond(x: ArrayInput, p?: NormOrder): number {
  const A = asMatrix(x, 'cond');
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
