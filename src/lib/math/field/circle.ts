// What flows out of, and around, a small circle: the pictures behind
// divergence and curl. By the divergence theorem and Green's theorem,
// outflow / area and circulation / area are the means of div F and curl F
// over the disc, so they tend to div F and curl F at the centre as r → 0.
import type { Vec2 } from '../vec2';

export interface CircleFlux {
  /** Net outflow ∮ F·n ds. */
  readonly outflow: number;
  /** Circulation ∮ F·t ds, counter-clockwise. */
  readonly circulation: number;
  /** πr². */
  readonly area: number;
  /** Outflow / area: div F at the centre as r → 0. */
  readonly outflowPerArea: number;
  /** Circulation / area: curl F at the centre as r → 0. */
  readonly circulationPerArea: number;
}

/**
 * Both integrals by the midpoint rule at n equally spaced rim points. For a
 * periodic integrand that rule is the trapezoid rule, exact for
 * trigonometric polynomials of degree below n and spectrally accurate for
 * smooth ones (Trefethen & Weideman, SIAM Review 56, 2014), so a polynomial
 * field of low degree comes out exact. NaN when F is undefined at a rim point.
 */
export function circleFlux(f: (x: number, y: number) => Vec2, [cx, cy]: Vec2, r: number, n = 64): CircleFlux {
  if (!(r > 0) || !Number.isFinite(r)) throw new Error(`circleFlux needs a positive radius, got ${r}`);
  if (!Number.isInteger(n) || n < 3) throw new Error(`circleFlux needs at least 3 rim points, got ${n}`);
  let out = 0;
  let around = 0;
  for (let k = 0; k < n; k++) {
    const a = (2 * Math.PI * (k + 0.5)) / n;
    const c = Math.cos(a);
    const s = Math.sin(a);
    const [u, v] = f(cx + r * c, cy + r * s);
    out += u * c + v * s;
    around += v * c - u * s;
  }
  const ds = (2 * Math.PI * r) / n;
  const area = Math.PI * r * r;
  const outflow = out * ds;
  const circulation = around * ds;
  return { outflow, circulation, area, outflowPerArea: outflow / area, circulationPerArea: circulation / area };
}

/**
 * How fast a small paddle wheel at a point turns, in radians per unit time,
 * counter-clockwise when positive: half the curl, since curl F is twice the
 * mean angular speed of the flow around the point.
 */
export const paddleRate = (curl: number): number => curl / 2;
