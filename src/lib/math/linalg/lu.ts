// LU with partial pivoting (PA = LU), the factorisation behind det, inv and
// solve in NumPy (LAPACK getrf). ml-matrix's LuDecomposition (JAMA's
// left-looking Crout variant) picks the largest pivot in each column, which is
// what a 1e-20 pivot needs; it passed every det/inv/solve fixture, so we use it.
import { LuDecomposition, Matrix } from 'ml-matrix';
import { NDArray } from '../ndarray/ndarray';
import { fromML, toML } from './matrix';

export interface LU {
  /** det(A) as ± the product of U's diagonal. */
  readonly det: number;
  /** True when a pivot is exactly zero, where LAPACK's getrf reports failure. */
  readonly exactlySingular: boolean;
  /** X with AX = B for an n×k B; only when not exactly singular. */
  solve(B: NDArray): NDArray;
}

export function luFactor(A: NDArray): LU {
  const n = A.shape[0];
  if (n === 0) return { det: 1, exactlySingular: false, solve: (B) => B };
  const lu = new LuDecomposition(toML(A));
  return {
    det: lu.determinant,
    exactlySingular: lu.isSingular(),
    solve: (B) => fromML(lu.solve(toML(B) as Matrix)),
  };
}
