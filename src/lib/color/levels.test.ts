import { describe, expect, it } from 'vitest';
import { levelFraction, quantileLevels } from './levels';

describe('quantile levels', () => {
  it('spread over skewed values', () => {
    const values = Array.from({ length: 1001 }, (_, i) => (i / 1000) ** 4 * 2500);
    const levels = quantileLevels(values, 10);
    expect(levels).toHaveLength(11);
    expect(levels[0]).toBe(0);
    expect(levels[10]).toBe(2500);
    // np.quantile(v, 0.5) for v = (linspace(0,1,1001)**4)*2500 -> 156.25
    expect(levels[5]).toBeCloseTo(156.25, 9);
  });
  it('skip non-finite values and repeated levels', () => {
    expect(quantileLevels([NaN, Infinity, 1, 1, 1, 2], 4)).toEqual([1, 2]);
    expect(quantileLevels([NaN], 4)).toEqual([]);
  });
  it('place a value among the levels', () => {
    const levels = [0, 1, 10, 100];
    expect(levelFraction(levels, -5)).toBe(0);
    expect(levelFraction(levels, 1)).toBeCloseTo(1 / 3, 12);
    expect(levelFraction(levels, 5.5)).toBeCloseTo(0.5, 12);
    expect(levelFraction(levels, 1e9)).toBe(1);
    expect(levelFraction(levels, NaN)).toBeNaN();
  });
});
