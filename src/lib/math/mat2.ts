// 2×2 matrices as immutable tuples, for the drag loops of the 2×2 scenes
// (Transform, Eigen): no allocation beyond the returned tuple, no checks,
// well under a microsecond each (bench/math). Row-major like NumPy, so
// [[a, b], [c, d]] sends (x, y) to (ax + by, cx + dy) and its columns are
// the images of i and j.
import { diffOfProducts } from './linalg/two-product';
import type { Vec2 } from './vec2';

export { eig2, type Eigen2 } from './linalg/eigen2';

/** Row-major like NumPy: [[a, b], [c, d]]. */
export type Mat2 = readonly [readonly [number, number], readonly [number, number]];

export const identity2: Mat2 = [
  [1, 0],
  [0, 1],
];

/** A v. */
export const apply = ([[a, b], [c, d]]: Mat2, [x, y]: Vec2): Vec2 => [a * x + b * y, c * x + d * y];

/** A B: first B, then A. */
export const mul = ([[a, b], [c, d]]: Mat2, [[e, f], [g, h]]: Mat2): Mat2 => [
  [a * e + b * g, a * f + b * h],
  [c * e + d * g, c * f + d * h],
];

export const transpose2 = ([[a, b], [c, d]]: Mat2): Mat2 => [
  [a, c],
  [b, d],
];

export const trace2 = ([[a], [, d]]: Mat2): number => a + d;

/**
 * ad − bc, the signed area of the image of the unit square. Computed without
 * cancellation (see linalg/two-product.ts), so det2 is 0 exactly when the
 * columns are exactly parallel, and its sign is right even when they nearly are.
 */
export const det2 = ([[a, b], [c, d]]: Mat2): number => diffOfProducts(a, d, b, c);

/** A⁻¹ = [[d, −b], [−c, a]] / det, or null when det is exactly 0 (the plane is squashed). */
export function inv2(m: Mat2): Mat2 | null {
  const det = det2(m);
  if (det === 0 || !Number.isFinite(det)) return null;
  const [[a, b], [c, d]] = m;
  return [
    [d / det, -b / det],
    [-c / det, a / det],
  ];
}

/** (1 − t) I + t A: the straight path from doing nothing (t = 0) to A (t = 1), for animating. */
export const lerpFromIdentity = ([[a, b], [c, d]]: Mat2, t: number): Mat2 => [
  [1 - t + t * a, t * b],
  [t * c, 1 - t + t * d],
];

/**
 * The 2-norm condition number σ1/σ2 (np.linalg.cond), Infinity when singular.
 * For 2×2 the singular values have a closed form: with
 * P = |(a − d, b + c)| and Q = |(a + d, b − c)|, σ1 = (P + Q)/2, and
 * σ2 = |det|/σ1 avoids the cancellation of |Q − P|/2.
 */
export function cond2(m: Mat2): number {
  const [[a, b], [c, d]] = m;
  const s1 = (Math.hypot(a - d, b + c) + Math.hypot(a + d, b - c)) / 2;
  const det = Math.abs(det2(m));
  return det === 0 ? Infinity : (s1 * s1) / det;
}
