// np.linalg.solve(a, b): b is a vector (n,) or a matrix (n, k) of right-hand
// sides, as in NumPy ≤ 1.x, where a 1-D b is always one vector.
import { ShapeError } from '../errors';
import { array, type ArrayInput } from '../ndarray/create';
import { NDArray } from '../ndarray/ndarray';
import { formatShape } from '../ndarray/shape';
import { checked, conditioning, singularError, type Checked } from './conditioning';
import { luFactor } from './lu';
import { asSquare } from './matrix';

/** x with A x = b, its condition number and, above cond 1e12, a warning. */
export function solveChecked(a: ArrayInput, b: ArrayInput): Checked<NDArray> {
  const A = asSquare(a, 'solve');
  const B = array(b);
  const n = A.shape[0];
  const vector = B.ndim === 1;
  if (B.ndim !== 1 && B.ndim !== 2)
    throw new ShapeError(`solve takes b as a vector or a matrix of right-hand sides, got shape ${formatShape(B.shape)}.`);
  if (B.shape[0] !== n)
    throw new ShapeError(
      `${vector ? 'solve1' : 'solve'}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ` +
        `${vector ? '(m,m),(m)->(m)' : '(m,m),(m,n)->(m,n)'} (size ${B.shape[0]} is different from ${n}).` +
        ` In plain words: A is ${n}×${n}, so b needs ${n} rows, but it has ${B.shape[0]}.`,
    );
  const c = conditioning(A);
  const lu = luFactor(A);
  if (c.rank < n || lu.exactlySingular) throw singularError('solve', c, n);
  const X = lu.solve(vector ? new NDArray(B.data, [n, 1]) : B);
  return checked(vector ? new NDArray(X.data, [n]) : X, c.cond);
}

/** np.linalg.solve. Use solveChecked to also learn whether the answer can be trusted. */
export const solve = (a: ArrayInput, b: ArrayInput): NDArray => solveChecked(a, b).value;
