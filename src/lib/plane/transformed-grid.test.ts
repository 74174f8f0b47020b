import { describe, expect, it } from 'vitest';
import { gridImage } from './transformed-grid';
import type { Mat2 } from '../math/mat2';

const BOX = { xMin: -5, xMax: 5, yMin: -4, yMax: 4 };

describe('gridImage', () => {
  it('draws the identity’s grid over the box', () => {
    const g = gridImage([[1, 0], [0, 1]], BOX);
    expect(g.vertical).toHaveLength(11);
    expect(g.horizontal).toHaveLength(9);
    expect(g.vertical[0]).toEqual([[-5, -4], [-5, 4]]);
  });

  it('maps lines by the matrix: under a shear, x = 1 becomes a slanted line', () => {
    const shear: Mat2 = [[1, 1], [0, 1]];
    const g = gridImage(shear, BOX);
    for (const [p, q] of g.vertical) {
      // Every image of a vertical line has direction (1, 1), the image of ĵ.
      expect((q[0] - p[0]) / (q[1] - p[1])).toBeCloseTo(1, 12);
    }
  });

  it('covers the screen: every visible corner lies between image lines', () => {
    const m: Mat2 = [[2, -1], [1, 1]];
    const g = gridImage(m, BOX);
    expect(g.vertical.length).toBeGreaterThan(5);
    expect(g.horizontal.length).toBeGreaterThan(5);
  });

  it('stays cheap for nearly singular and singular matrices', () => {
    for (const m of [[[1, 2], [2, 4.000001]], [[1, 2], [2, 4]], [[0, 0], [0, 0]], [[1e-9, 0], [0, 1e-9]]] as Mat2[]) {
      const g = gridImage(m, BOX);
      expect(g.vertical.length).toBeLessThanOrEqual(61);
      expect(g.horizontal.length).toBeLessThanOrEqual(61);
    }
  });

  it('draws nothing for a matrix with non-finite entries', () => {
    expect(gridImage([[NaN, 0], [0, 1]], BOX).vertical).toEqual([]);
  });
});
