// np.dot and np.outer. For vectors and matrices dot agrees with matmul; it
// differs for stacks (it pairs every row of `a` with every matrix of `b`) and
// for scalars (it multiplies), and its error message is NumPy's "not aligned".
import { ShapeError } from '../errors';
import { array, type ArrayInput } from './create';
import { multiply } from './elementwise';
import { NDArray } from './ndarray';
import { formatShape, sizeOf } from './shape';

export function dot(a: ArrayInput, b: ArrayInput): NDArray {
  const A = array(a);
  const B = array(b);
  if (A.ndim === 0 || B.ndim === 0) return multiply(A, B);
  // Sum over the last axis of A and the second-to-last of B (the only one of a vector).
  const bAxis = B.ndim === 1 ? 0 : B.ndim - 2;
  const K = A.shape[A.ndim - 1];
  if (B.shape[bAxis] !== K)
    throw new ShapeError(
      `shapes ${formatShape(A.shape)} and ${formatShape(B.shape)} not aligned: ${K} (dim ${A.ndim - 1}) != ${B.shape[bAxis]} (dim ${bAxis}).` +
        ` In plain words: dot pairs the last axis of the left operand with ${B.ndim === 1 ? 'the right vector' : 'the second-to-last axis of the right operand'}, so their sizes must match, but they are ${K} and ${B.shape[bAxis]}.`,
    );
  const M = B.ndim === 1 ? 1 : B.shape[B.ndim - 1];
  const P = sizeOf(A.shape.slice(0, -1));
  const Q = sizeOf(B.shape.slice(0, -2));
  const shape = [...A.shape.slice(0, -1), ...B.shape.slice(0, -2), ...(B.ndim === 1 ? [] : [M])];
  const out = new Float64Array(P * Q * M);
  const x = A.data;
  const y = B.data;
  for (let p = 0; p < P; p++)
    for (let q = 0; q < Q; q++)
      for (let j = 0; j < M; j++) {
        let s = 0;
        for (let i = 0; i < K; i++) s += x[p * K + i] * y[q * K * M + i * M + j];
        out[(p * Q + q) * M + j] = s;
      }
  return new NDArray(out, shape);
}

/** np.outer: every entry of `a` times every entry of `b`; both are flattened first, as in NumPy. */
export function outer(a: ArrayInput, b: ArrayInput): NDArray {
  const x = array(a).data;
  const y = array(b).data;
  const out = new Float64Array(x.length * y.length);
  for (let i = 0; i < x.length; i++) for (let j = 0; j < y.length; j++) out[i * y.length + j] = x[i] * y[j];
  return new NDArray(out, [x.length, y.length]);
}
