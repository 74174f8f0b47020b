// The projection of every point onto PC1 and its residual, as two SVG paths in screen px:
// one layer each, however many points (point-hit.ts draws the points the same way).
import type { Vec2 } from '../../lib/math/vec2';

export function projectionPaths(points: readonly Vec2[], mean: Vec2, axis: Vec2, toScreen: (p: Vec2) => Vec2): { residuals: string; feet: string } {
  const r: string[] = [];
  const f: string[] = [];
  const [mx, my] = mean;
  const [ux, uy] = axis;
  for (let i = 0; i < points.length; i++) {
    const [x, y] = points[i];
    const t = (x - mx) * ux + (y - my) * uy;
    const [sx, sy] = toScreen(points[i]);
    const [qx, qy] = toScreen([mx + t * ux, my + t * uy]);
    if (!(Math.abs(sx) < 1e6 && Math.abs(sy) < 1e6 && Math.abs(qx) < 1e6 && Math.abs(qy) < 1e6)) continue;
    const a = `${qx.toFixed(1)} ${qy.toFixed(1)}`;
    r.push(`M${sx.toFixed(1)} ${sy.toFixed(1)}L${a}`);
    f.push(`M${a}h0`);
  }
  return { residuals: r.join(''), feet: f.join('') };
}
