import { describe, expect, it } from 'vitest';
import { onCircle, onLine, toLattice } from './constraints';

const close = (p: readonly number[], q: readonly number[]) => p.forEach((v, i) => expect(v).toBeCloseTo(q[i], 12));

describe('constraints', () => {
  it('onLine projects onto the line', () => {
    close(onLine([0, 0], [1, 1])([2, 0]), [1, 1]);
    expect(onLine([0, 1], [1, 0])([5, 7])).toEqual([5, 1]);
    expect(onLine([3, 4], [0, 0])([9, 9])).toEqual([3, 4]);
  });
  it('onCircle keeps the direction and sets the distance', () => {
    const p = onCircle([0, 0], 2)([3, 4]);
    expect(p[0]).toBeCloseTo(1.2, 12);
    expect(p[1]).toBeCloseTo(1.6, 12);
    expect(onCircle([1, 1], 1)([1, 1])).toEqual([2, 1]);
  });
  it('toLattice rounds to multiples of the step', () => {
    expect(toLattice(0.5)([0.74, -0.26])).toEqual([0.5, -0.5]);
    expect(toLattice(2)([2.9, 3.1])).toEqual([2, 4]);
  });
});
