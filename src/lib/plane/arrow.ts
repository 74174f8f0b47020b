// Arrow geometry in screen pixels. The shaft stops where the head begins, so a
// thick shaft never pokes past the point and the tip sits exactly on the value.
import type { Vec2 } from '../math/vec2';

export type Arrow = { shaftEnd: Vec2; head: string; direction: Vec2; length: number };

/** Head length ≈ 4× the stroke width (DESIGN.md); shortened for very short arrows. */
export function arrow(tail: Vec2, tip: Vec2, strokeWidth: number): Arrow {
  const dx = tip[0] - tail[0];
  const dy = tip[1] - tail[1];
  const length = Math.hypot(dx, dy);
  if (!(length > 0.5) || !Number.isFinite(length)) return { shaftEnd: tip, head: '', direction: [1, 0], length: 0 };
  const ux = dx / length;
  const uy = dy / length;
  const headLength = Math.min(4 * strokeWidth + 2, length * 0.6);
  const halfWidth = headLength * 0.45 + strokeWidth * 0.3;
  const bx = tip[0] - ux * headLength;
  const by = tip[1] - uy * headLength;
  const head = [
    [tip[0], tip[1]],
    [bx - uy * halfWidth, by + ux * halfWidth],
    [bx + uy * halfWidth, by - ux * halfWidth],
  ]
    .map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`)
    .join(' ');
  // Overlap the head by half a pixel so no seam shows between shaft and head.
  return { shaftEnd: [bx + ux * 0.5, by + uy * 0.5], head, direction: [ux, uy], length };
}

/** Where a label goes beyond a point in screen direction `d`, and how to anchor it there. */
export function labelBeyond(
  at: Vec2,
  d: Vec2,
  gap: number,
): { x: number; y: number; anchor: 'start' | 'middle' | 'end'; baseline: 'hanging' | 'middle' | 'auto' } {
  return {
    x: at[0] + d[0] * gap,
    y: at[1] + d[1] * gap,
    anchor: d[0] > 0.35 ? 'start' : d[0] < -0.35 ? 'end' : 'middle',
    baseline: d[1] > 0.35 ? 'hanging' : d[1] < -0.35 ? 'auto' : 'middle',
  };
}
