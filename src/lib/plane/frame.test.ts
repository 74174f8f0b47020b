import { describe, expect, it } from 'vitest';
import { apply } from '../math/mat2';
import { applyAffine, compose, fromMat2, svgMatrix } from './frame';

describe('frames', () => {
  it('put world points where the plane does: (ox + k·x, oy − k·y) after the matrix', () => {
    const plane = [50, 0, 0, -50, 400, 300] as const;
    const t = compose(
      plane,
      fromMat2([
        [1, 2],
        [3, 4],
      ]),
    );
    // matrix(A B C D E F) maps (u, v) to (A u + C v + E, B u + D v + F).
    const [A, B, C, D, E, F] = svgMatrix(t).slice(7, -1).split(' ').map(Number);
    const [u, v] = [5, 6];
    const [x, y] = apply(
      [
        [1, 2],
        [3, 4],
      ],
      [u, v],
    );
    expect([A * u + C * v + E, B * u + D * v + F]).toEqual([400 + 50 * x, 300 - 50 * y]);
    expect(applyAffine(t, [u, v])).toEqual([400 + 50 * x, 300 - 50 * y]);
  });

  it('compose nested matrices in order: the inner one acts first', () => {
    const a = fromMat2([
      [0, -1],
      [1, 0],
    ]);
    const b = fromMat2([
      [2, 0],
      [0, 1],
    ]);
    expect(applyAffine(compose(a, b), [1, 0])).toEqual([0, 2]);
  });
});
