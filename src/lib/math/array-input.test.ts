import { describe, expect, it } from 'vitest';
import * as np from './index';

// Every public function takes what np.array() takes, as NumPy's functions take
// any array_like: the same call with nested lists and with NDArrays gives the
// same answer. The lists below name every export, so a new function without a
// case here fails the coverage test.
type Input = np.Nested | np.NDArray;
const A = [
  [2, 1],
  [1, 3],
];
const B = [
  [1, 0],
  [2, -1],
];
const POINTS = [
  [0, 0],
  [2, 1],
  [4, 3],
];

/** Each function with arguments as nested lists; `wrap` turns them into NDArrays. */
const CALLS: Record<string, (wrap: (x: np.Nested) => Input) => unknown> = {
  array: (w) => np.array(w(A)),
  add: (w) => np.add(w(A), w([1, 2])),
  subtract: (w) => np.subtract(w(A), w(B)),
  multiply: (w) => np.multiply(w(A), w(2)),
  divide: (w) => np.divide(w(A), w(B)),
  matmul: (w) => np.matmul(w(A), w(B)),
  dot: (w) => np.dot(w(A), w([1, 2])),
  outer: (w) => np.outer(w([1, 2]), w([3, 4, 5])),
  transpose: (w) => np.transpose(w([[1, 2, 3]])),
  angle: (w) => np.angle(w([1, 0]), w([1, 1])),
  project: (w) => np.project(w([2, 3]), w([1, 1])),
  pca: (w) => np.pca(w(POINTS), 1),
  lowRank: (w) => np.lowRank(w(A), 1),
  'linalg.det': (w) => np.linalg.det(w(A)),
  'linalg.inv': (w) => np.linalg.inv(w(A)),
  'linalg.invChecked': (w) => np.linalg.invChecked(w(A)),
  'linalg.solve': (w) => np.linalg.solve(w(A), w([1, 2])),
  'linalg.solveChecked': (w) => np.linalg.solveChecked(w(A), w(B)),
  'linalg.matrixRank': (w) => np.linalg.matrixRank(w(A)),
  'linalg.cond': (w) => np.linalg.cond(w(A)),
  'linalg.norm': (w) => np.linalg.norm(w(A), 2),
  'linalg.eig': (w) => np.linalg.eig(w(A)),
  'linalg.eigh': (w) => np.linalg.eigh(w(A)),
  'linalg.svd': (w) => np.linalg.svd(w(A)),
};

/** Functions of shapes or sizes, not of arrays, as in NumPy (np.broadcast_shapes, np.zeros). */
const TAKE_SHAPES = ['zeros', 'ones', 'eye', 'formatShape', 'broadcastShapes', 'explainBroadcast', 'broadcastSteps'];

/** NDArrays as { shape, values } so toEqual compares contents, not buffers. */
const plain = (x: unknown): unknown => {
  if (x instanceof np.NDArray) return { shape: x.shape, values: x.tolist() };
  if (Array.isArray(x)) return x.map(plain);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)]));
  return x;
};

const publicFunctions = (): string[] => {
  const names = (ns: object, prefix: string) =>
    Object.entries(ns)
      .filter(([, v]) => typeof v === 'function' && !/^class\s/.test(Function.prototype.toString.call(v)))
      .map(([k]) => prefix + k);
  return [...names(np, ''), ...names(np.linalg, 'linalg.')];
};

describe('every public function takes nested lists and NDArrays alike', () => {
  it('covers every exported function', () => {
    expect(
      publicFunctions()
        .filter((f) => !TAKE_SHAPES.includes(f))
        .sort(),
    ).toEqual(Object.keys(CALLS).sort());
  });

  it.each(Object.entries(CALLS))('%s', (_, call) => {
    const fromLists = call((x) => x);
    const fromArrays = call((x) => np.array(x));
    expect(plain(fromLists)).toEqual(plain(fromArrays));
    // NDArray results come back as arrays however the input was spelled.
    if (fromArrays instanceof np.NDArray) expect(fromLists).toBeInstanceOf(np.NDArray);
  });

  it('transpose of nested lists transposes, as np.transpose([[1, 2, 3]])', () => {
    // np.transpose([[1, 2, 3]]) -> array([[1], [2], [3]])
    expect(np.transpose([[1, 2, 3]]).tolist()).toEqual([[1], [2], [3]]);
  });
});
