// np.matmul, the `@` operator, with NumPy's rules for 1-D operands: a vector
// on the left acts as a row, on the right as a column, and the added axis is
// removed again, so (3,) @ (3,) is a scalar and (2,3) @ (3,) has shape (2,).
// Leading axes are a stack of matrices and broadcast as in `add`.
import { MathError, ShapeError } from '../errors';
import { broadcastPair } from './broadcast';
import { array, type ArrayInput } from './create';
import { NDArray } from './ndarray';
import { formatShape, sizeOf, stridesOf, type Shape } from './shape';

const SIGNATURE = '(n?,k),(k,m?)->(n?,m?)';

export function matmul(a: ArrayInput, b: ArrayInput): NDArray {
  const A = array(a);
  const B = array(b);
  [A, B].forEach((X, operand) => {
    if (X.ndim === 0)
      throw new ShapeError(
        `matmul: Input operand ${operand} does not have enough dimensions (has 0, gufunc core with signature ${SIGNATURE} requires 1).` +
          ` In plain words: matmul needs vectors or matrices; to scale by a single number use multiply.`,
      );
  });
  const [n, k] = A.ndim === 1 ? [1, A.shape[0]] : A.shape.slice(-2);
  const [k2, m] = B.ndim === 1 ? [B.shape[0], 1] : B.shape.slice(-2);
  if (k !== k2) {
    const left = A.ndim === 1 ? 'length of the left vector' : 'number of columns of the left matrix';
    const right = B.ndim === 1 ? 'length of the right vector' : 'number of rows of the right matrix';
    throw new ShapeError(
      `matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${SIGNATURE} (size ${k2} is different from ${k}).` +
        ` In plain words: ${formatShape(A.shape)} @ ${formatShape(B.shape)} needs the inner dimensions to match, but the ${left} is ${k} and the ${right} is ${k2}.`,
    );
  }
  const batchA = A.shape.slice(0, -2);
  const batchB = B.shape.slice(0, -2);
  let batch: number[];
  try {
    batch = broadcastPair(batchA, batchB);
  } catch (e) {
    if (!(e instanceof MathError)) throw e;
    throw new ShapeError(`matmul: the stacks of matrices do not broadcast. ${e.message}`);
  }
  const shape = [...batch, ...(A.ndim > 1 ? [n] : []), ...(B.ndim > 1 ? [m] : [])];
  const out = new Float64Array(sizeOf(shape));
  const offA = matrixOffsets(batchA, batch, n * k);
  const offB = matrixOffsets(batchB, batch, k * m);
  offA.forEach((oa, t) => product(A.data, oa, B.data, offB[t], out, t * n * m, n, k, m));
  return new NDArray(out, shape);
}

/**
 * out[i, j] = Σ_p a[i, p] b[p, j], summed in order of p. The i-p-j loop order
 * walks both row-major operands sequentially; each sum is still accumulated
 * p = 0, 1, … exactly as the textbook i-j-p loop would.
 */
function product(x: Float64Array, xo: number, y: Float64Array, yo: number, out: Float64Array, oo: number, n: number, k: number, m: number): void {
  for (let i = 0; i < n; i++) {
    const row = oo + i * m;
    for (let p = 0; p < k; p++) {
      const aip = x[xo + i * k + p];
      const col = yo + p * m;
      for (let j = 0; j < m; j++) out[row + j] += aip * y[col + j];
    }
  }
}

/** Where each matrix of the broadcast stack starts in an operand's data. */
function matrixOffsets(own: Shape, batch: Shape, matrixSize: number): number[] {
  const strides = stridesOf(own).map((s) => s * matrixSize);
  const lead = batch.length - own.length;
  return Array.from({ length: sizeOf(batch) }, (_, t) => {
    let offset = 0;
    for (let axis = batch.length - 1, rest = t; axis >= 0; axis--) {
      const i = rest % batch[axis];
      rest = Math.floor(rest / batch[axis]);
      const kAxis = axis - lead;
      if (kAxis >= 0 && own[kAxis] !== 1) offset += i * strides[kAxis];
    }
    return offset;
  });
}
