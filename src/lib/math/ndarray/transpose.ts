// np.transpose: permute the axes, reversing them by default. For a 1-D array
// that is a no-op, as in NumPy: a row vector needs a second axis to turn into
// a column, and learners often expect otherwise, so tests pin it down.
import { ValueError } from '../errors';
import { array, type ArrayInput } from './create';
import { NDArray } from './ndarray';
import { stridesOf } from './shape';

export function transpose(x: ArrayInput, axes?: readonly number[]): NDArray {
  const a = array(x);
  const n = a.ndim;
  const perm = axes ? normalizeAxes(axes, n) : Array.from({ length: n }, (_, i) => n - 1 - i);
  if (perm.every((p, i) => p === i)) return a;
  const shape = perm.map((p) => a.shape[p]);
  const from = stridesOf(a.shape).map((_, i, s) => s[perm[i]]);
  const out = new Float64Array(a.size);
  if (n === 2) {
    // The common case, without the general index counter.
    const [rows, cols] = shape;
    const [s0, s1] = from;
    for (let i = 0, k = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[k++] = a.data[i * s0 + j * s1];
    return new NDArray(out, shape);
  }
  const index = new Array<number>(n).fill(0);
  for (let k = 0, src = 0; k < out.length; k++) {
    out[k] = a.data[src];
    // Advance the odometer over the output's axes, moving `src` by the input's strides.
    for (let axis = n - 1; axis >= 0; axis--) {
      src += from[axis];
      if (++index[axis] < shape[axis]) break;
      src -= from[axis] * shape[axis];
      index[axis] = 0;
    }
  }
  return new NDArray(out, shape);
}

/** NumPy's checks in its order: the count, then each axis in range, then repeats. */
function normalizeAxes(axes: readonly number[], n: number): number[] {
  const plain = `[${axes.join(', ')}] must list each of the ${n} axes exactly once`;
  if (axes.length !== n) throw new ValueError(`axes don't match array: ${plain}`);
  const perm = axes.map((ax) => (ax < 0 ? ax + n : ax));
  const bad = axes.find((ax, i) => !Number.isInteger(ax) || perm[i] < 0 || perm[i] >= n);
  if (bad !== undefined) throw new ValueError(`axis ${bad} is out of bounds for array of dimension ${n}: ${plain}`);
  if (new Set(perm).size !== n) throw new ValueError(`repeated axis in transpose: ${plain}`);
  return perm;
}
