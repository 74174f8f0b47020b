import { describe, expect, it } from 'vitest';
import { applyAffine } from './frame';
import { contourPath, indexToWorld, surfaceOf, surfaceScale } from './surface';

const bowl = (x: number, y: number) => x * x + y * y;
const grid = { xMin: -2, xMax: 2, yMin: -2, yMax: 2, nx: 41, ny: 41 };

describe('surfaceOf', () => {
  it('samples f on the grid, corners included, bottom row first', () => {
    const s = surfaceOf(bowl, { grid, spacing: 'linear' });
    expect(s.values.length).toBe(41 * 41);
    expect(s.values[0]).toBe(8); // (−2, −2)
    expect(s.values[20 * 41 + 20]).toBe(0); // (0, 0)
    expect(s.values[40 * 41 + 40]).toBe(8); // (2, 2)
  });

  it('draws closed rings at the scale’s inner levels: circles for a round bowl', () => {
    const s = surfaceOf(bowl, { grid, spacing: 'linear' });
    const levels = surfaceScale(s.values, 'linear').levels;
    expect(levels.length).toBeGreaterThan(3);
    const toWorld = indexToWorld(grid);
    const rings = s.path
      .split('M')
      .filter(Boolean)
      .map((ring) => ring.split('L').map((p) => p.split(',').map(Number) as [number, number]));
    // d3-contour outlines the region f ≥ level, so the grid's border is a ring too: take the others.
    const inside = rings.filter((ring) => ring.every(([i, j]) => i > 0.5 && i < 40.5 && j > 0.5 && j < 40.5));
    // Circles of radius < 2 fit in the box: one ring for each such level.
    expect(inside.length).toBe(levels.slice(1, -1).filter((l) => l < 4).length);
    for (const ring of inside) {
      // Its points, taken to the world, lie on one circle x² + y² = level.
      const r2 = ring.map((p) => applyAffine(toWorld, p)).map(([x, y]) => x * x + y * y);
      const mean = r2.reduce((a, b) => a + b) / r2.length;
      expect(levels.slice(1, -1).some((l) => Math.abs(l - mean) < 0.03 * l)).toBe(true);
      for (const v of r2) expect(Math.abs(v - mean)).toBeLessThan(0.03 * mean);
    }
  });

  it('has no lines where f is constant or nowhere defined', () => {
    expect(surfaceOf(() => 3, { grid, spacing: 'linear' }).path).toBe('');
    expect(surfaceOf(() => NaN, { grid, spacing: 'log' }).path).toBe('');
  });
});

describe('contourPath', () => {
  it('draws only the levels strictly between the ends', () => {
    // Values 0…3 along x: a level at 1.5 cuts every row once, as a vertical line.
    const values = new Float64Array(16).map((_, i) => i % 4);
    expect(contourPath(values, 4, 4, [0, 3])).toBe('');
    const d = contourPath(values, 4, 4, [0, 1.5, 3]);
    expect(d.startsWith('M')).toBe(true);
    const xs = d
      .split(/[ML]/)
      .filter(Boolean)
      .map((p) => Number(p.split(',')[0]));
    // Sample i sits at index i + 0.5, so f = 1.5 is at index 2 (between samples 1 and 2), or on the box edge.
    expect(xs.some((x) => Math.abs(x - 2) < 1e-9)).toBe(true);
  });
});

describe('indexToWorld', () => {
  it('puts sample i at the centre of index cell [i, i + 1]', () => {
    const t = indexToWorld(grid);
    const corners = [applyAffine(t, [0.5, 0.5]), applyAffine(t, [40.5, 40.5])];
    expect(corners.flat().map((v) => Math.round(v * 1e12) / 1e12)).toEqual([-2, -2, 2, 2]);
  });
});
