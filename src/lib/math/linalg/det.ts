// np.linalg.det: ± the product of the LU pivots, as LAPACK-backed NumPy does.
// (ml-matrix's own `determinant()` uses cofactors for 2×2 and 3×3; we go
// through LU for every size so rounding behaves like NumPy's.)
import type { ArrayInput } from '../ndarray/create';
import { luFactor } from './lu';
import { asSquare } from './matrix';

export function det(a: ArrayInput): number {
  return luFactor(asSquare(a, 'det')).det;
}
