// The spread of a 2-D point cloud in closed form: its mean, its covariance
// (ddof = 1, like np.cov) and the eigenvectors of that covariance, the
// principal axes. A 2×2 symmetric matrix needs no iterative solver: its
// eigenvectors lie at the angle ½·atan2(2b, a − d), which stays accurate when
// the two variances are nearly equal, where the quadratic formula for the
// vectors would cancel. O(n) per call, so a drag can recompute it every move.
import type { Mat2 } from '../mat2';
import type { Vec2 } from '../vec2';
import { signOf } from '../linalg/signs';

export interface Spread2 {
  readonly n: number;
  readonly mean: Vec2;
  /** Sample covariance, ddof = 1: [[var x, cov], [cov, var y]]. */
  readonly cov: Mat2;
  /** The variances along the principal axes, largest first (λ₁ ≥ λ₂ ≥ 0). */
  readonly values: readonly [number, number];
  /** Unit principal axes, PC1 then PC2, each with its largest entry positive (NumPy fixtures' sign rule). */
  readonly axes: readonly [Vec2, Vec2];
  /** PC1's direction in degrees, in [0, 180). */
  readonly angle: number;
  /** Total variance, the trace: var x + var y = λ₁ + λ₂. */
  readonly total: number;
}

const signed = (v: Vec2): Vec2 => (signOf(v) < 0 ? [-v[0] || 0, -v[1] || 0] : v);

/** Degrees in [0, 180): a direction and its opposite are one axis. */
export const axisDegrees = (deg: number): number => {
  if (deg >= 0 && deg < 180) return deg;
  const r = ((deg % 180) + 180) % 180;
  return r === 180 ? 0 : r;
};

/** The mean, covariance and principal axes of the points; null for fewer than two (ddof = 1 needs two). */
export function spread2(points: readonly Vec2[]): Spread2 | null {
  const n = points.length;
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += points[i][0];
    sy += points[i][1];
  }
  const mx = sx / n;
  const my = sy / n;
  // Two passes: subtracting the mean first avoids the cancellation of Σx² − n·x̄².
  let a = 0;
  let b = 0;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const dx = points[i][0] - mx;
    const dy = points[i][1] - my;
    a += dx * dx;
    b += dx * dy;
    d += dy * dy;
  }
  a /= n - 1;
  b /= n - 1;
  d /= n - 1;
  return fromCovariance(n, [mx, my], a, b, d);
}

function fromCovariance(n: number, mean: Vec2, a: number, b: number, d: number): Spread2 {
  const half = (a + d) / 2;
  const r = Math.hypot((a - d) / 2, b);
  const theta = Math.atan2(2 * b, a - d) / 2;
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  const v1 = signed([c, s]);
  const v2 = signed([-s, c]);
  const angle = axisDegrees((Math.atan2(v1[1], v1[0]) * 180) / Math.PI);
  return {
    n,
    mean,
    cov: [
      [a, b],
      [b, d],
    ],
    // A covariance is positive semidefinite: a −1e-17 is rounding.
    values: [half + r, Math.max(0, half - r)],
    axes: [v1, v2],
    angle,
    total: a + d,
  };
}

/** uᵀ C u for the unit vector u at `deg` degrees: the variance of the points' coordinates along u. */
export function varianceAlong(cov: Mat2, deg: number): number {
  const t = (deg * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  return cov[0][0] * c * c + 2 * cov[0][1] * c * s + cov[1][1] * s * s;
}

/** The unit vector at `deg` degrees. */
export const direction = (deg: number): Vec2 => {
  const t = (deg * Math.PI) / 180;
  return [Math.cos(t), Math.sin(t)];
};
