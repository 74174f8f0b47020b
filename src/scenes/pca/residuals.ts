// Each point's residual from PC1, as one SVG path of segments from the point to its foot, in
// whole pixels relative to the point: short text, so rewriting it on every move of a drag is cheap.
import type { Vec2 } from '../../lib/math/vec2';

export function residualsPath(points: readonly Vec2[], mean: Vec2, axis: Vec2, toScreen: (p: Vec2) => Vec2): string {
  const [ox, oy] = toScreen([0, 0]);
  const k = toScreen([1, 0])[0] - ox;
  const [mx, my] = mean;
  const [ux, uy] = axis;
  let d = '';
  for (let i = 0; i < points.length; i++) {
    const [x, y] = points[i];
    const t = (x - mx) * ux + (y - my) * uy;
    // The residual in world units, point minus foot, drawn from the point back to the foot.
    const rx = x - mx - t * ux;
    const ry = y - my - t * uy;
    const sx = Math.round(ox + k * x);
    const sy = Math.round(oy - k * y);
    if (!(Math.abs(sx) < 1e6 && Math.abs(sy) < 1e6 && Math.abs(k * rx) < 1e6 && Math.abs(k * ry) < 1e6)) continue;
    d += `M${sx} ${sy}l${Math.round(-k * rx)} ${Math.round(k * ry)}`;
  }
  return d;
}
