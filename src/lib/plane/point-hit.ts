// A point cloud as one layer: its dots are one SVG path of zero-length strokes (a round cap draws
// each dot), and the same path, stroked wide and transparent, is its one hit target. A press on it
// asks `nearestPoint` which dot it meant. Both are O(n) in the points and nothing else, so a cloud
// of hundreds costs no more DOM than one shape.
import type { Vec2 } from '../math/vec2';

/** "M x y h0" per point, in screen px; `skip` (the focused point, drawn as a handle) is left out. */
export function dotsPath(points: readonly Vec2[], toScreen: (p: Vec2) => Vec2, skip = -1): string {
  const parts: string[] = [];
  for (let i = 0; i < points.length; i++) {
    if (i === skip) continue;
    const [x, y] = toScreen(points[i]);
    if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 1e6 || Math.abs(y) > 1e6) continue;
    parts.push(`M${x.toFixed(1)} ${y.toFixed(1)}h0`);
  }
  return parts.join('');
}

/** The index of the point nearest `at` (screen px) within `radius` px, or −1; `skip` is never chosen. */
export function nearestPoint(points: readonly Vec2[], toScreen: (p: Vec2) => Vec2, at: Vec2, radius: number, skip = -1): number {
  let best = -1;
  let bestD = radius * radius;
  for (let i = 0; i < points.length; i++) {
    if (i === skip) continue;
    const [x, y] = toScreen(points[i]);
    const d = (x - at[0]) ** 2 + (y - at[1]) ** 2;
    // Ties go to the later point: it is drawn on top.
    if (d <= bestD) {
      best = i;
      bestD = d;
    }
  }
  return best;
}
