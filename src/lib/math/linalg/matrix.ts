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
  if (A.ndim > 2)
    throw new ShapeError(`${fname} takes one matrix; stacks of matrices such as shape ${formatShape(A.shape)} are not supported here.`);
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
  if (!allFinite(A))
    throw new ValueError(`Array must not contain infs or NaNs. In plain words: ${fname} needs every entry to be a finite number.`);
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
