// Shapes are plain readonly number arrays, as NumPy's shape tuples.
import { ValueError } from '../errors';

export type Shape = readonly number[];

/**
 * NumPy's compact tuple spelling used in its broadcast messages: (2,3), (2,), ().
 * The trailing comma of a 1-tuple is kept because learners see it in NumPy.
 */
export const formatShape = (shape: Shape): string => (shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(',')})`);

/** The spelled-out tuple NumPy prints for `a.shape`: (2, 3). */
export const formatShapeSpaced = (shape: Shape): string => (shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`);

export const sizeOf = (shape: Shape): number => shape.reduce((n, d) => n * d, 1);

/** Row-major (C order) strides in elements, not bytes. */
export function stridesOf(shape: Shape): number[] {
  const strides = new Array<number>(shape.length);
  let step = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    strides[axis] = step;
    step *= shape[axis];
  }
  return strides;
}

/** Accepts `3` or `[2, 3]` as NumPy's `zeros` does; rejects negative and fractional sizes. */
export function normalizeShape(shape: number | Shape): number[] {
  const dims = typeof shape === 'number' ? [shape] : [...shape];
  for (const d of dims) {
    if (!Number.isInteger(d) || d < 0)
      throw new ValueError(`negative dimensions are not allowed: invalid shape ${formatShape(dims)}, every size must be a whole number ≥ 0`);
  }
  return dims;
}

export const sameShape = (a: Shape, b: Shape): boolean => a.length === b.length && a.every((d, i) => d === b[i]);
