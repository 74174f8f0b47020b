// Arrows that stay in view. A steep function's gradient, a long eigenvector image:
// an arrow keeps its direction but is shortened so its tip, and the label beyond
// it, stay inside the plane; the caller says so beside it ("not to scale") and
// gives the true length in the panel.
import type { Vec2 } from '../math/vec2';
import { clipParams, type Rect } from './clip';

/**
 * The factor t ∈ [0, 1] such that tail + t·v ends inside `inner` (screen px), measured through
 * `toScreen`; `cap` limits the world length first. 0 when the tail itself is outside.
 */
export function fitArrow(tail: Vec2, v: Vec2, toScreen: (p: Vec2) => Vec2, inner: Rect, cap = Infinity): number {
  const n = Math.hypot(v[0], v[1]);
  if (!(n > 0) || !Number.isFinite(n)) return 0;
  const t = Math.min(1, cap / n);
  const a = toScreen(tail);
  const b = toScreen([tail[0] + t * v[0], tail[1] + t * v[1]]);
  const c = clipParams(a, b, inner);
  if (!c || c[0] > 0) return 0;
  return t * c[1];
}

/** The plane's rectangle less a margin on every side (px), for tips with a label beyond them. */
export const insetRect = (width: number, height: number, margin: number): Rect => ({
  x0: margin,
  y0: margin,
  x1: Math.max(margin, width - margin),
  y1: Math.max(margin, height - margin),
});
