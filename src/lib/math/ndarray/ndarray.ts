// NumPy's ndarray, reduced to what a linear-algebra playground needs:
// float64 values, row-major, any number of axes, immutable.
import { IndexError, ShapeError } from '../errors';
import { formatShapeSpaced, sizeOf, stridesOf, type Shape } from './shape';
import { transpose } from './transpose';

/** What `tolist()` gives and what `array()` takes: a number or nested lists of numbers. */
export type Nested = number | readonly Nested[];

export class NDArray {
  readonly shape: Shape;
  /**
   * The values in row-major (C) order. Exposed for fast loops inside the math
   * core; never write to it: arrays share buffers because they are immutable.
   */
  readonly data: Float64Array;

  constructor(data: Float64Array, shape: Shape) {
    if (sizeOf(shape) !== data.length) throw new ShapeError(`cannot reshape array of size ${data.length} into shape ${formatShapeSpaced(shape)}`);
    this.data = data;
    this.shape = Object.freeze([...shape]);
  }

  get ndim(): number {
    return this.shape.length;
  }

  get size(): number {
    return this.data.length;
  }

  /** NumPy's `a.T`: the axes reversed. A 1-D array is its own transpose. */
  get T(): NDArray {
    return transpose(this);
  }

  /**
   * One element, `a[i, j]` in NumPy. Negative indices count from the end as in
   * NumPy; exactly one index per axis, since slicing would return an array.
   */
  get(...index: number[]): number {
    if (index.length !== this.ndim)
      throw new IndexError(
        `get() needs ${this.ndim} ${this.ndim === 1 ? 'index' : 'indices'} for an array of shape ${formatShapeSpaced(this.shape)}, got ${index.length}`,
      );
    let flat = 0;
    const strides = stridesOf(this.shape);
    index.forEach((raw, axis) => {
      const n = this.shape[axis];
      const i = raw < 0 ? raw + n : raw;
      if (!Number.isInteger(raw) || i < 0 || i >= n) throw new IndexError(`index ${raw} is out of bounds for axis ${axis} with size ${n}`);
      flat += i * strides[axis];
    });
    return this.data[flat];
  }

  /** Nested plain arrays, as NumPy's `tolist()`; a 0-d array gives its number. */
  tolist(): Nested {
    const build = (axis: number, offset: number, stride: number): Nested => {
      if (axis === this.ndim) return this.data[offset];
      const n = this.shape[axis];
      const inner = stride / (n || 1);
      return Array.from({ length: n }, (_, i) => build(axis + 1, offset + i * inner, inner));
    };
    return build(0, 0, this.size);
  }

  /** A short NumPy-like rendering for debugging and test failures. */
  toString(): string {
    return `array(${JSON.stringify(this.tolist())}, shape=${formatShapeSpaced(this.shape)})`;
  }
}
