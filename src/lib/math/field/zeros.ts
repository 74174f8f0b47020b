// Points where a plane field F vanishes, found by Newton's method from a grid
// of seeds. Where the Jacobian is singular (a whole curve of zeros, as for
// (2x, x²)) or a Newton step fails to shrink |F|, the step falls back to
// Levenberg–Marquardt, which only needs JᵀJ + μI to be invertible
// (Nocedal & Wright, "Numerical Optimization", §10.3).
import type { Box } from '../box';
import type { Mat2 } from '../mat2';
import type { Vec2 } from '../vec2';

export type FieldFn = (x: number, y: number) => Vec2;
export type JacobianFn = (x: number, y: number) => Mat2;

/** Evaluations of F or J left to spend; shared by every seed, so one search costs a bounded time. */
export interface Budget {
  left: number;
}

export interface Scales {
  /** A step shorter than this ends the iteration. */
  readonly xtol: number;
  /** |F| at most this counts as zero. */
  readonly ftol: number;
  /** The longest step, so a near-singular Jacobian cannot fling the iterate across the view. */
  readonly maxStep: number;
  /** The iterate is abandoned once it leaves this box. */
  readonly roam: Box;
}

const LM_TRIES = 8;

const inside = (b: Box, x: number, y: number) => x >= b.xMin && x <= b.xMax && y >= b.yMin && y <= b.yMax;

/** The zero Newton's method reaches from (x, y), or null when it finds none within the iterations and the budget. */
export function solve(f: FieldFn, jac: JacobianFn, x: number, y: number, s: Scales, iterations: number, budget: Budget): Vec2 | null {
  if (budget.left <= 0) return null;
  budget.left--;
  let [P, Q] = f(x, y);
  let r = P * P + Q * Q;
  if (!Number.isFinite(r)) return null;
  let mu = 1e-3;
  let lastStep = Infinity;
  const tryStep = (dx: number, dy: number): boolean => {
    const len = Math.hypot(dx, dy);
    if (!(len > 0)) return false;
    const k = len > s.maxStep ? s.maxStep / len : 1;
    const nx = x + k * dx;
    const ny = y + k * dy;
    budget.left--;
    const [nP, nQ] = f(nx, ny);
    const nr = nP * nP + nQ * nQ;
    if (!(nr < r)) return false;
    [x, y, P, Q, r] = [nx, ny, nP, nQ, nr];
    lastStep = k * len;
    return true;
  };
  for (let it = 0; it < iterations && r > 0; it++) {
    if (budget.left <= 0 || !inside(s.roam, x, y)) return null;
    budget.left--;
    const [[a, b], [c, d]] = jac(x, y);
    if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c) && Number.isFinite(d))) return null;
    const det = a * d - b * c;
    let moved = det !== 0 && Number.isFinite(det) && tryStep(-(d * P - b * Q) / det, -(a * Q - c * P) / det);
    if (!moved) {
      // (JᵀJ + μ·tr(JᵀJ)·I) δ = −JᵀF, with μ growing until |F| shrinks.
      const g0 = a * P + c * Q;
      const g1 = b * P + d * Q;
      const A00 = a * a + c * c;
      const A01 = a * b + c * d;
      const A11 = b * b + d * d;
      const tr = A00 + A11;
      if (!(tr > 0) || (g0 === 0 && g1 === 0)) break;
      for (let t = 0; t < LM_TRIES && !moved && budget.left > 0; t++) {
        const m = mu * tr;
        const B00 = A00 + m;
        const B11 = A11 + m;
        const detB = B00 * B11 - A01 * A01;
        moved = tryStep(-(B11 * g0 - A01 * g1) / detB, -(B00 * g1 - A01 * g0) / detB);
        mu = moved ? Math.max(mu / 4, 1e-9) : mu * 8;
      }
      if (!moved) break;
    }
    if (lastStep <= s.xtol) break;
  }
  return Math.sqrt(r) <= s.ftol && inside(s.roam, x, y) ? [x, y] : null;
}

/**
 * The seed grid (n×n cell centres) in an order that spreads over the box
 * early, so a search that runs out of budget has still looked everywhere.
 */
export function seedOrder(box: Box, n: number): Vec2[] {
  const count = n * n;
  let stride = Math.max(1, Math.round(count * 0.618));
  while (gcd(stride, count) !== 1) stride++;
  const out: Vec2[] = [];
  for (let k = 0; k < count; k++) {
    const index = (k * stride) % count;
    const i = index % n;
    const j = (index - i) / n;
    out.push([box.xMin + ((i + 0.5) * (box.xMax - box.xMin)) / n, box.yMin + ((j + 0.5) * (box.yMax - box.yMin)) / n]);
  }
  return out;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * Whether the degenerate zero p lies on a curve of zeros: step along the
 * Jacobian's null direction and solve again. An isolated zero pulls the
 * iterate back to p; on a curve it settles about a step away.
 */
export function onCurve(f: FieldFn, jac: JacobianFn, p: Vec2, step: number, s: Scales, iterations: number, budget: Budget): boolean {
  const [[a, b], [c, d]] = jac(p[0], p[1]);
  const [rx, ry] = Math.hypot(a, b) >= Math.hypot(c, d) ? [a, b] : [c, d];
  const len = Math.hypot(rx, ry);
  const directions: Vec2[] =
    len > 0
      ? [[-ry / len, rx / len]]
      : [
          [1, 0],
          [0, 1],
        ];
  return directions.some(([vx, vy]) => {
    const q = solve(f, jac, p[0] + step * vx, p[1] + step * vy, s, iterations, budget);
    return q !== null && Math.hypot(q[0] - p[0], q[1] - p[1]) > step / 2;
  });
}
