// Argument checks shared by np.linalg functions, in NumPy's words, and the
// bridge to ml-matrix, which stores a matrix as an array of row arrays.
import { Matrix } from 'ml-matrix';
import { ShapeError, ValueError } from '../errors';
import { array, type ArrayInput } from '../ndarray/create';
import { NDArray } from '../ndarray/ndarray';
import { formatShape } from '../ndarray/shape';

/** A 2-D NDArray or a ShapeError; stacks of matrices (NumPy's ... axes) are not supported. */
export function asMatrix(x: ArrayInput, fname: string): NDArray {
  const A = array(x);
  if (A.ndim < 2)
    throw new ShapeError(
      `${A.ndim}-dimensional array given. Array must be at least two-dimensional. In plain words: ${fname} needs a matrix, got shape ${formatShape(A.shape)}.`,
    );
  if (A.ndim > 2) throw new ShapeError(`${fname} takes one matrix; stacks of matrices such as shape ${formatShape(A.shape)} are not supported here.`);
  return A;
}

export function asSquare(x: ArrayInput, fname: string): NDArray {
  const A = asMatrix(x, fname);
  if (A.shape[0] !== A.shape[1])
    throw new ShapeError(
      `Last 2 dimensions of the array must be square. In plain words: ${fname} needs a square matrix, got ${A.shape[0]} rows and ${A.shape[1]} columns.`,
    );
  return A;
}

export const allFinite = (A: NDArray): boolean => A.data.every(Number.isFinite);

/** Decompositions that iterate would loop or return garbage on NaN/Infinity; NumPy refuses too. */
export function assertFinite(A: NDArray, fname: string): void {
  if (!allFinite(A)) throw new ValueError(`Array must not contain infs or NaNs. In plain words: ${fname} needs every entry to be a finite number.`);
}

/**
 * A version of A safe to hand to iterative SVD and eigen solvers (ml-matrix's
 * and ./hqr), and `unscale`, which turns a singular value or eigenvalue of it
 * into one of A.
 *
 * Why: those JAMA-derived loops square entries and test convergence against
 * an absolute 2^-966, so entries whose squares underflow break them. Seen in
 * our tests: the SVD of [[1.7e-322, 1.6e-308], [-6.1e-316, -5.7e-319]] never
 * returns; [[4, 7e-323], [5.4e-323, -4]] gives σ = [5e-324, 0] and U = 0; a
 * 5×5 of ±10 with off-diagonal 1e-180s came out rank 3; its general eigen
 * solver returned NaN eigenvectors. So the matrix is scaled by a power of two
 * (exact) to bring its largest entry near 1, and entries below 2^-300 of the
 * largest are set to zero: a change far below the 2^-52 relative rounding the
 * decompositions make anyway. Matrices already in the safe range pass through untouched, so
 * their results do not change.
 */
export function tameForSolvers(A: NDArray): { A: NDArray; unscale: (x: number) => number } {
  const same = { A, unscale: (x: number) => x };
  let big = 0;
  for (const x of A.data) big = Math.max(big, Math.abs(x));
  if (big === 0) return same;
  const floor = big * 2 ** -300;
  const safe = big > 2 ** -100 && big < 2 ** 100 && A.data.every((x) => x === 0 || Math.abs(x) >= floor);
  if (safe) return same;
  // 2^k itself may overflow for |k| > 1023, so it is applied in two halves.
  const k = -Math.floor(Math.log2(big));
  const [h1, h2] = [2 ** Math.trunc(k / 2), 2 ** (k - Math.trunc(k / 2))];
  const data = A.data.map((x) => (Math.abs(x) < floor ? 0 : x * h1 * h2));
  return { A: new NDArray(data, A.shape), unscale: (x) => x / h1 / h2 };
}

export const toML = (A: NDArray): Matrix => Matrix.from1DArray(A.shape[0], A.shape[1], A.data);

export function fromML(M: Matrix): NDArray {
  const data = new Float64Array(M.rows * M.columns);
  for (let i = 0; i < M.rows; i++) for (let j = 0; j < M.columns; j++) data[i * M.columns + j] = M.get(i, j);
  return new NDArray(data, [M.rows, M.columns]);
}

/** Column j of a row-major matrix. */
export function column(A: NDArray, j: number): Float64Array {
  const [rows, cols] = A.shape;
  return Float64Array.from({ length: rows }, (_, i) => A.data[i * cols + j]);
}
