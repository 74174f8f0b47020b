import { describe, expect, it } from 'vitest';
import { gridImage, latticeFor, latticePath, sameLattice } from './transformed-grid';
import { apply, inv2 } from '../math/mat2';
import type { Mat2 } from '../math/mat2';

const BOX = { xMin: -5, xMax: 5, yMin: -4, yMax: 4 };

describe('gridImage', () => {
  it('draws the identity’s grid over the box', () => {
    const g = gridImage(
      [
        [1, 0],
        [0, 1],
      ],
      BOX,
    );
    expect(g.vertical).toHaveLength(11);
    expect(g.horizontal).toHaveLength(9);
    expect(g.vertical[0]).toEqual([
      [-5, -4],
      [-5, 4],
    ]);
  });

  it('maps lines by the matrix: under a shear, x = 1 becomes a slanted line', () => {
    const shear: Mat2 = [
      [1, 1],
      [0, 1],
    ];
    const g = gridImage(shear, BOX);
    for (const [p, q] of g.vertical) {
      // Every image of a vertical line has direction (1, 1), the image of ĵ.
      expect((q[0] - p[0]) / (q[1] - p[1])).toBeCloseTo(1, 12);
    }
  });

  it('covers the screen: every visible corner lies between image lines', () => {
    const m: Mat2 = [
      [2, -1],
      [1, 1],
    ];
    const g = gridImage(m, BOX);
    expect(g.vertical.length).toBeGreaterThan(5);
    expect(g.horizontal.length).toBeGreaterThan(5);
  });

  it('stays cheap for nearly singular and singular matrices', () => {
    for (const m of [
      [
        [1, 2],
        [2, 4.000001],
      ],
      [
        [1, 2],
        [2, 4],
      ],
      [
        [0, 0],
        [0, 0],
      ],
      [
        [1e-9, 0],
        [0, 1e-9],
      ],
    ] as Mat2[]) {
      const g = gridImage(m, BOX);
      expect(g.vertical.length).toBeLessThanOrEqual(61);
      expect(g.horizontal.length).toBeLessThanOrEqual(61);
    }
  });

  it('draws nothing for a matrix with non-finite entries', () => {
    expect(
      gridImage(
        [
          [NaN, 0],
          [0, 1],
        ],
        BOX,
      ).vertical,
    ).toEqual([]);
  });
});

describe('latticeFor', () => {
  it('covers the box: every corner of the screen is the image of a point inside the lattice', () => {
    for (const m of [
      [
        [1, 0],
        [0, 1],
      ],
      [
        [2, 1],
        [1, 2],
      ],
      [
        [0.3, -2],
        [1.5, 0.2],
      ],
      [
        [-1, 0],
        [0, 1],
      ],
    ] as Mat2[]) {
      const l = latticeFor(m, BOX)!;
      const inverse = inv2(m)!;
      const inv = (p: [number, number]) => apply(inverse, p);
      for (const corner of [
        [BOX.xMin, BOX.yMin],
        [BOX.xMax, BOX.yMin],
        [BOX.xMin, BOX.yMax],
        [BOX.xMax, BOX.yMax],
      ] as [number, number][]) {
        const [u, v] = inv(corner);
        expect(u).toBeGreaterThanOrEqual(l.i0 * l.step - 1e-9);
        expect(u).toBeLessThanOrEqual(l.i1 * l.step + 1e-9);
        expect(v).toBeGreaterThanOrEqual(l.j0 * l.step - 1e-9);
        expect(v).toBeLessThanOrEqual(l.j1 * l.step + 1e-9);
      }
    }
  });

  it('stays the same while the matrix changes a little, so the path is not rebuilt on every move', () => {
    const a = latticeFor(
      [
        [2, 1],
        [1, 2],
      ],
      BOX,
    );
    const b = latticeFor(
      [
        [2.05, 1],
        [1.02, 2],
      ],
      BOX,
    );
    expect(sameLattice(a, b)).toBe(true);
    expect(
      sameLattice(
        a,
        latticeFor(
          [
            [0.2, 1],
            [1, 2],
          ],
          BOX,
        ),
      ),
    ).toBe(false);
  });

  it('gives way to the line-by-line drawing for singular and nearly singular matrices', () => {
    expect(
      latticeFor(
        [
          [1, 2],
          [2, 4],
        ],
        BOX,
      ),
    ).toBeNull();
    expect(
      latticeFor(
        [
          [0, 0],
          [0, 0],
        ],
        BOX,
      ),
    ).toBeNull();
    expect(
      latticeFor(
        [
          [1, 2],
          [2, 4.0000001],
        ],
        BOX,
      ),
    ).toBeNull();
    expect(
      latticeFor(
        [
          [NaN, 0],
          [0, 1],
        ],
        BOX,
      ),
    ).toBeNull();
    // Small but well-conditioned is fine: the scale does not matter, the shape does.
    expect(
      latticeFor(
        [
          [1e-9, 0],
          [0, 1e-9],
        ],
        BOX,
      ),
    ).not.toBeNull();
  });

  it('keeps the line count bounded', () => {
    const l = latticeFor(
      [
        [1e-3, 0],
        [0, 1e-3],
      ],
      BOX,
    )!;
    expect(l.i1 - l.i0).toBeLessThanOrEqual(60 + 16 + 1);
    expect(l.j1 - l.j0).toBeLessThanOrEqual(60 + 16 + 1);
  });

  it('writes one vertical and one horizontal run per line', () => {
    expect(latticePath({ i0: 0, i1: 1, j0: -1, j1: 1, step: 2 })).toBe('M0,-2V2M2,-2V2M0,-2H2M0,0H2M0,2H2');
  });
});
