// Clipping straight lines to the screen before they are drawn. A line that runs
// far past the edges (an eigenline, a projection line, a vector whose tip is
// off-screen) costs nothing to describe but a lot to rasterise when it is dashed:
// the browser dashes the whole length, visible or not.
import type { Vec2 } from '../math/vec2';

/** A screen rectangle. */
export type Rect = { x0: number; y0: number; x1: number; y1: number };

/**
 * The part of the segment a→b inside `r` (Liang–Barsky), as parameters 0 ≤ t0 ≤ t1 ≤ 1
 * along it, or null when none of it is inside. Non-finite input gives null.
 */
export function clipParams(a: Vec2, b: Vec2, r: Rect): [number, number] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  if (![a[0], a[1], dx, dy].every(Number.isFinite)) return null;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - r.x0],
    [dx, r.x1 - a[0]],
    [-dy, a[1] - r.y0],
    [dy, r.y1 - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null; // parallel to this edge and outside it
    } else {
      const t = q / p;
      if (p < 0) {
        if (t > t1) return null;
        if (t > t0) t0 = t;
      } else {
        if (t < t0) return null;
        if (t < t1) t1 = t;
      }
    }
  }
  return [t0, t1];
}

export type Clipped = { from: Vec2; to: Vec2; /** Distance in px from a to the clipped start: keeps dashes fixed to the line. */ skipped: number };

/** The segment a→b clipped to `r`, or null when it lies outside. */
export function clipSegment(a: Vec2, b: Vec2, r: Rect): Clipped | null {
  const t = clipParams(a, b, r);
  if (!t) return null;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const at = (s: number): Vec2 => (s === 0 ? a : s === 1 ? b : [a[0] + s * dx, a[1] + s * dy]);
  return { from: at(t[0]), to: at(t[1]), skipped: t[0] * Math.hypot(dx, dy) };
}

/** The screen of a w×h plane, grown by `margin` px on every side (so strokes and caps never show an end). */
export function screenRect(width: number, height: number, margin = 32): Rect {
  return { x0: -margin, y0: -margin, x1: width + margin, y1: height + margin };
}
