import { describe, expect, it } from 'vitest';
import { affineGrid, polylinePath, warpedGrid, PATCH_41, type PointMap, type Polylines } from './warped-grid';
import { IDENTITY } from './frame';

const lineCount = (p: Polylines) => p.starts.length - 1;
const pointsOf = (p: Polylines, k: number): [number, number][] => {
  const out: [number, number][] = [];
  for (let i = p.starts[k]; i < p.starts[k + 1]; i++) out.push([p.xy[2 * i], p.xy[2 * i + 1]]);
  return out;
};

describe('a warped grid patch', () => {
  it('has 41 lines each way: the two axes, 7 more major lines and 32 minor ones each way', () => {
    const g = affineGrid(
      [
        [1, 0],
        [0, 1],
      ],
      [0, 0],
      PATCH_41,
    );
    expect(lineCount(g.axes[0]) + lineCount(g.axes[1])).toBe(2);
    expect(lineCount(g.major)).toBe(2 * 8);
    expect(lineCount(g.minor)).toBe(2 * 32);
    expect(lineCount(g.axes[0]) + lineCount(g.axes[1]) + lineCount(g.major) + lineCount(g.minor)).toBe(82);
  });

  it('takes the exact path for an affine map: two points a line, at the images of the ends', () => {
    const g = affineGrid(
      [
        [2, 1],
        [0, 1],
      ],
      [1, -1],
      { lo: -1, hi: 1, lines: 3, majorEvery: 1 },
    );
    // The x-axis from (−1, 0) to (1, 0) goes to (−1, −1) … (3, −1).
    expect(pointsOf(g.axes[0], 0)).toEqual([
      [-1, -1],
      [3, -1],
    ]);
    expect(g.major.xy.length).toBe(4 * 2 * 2);
  });

  it('samples a curved map along each line', () => {
    const square: PointMap = (x, y, out, at) => {
      out[at] = x;
      out[at + 1] = x * x + y;
    };
    const g = warpedGrid(square, { lo: -2, hi: 2, lines: 3, majorEvery: 1 }, { samples: 4 });
    // y = 0 becomes the parabola y = x², five points from x = −2 to 2.
    expect(pointsOf(g.axes[0], 0)).toEqual([
      [-2, 4],
      [-1, 1],
      [0, 0],
      [1, 1],
      [2, 4],
    ]);
  });

  it('maps only the ends and the bends of a piecewise-linear map', () => {
    const relu: PointMap = (x, y, out, at) => {
      out[at] = Math.max(0, x);
      out[at + 1] = Math.max(0, y);
    };
    const g = warpedGrid(
      relu,
      { lo: -2, hi: 2, lines: 3, majorEvery: 1 },
      { samples: 48, bends: (p, q) => (p[0] < 0 && q[0] > 0 ? [-p[0] / (q[0] - p[0])] : []) },
    );
    expect(pointsOf(g.axes[0], 0)).toEqual([
      [0, 0],
      [0, 0],
      [2, 0],
    ]);
  });

  it('writes SVG path data through the screen map, breaking a line where the map gives no number', () => {
    const g = warpedGrid(
      (x, y, out, at) => {
        out[at] = x;
        out[at + 1] = x === 0 ? NaN : y;
      },
      { lo: -1, hi: 1, lines: 3, majorEvery: 1 },
      { samples: 2 },
    );
    expect(polylinePath(g.axes[0], [10, 0, 0, -10, 100, 100])).toBe('M90,100M110,100');
    expect(polylinePath(g.axes[1], IDENTITY)).toBe('');
  });
});
