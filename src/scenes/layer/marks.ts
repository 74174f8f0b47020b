// The data set's marks as SVG path data, one path per class: class 0 as circles, class 1 as
// triangles, so the classes differ in shape as well as colour. Hundreds of points are two
// elements, not hundreds.
import type { Affine } from '../../lib/plane/frame';

/** Path data of every point of one class, through an affine map to the screen; r in pixels. */
export function classPath(xy: ArrayLike<number>, label: ArrayLike<number>, which: 0 | 1, t: Affine, r: number): string {
  const [a, b, c, d, e, f] = t;
  const round = (v: number) => Math.round(v * 10) / 10;
  const rr = round(r);
  // A triangle of the same area as the circle: side s with s²·√3/4 = πr².
  const s = round(r * Math.sqrt((4 * Math.PI) / Math.sqrt(3)));
  const h = round((s * Math.sqrt(3)) / 2);
  const up = round((2 * h) / 3);
  let out = '';
  for (let i = 0; i < label.length; i++) {
    if (label[i] !== which) continue;
    const x = xy[2 * i];
    const y = xy[2 * i + 1];
    const sx = round(a * x + c * y + e);
    const sy = round(b * x + d * y + f);
    if (!(Math.abs(sx) < 1e6 && Math.abs(sy) < 1e6)) continue;
    out +=
      which === 0
        ? `M${round(sx - rr)},${sy}a${rr},${rr} 0 1,0 ${2 * rr},0a${rr},${rr} 0 1,0 ${-2 * rr},0`
        : `M${sx},${round(sy - up)}l${s / 2},${h}h${-s}z`;
  }
  return out;
}

/**
 * Rings of points as SVG path data through an affine map: closed (for a fill), or, given
 * `onEdge`, open wherever two neighbours both lie on the box's edge (for the boundary line alone).
 */
export function ringsPath(rings: readonly ArrayLike<number>[], [a, b, c, d, e, f]: Affine, onEdge?: readonly ArrayLike<number>[]): string {
  let out = '';
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r];
    const edge = onEdge?.[r];
    const n = ring.length / 2;
    let open = false;
    for (let k = 0; k < n; k++) {
      const x = ring[2 * k];
      const y = ring[2 * k + 1];
      const sx = Math.round((a * x + c * y + e) * 10) / 10;
      const sy = Math.round((b * x + d * y + f) * 10) / 10;
      if (!(Math.abs(sx) < 1e6 && Math.abs(sy) < 1e6)) {
        open = false;
        continue;
      }
      const cut = edge && k > 0 && edge[k] && edge[k - 1];
      out += `${open && !cut ? 'L' : 'M'}${sx},${sy}`;
      open = true;
    }
    if (open && !edge) out += 'Z';
  }
  return out;
}
