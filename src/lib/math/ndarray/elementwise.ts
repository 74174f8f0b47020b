// add, subtract, multiply, divide with NumPy broadcasting. JavaScript numbers
// are IEEE doubles like float64, so x/0 = ±Infinity and 0/0 = NaN come for
// free; nothing here throws on values, only on shapes.
import { broadcastPair } from './broadcast';
import { array, type ArrayInput } from './create';
import { NDArray } from './ndarray';
import { sameShape, sizeOf, stridesOf, type Shape } from './shape';

type Op = (x: number, y: number) => number;

export const add = (a: ArrayInput, b: ArrayInput): NDArray => elementwise(a, b, (x, y) => x + y);
export const subtract = (a: ArrayInput, b: ArrayInput): NDArray => elementwise(a, b, (x, y) => x - y);
/** Elementwise product, NumPy's `a * b`; matrix products are `matmul`. */
export const multiply = (a: ArrayInput, b: ArrayInput): NDArray => elementwise(a, b, (x, y) => x * y);
export const divide = (a: ArrayInput, b: ArrayInput): NDArray => elementwise(a, b, (x, y) => x / y);

function elementwise(a: ArrayInput, b: ArrayInput, op: Op): NDArray {
  const A = array(a);
  const B = array(b);
  const x = A.data;
  const y = B.data;
  if (sameShape(A.shape, B.shape)) {
    const out = new Float64Array(x.length);
    for (let i = 0; i < out.length; i++) out[i] = op(x[i], y[i]);
    return new NDArray(out, A.shape);
  }
  const shape = broadcastPair(A.shape, B.shape);
  const out = new Float64Array(sizeOf(shape));
  if (out.length === 0) return new NDArray(out, shape);
  const sa = alignedStrides(A.shape, shape);
  const sb = alignedStrides(B.shape, shape);
  const n = shape.length;
  const inner = shape[n - 1];
  const da = sa[n - 1];
  const db = sb[n - 1];
  const index = new Array<number>(n).fill(0);
  let ia = 0;
  let ib = 0;
  for (let k = 0; k < out.length;) {
    for (let j = 0; j < inner; j++) out[k++] = op(x[ia + j * da], y[ib + j * db]);
    // Odometer over the outer axes; a broadcast axis has stride 0, so it re-reads.
    for (let axis = n - 2; axis >= 0; axis--) {
      ia += sa[axis];
      ib += sb[axis];
      if (++index[axis] < shape[axis]) break;
      ia -= sa[axis] * shape[axis];
      ib -= sb[axis] * shape[axis];
      index[axis] = 0;
    }
  }
  return new NDArray(out, shape);
}

/** Strides of `shape` seen through the broadcast shape `to`: 0 on stretched or missing axes. */
function alignedStrides(shape: Shape, to: Shape): number[] {
  const own = stridesOf(shape);
  const offset = to.length - shape.length;
  return to.map((_, axis) => {
    const k = axis - offset;
    return k < 0 || shape[k] === 1 ? 0 : own[k];
  });
}
