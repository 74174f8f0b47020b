// What the small pictures of the hidden layers show: the data set and a coarse grid patch after
// layer 1 (h₁ = σ(W₁ x + b₁)) and after layer 2 (h₂ = σ(W₂ h₁ + b₂)), framed by the
// activation's range, and in h₂'s picture the output neuron's line w₃ · h₂ + b₃ = 0 (p = ½).
import type { Activation } from '../../lib/math/nn/activation';
import { activate } from '../../lib/math/nn/activation';
import { warpedGrid, type GridPatch, type PointMap, type WarpedGrid } from '../../lib/plane/warped-grid';

/** 17 lines each way over [−4, 4]: enough to see the warp in a small picture. */
export const SMALL_PATCH: GridPatch = { lo: -4, hi: 4, lines: 17, majorEvery: 2 };

export type Box = { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number };

/** The hidden layer k (1 or 2) of the network as a map of the input plane. */
export function hiddenMap(params: ArrayLike<number>, a: Activation, k: 1 | 2): PointMap {
  const q = Array.from(params);
  return (x, y, out, at) => {
    let u = activate(a, q[0] * x + q[1] * y + q[4]);
    let v = activate(a, q[2] * x + q[3] * y + q[5]);
    if (k === 2) {
      const u2 = activate(a, q[6] * u + q[7] * v + q[10]);
      v = activate(a, q[8] * u + q[9] * v + q[11]);
      u = u2;
    }
    out[at] = u;
    out[at + 1] = v;
  };
}

export function hiddenGrid(params: ArrayLike<number>, a: Activation, k: 1 | 2): WarpedGrid {
  return warpedGrid(hiddenMap(params, a, k), SMALL_PATCH, { samples: 32 });
}

/** The picture's box: the activation's range (ReLU's up to the farthest point), with a margin. */
export function hiddenBox(a: Activation, points: ArrayLike<number>): Box {
  let x1 = 1,
    y1 = 1;
  let x0 = a === 'tanh' ? -1 : 0;
  let y0 = x0;
  if (a === 'relu') {
    x0 = y0 = 0;
    for (let i = 0; i < points.length; i += 2) {
      if (points[i] > x1) x1 = points[i];
      if (points[i + 1] > y1) y1 = points[i + 1];
    }
    x1 = y1 = Math.min(1e3, Math.max(x1, y1));
  }
  const m = 0.08 * Math.max(x1 - x0, y1 - y0);
  return { x0: x0 - m, x1: x1 + m, y0: y0 - m, y1: y1 + m };
}

/** The segment of the line w · h + c = 0 inside the box, or null when it misses it. */
export function lineInBox(w: readonly [number, number], c: number, box: Box): [[number, number], [number, number]] | null {
  const pts: [number, number][] = [];
  const [a, b] = w;
  if (Math.abs(b) > 1e-12)
    for (const x of [box.x0, box.x1]) {
      const y = -(a * x + c) / b;
      if (y >= box.y0 && y <= box.y1) pts.push([x, y]);
    }
  if (Math.abs(a) > 1e-12)
    for (const y of [box.y0, box.y1]) {
      const x = -(b * y + c) / a;
      if (x >= box.x0 && x <= box.x1) pts.push([x, y]);
    }
  if (pts.length < 2) return null;
  // The two points farthest apart (a corner may be found twice).
  let best: [[number, number], [number, number]] = [pts[0], pts[1]];
  let d = -1;
  for (let i = 0; i < pts.length; i++)
    for (let j = i + 1; j < pts.length; j++) {
      const e = Math.hypot(pts[i][0] - pts[j][0], pts[i][1] - pts[j][1]);
      if (e > d) {
        d = e;
        best = [pts[i], pts[j]];
      }
    }
  return d > 0 ? best : null;
}
