// Constructors: np.array, np.zeros, np.ones, np.eye.
import { ShapeError, ValueError } from '../errors';
import { NDArray, type Nested } from './ndarray';
import { formatShapeSpaced, normalizeShape, sizeOf, type Shape } from './shape';

/** Anything the math functions accept where NumPy accepts "array_like". */
export type ArrayInput = NDArray | Nested;

/**
 * np.array(x). Nested lists must be rectangular: ragged input throws a
 * ShapeError in NumPy's words, then naming the first index that disagrees.
 * An NDArray is returned as is: arrays are immutable, so sharing is safe.
 */
export function array(x: ArrayInput): NDArray {
  if (x instanceof NDArray) return x;
  const shape = inferShape(x);
  const data = new Float64Array(sizeOf(shape));
  let k = 0;
  const fill = (node: Nested, index: number[]): void => {
    const depth = index.length;
    if (depth === shape.length) {
      if (Array.isArray(node)) raggedError(shape, index, `is a list where a number belongs`);
      if (typeof node !== 'number') notANumber(node, index);
      data[k++] = node;
      return;
    }
    if (typeof node === 'number') raggedError(shape, index, `is a number where a list of length ${shape[depth]} belongs`);
    if (!Array.isArray(node)) notANumber(node, index);
    if (node.length !== shape[depth]) raggedError(shape, index, `has length ${node.length} but ${firstIndex(depth)} has length ${shape[depth]}`);
    node.forEach((child, i) => fill(child, [...index, i]));
  };
  fill(x, []);
  return new NDArray(data, shape);
}

/** The shape implied by the first element at each depth; `array` checks everything else against it. */
function inferShape(x: Nested): number[] {
  const shape: number[] = [];
  let node: unknown = x;
  while (Array.isArray(node)) {
    shape.push(node.length);
    if (node.length === 0) break;
    node = node[0];
  }
  if (!Array.isArray(node) && typeof node !== 'number') notANumber(node, []);
  return shape;
}

const formatIndex = (index: readonly number[]): string => `[${index.join(', ')}]`;
const firstIndex = (depth: number): string => formatIndex(new Array<number>(depth).fill(0));

function raggedError(shape: Shape, index: readonly number[], what: string): never {
  // NumPy ≥ 1.24 reports the depth at which the lists stop agreeing.
  const depth = index.length;
  throw new ShapeError(
    `setting an array element with a sequence. The requested array has an inhomogeneous shape after ` +
      `${depth} dimensions. The detected shape was ${formatShapeSpaced(shape.slice(0, depth))} + inhomogeneous part.` +
      ` Item ${formatIndex(index)} ${what}: every list at the same depth must have the same length.`,
  );
}

function notANumber(value: unknown, index: readonly number[]): never {
  throw new ValueError(`could not convert ${JSON.stringify(value) ?? String(value)} to float: item ${formatIndex(index)} must be a number`);
}

export function zeros(shape: number | Shape): NDArray {
  const dims = normalizeShape(shape);
  return new NDArray(new Float64Array(sizeOf(dims)), dims);
}

export function ones(shape: number | Shape): NDArray {
  const dims = normalizeShape(shape);
  return new NDArray(new Float64Array(sizeOf(dims)).fill(1), dims);
}

/** np.eye(n, m, k): ones on the k-th diagonal (k > 0 above the main one). */
export function eye(n: number, m: number = n, k = 0): NDArray {
  const [rows, cols] = normalizeShape([n, m]);
  const data = new Float64Array(rows * cols);
  for (let i = Math.max(0, -k); i < rows && i + k < cols; i++) data[i * cols + i + k] = 1;
  return new NDArray(data, [rows, cols]);
}
