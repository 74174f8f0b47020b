import { describe, expect, it } from 'vitest';
import { decode, EPS, maxAbsDiff } from '../fixtures/fixtures';
import raw from '../fixtures/pca-scene.json';
import type { Vec2 } from '../vec2';
import { axisDegrees, spread2, varianceAlong } from './spread2';

interface Case {
  name: string;
  points: Vec2[];
  mean: number[];
  covariance: number[][];
  values: number[];
  axes: number[][];
  pc1Degrees: number;
  angles: number[];
  varianceAlong: number[];
  varianceAtPC1: number;
}
const fx = decode<{ cases: Case[] }>(raw);

// pca-scene.json (scripts/make-fixtures.py pca_scene): np.cov(x, rowvar=False, ddof=1),
// np.linalg.eigh taken largest first with the sign rule, np.var(x @ u, ddof=1) along unit u.
// Tolerances as in pca.test.ts: sums of n terms are off by about n·eps times their size, an axis
// by the covariance's error over the eigenvalue gap.
describe('spread2 matches NumPy', () => {
  it.each(fx.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const s = spread2(c.points)!;
    const n = c.points.length;
    const scale = Math.max(...c.points.flat().map(Math.abs));
    const spread = Math.max(...c.points.flatMap((p) => [Math.abs(p[0] - c.mean[0]), Math.abs(p[1] - c.mean[1])]));
    const covTol = 10 * n * EPS * spread ** 2 + 1e-300;
    expect(maxAbsDiff(s.mean, c.mean)).toBeLessThanOrEqual(10 * n * EPS * scale);
    expect(maxAbsDiff(s.cov, c.covariance)).toBeLessThanOrEqual(covTol);
    const valueTol = 4 * covTol + 10 * EPS * c.values[0];
    expect(maxAbsDiff(s.values, c.values)).toBeLessThanOrEqual(valueTol);
    const gap = c.values[0] - c.values[1];
    if (gap > 1e-3 * c.values[0]) {
      expect(maxAbsDiff(s.axes, c.axes)).toBeLessThanOrEqual(valueTol / gap);
      expect(Math.abs(s.angle - c.pc1Degrees)).toBeLessThanOrEqual(((valueTol / gap) * 180) / Math.PI);
    }
    for (const [i, a] of c.angles.entries()) expect(Math.abs(varianceAlong(s.cov, a) - c.varianceAlong[i])).toBeLessThanOrEqual(4 * covTol);
    expect(Math.abs(varianceAlong(s.cov, s.angle) - c.varianceAtPC1)).toBeLessThanOrEqual(valueTol);
  });

  it('finds the most variance at PC1 and the least a right angle away', () => {
    for (const c of fx.cases) {
      const s = spread2(c.points)!;
      const best = varianceAlong(s.cov, s.angle);
      for (let a = 0; a < 180; a += 0.5) expect(varianceAlong(s.cov, a)).toBeLessThanOrEqual(best * (1 + 1e-12) + 1e-300);
      expect(Math.abs(best - s.values[0])).toBeLessThanOrEqual(1e-9 * s.values[0] + 1e-300);
      expect(Math.abs(varianceAlong(s.cov, s.angle + 90) - s.values[1])).toBeLessThanOrEqual(1e-9 * s.values[0] + 1e-300);
    }
  });

  it('needs two points and survives points that coincide', () => {
    expect(spread2([])).toBeNull();
    expect(spread2([[1, 2]])).toBeNull();
    const flat = spread2([
      [1, 2],
      [1, 2],
      [1, 2],
    ])!;
    expect(flat.total).toBe(0);
    expect(flat.values).toEqual([0, 0]);
    expect(flat.axes.flat().every(Number.isFinite)).toBe(true);
  });

  it('keeps axis angles in [0, 180)', () => {
    expect(axisDegrees(-30)).toBe(150);
    expect(axisDegrees(180)).toBe(0);
    expect(axisDegrees(375)).toBe(15);
  });
});
