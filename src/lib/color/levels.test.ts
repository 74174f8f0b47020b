import { describe, expect, it } from 'vitest';
import { finiteExtent, levelFraction, linearLevels, logLevels, positiveExtent, quantileLevels } from './levels';

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

describe('linear levels', () => {
  it('are nice, equally spaced and run from the minimum to the maximum', () => {
    const levels = linearLevels([0.3, 7.9, 4, NaN, Infinity], 8);
    expect(levels).toEqual([0.3, 1, 2, 3, 4, 5, 6, 7, 7.9]);
  });
  it('take a domain as well as values', () => {
    expect(linearLevels([-10, 10], 4)).toEqual([-10, -5, 0, 5, 10]);
  });
  it('collapse to one level for a constant and to none without finite values', () => {
    expect(linearLevels([3, 3, 3], 5)).toEqual([3]);
    expect(linearLevels([NaN], 5)).toEqual([]);
  });
});

describe('log levels', () => {
  it('step 1-2-5 per decade when that fits the count', () => {
    expect(logLevels([1, 1000], 10)).toEqual([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]);
  });
  it('thin to powers of ten over many decades, every other power past the count', () => {
    expect(logLevels([1e-3, 1e3], 8)).toEqual([1e-3, 1e-2, 0.1, 1, 10, 100, 1e3]);
    expect(logLevels([1e-6, 1e6], 6)).toEqual([1e-6, 1e-4, 1e-2, 1, 100, 1e4, 1e6]);
  });
  it('are equally spaced in log10 between the decades', () => {
    const inner = logLevels([0.5, 5000], 5).slice(1, -1);
    expect(inner).toEqual([1, 10, 100, 1000]);
    const steps = inner.slice(1).map((v, i) => Math.log10(v) - Math.log10(inner[i]));
    for (const s of steps) expect(s).toBeCloseTo(1, 12);
  });
  it('leave out values with no logarithm', () => {
    expect(logLevels([-5, 0, 1, 100], 3)).toEqual([1, 10, 100]);
    expect(logLevels([-5, 0], 3)).toEqual([]);
  });
  it('fall back to linear steps under one decade', () => {
    expect(logLevels([2, 8], 6)).toEqual(linearLevels([2, 8], 6));
  });
});

describe('extents', () => {
  it('count finite values only', () => {
    expect(finiteExtent([NaN, -Infinity, 2, -1, Infinity])).toEqual([-1, 2]);
    expect(finiteExtent([NaN])).toBeNull();
    expect(positiveExtent([-3, 0, 0.5, 4, Infinity])).toEqual([0.5, 4]);
  });
});
