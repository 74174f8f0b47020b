// Two-component vectors as immutable tuples: the hot path of every drag.
// Each function allocates at most one small tuple and never touches the DOM.

export type Vec2 = readonly [x: number, y: number];

export const add = ([ax, ay]: Vec2, [bx, by]: Vec2): Vec2 => [ax + bx, ay + by];
export const sub = ([ax, ay]: Vec2, [bx, by]: Vec2): Vec2 => [ax - bx, ay - by];
export const scale = ([x, y]: Vec2, k: number): Vec2 => [k * x, k * y];
export const dot = ([ax, ay]: Vec2, [bx, by]: Vec2): number => ax * bx + ay * by;
/** Elementwise product, NumPy's `a * b`. */
export const hadamard = ([ax, ay]: Vec2, [bx, by]: Vec2): Vec2 => [ax * bx, ay * by];
/** z-component of the 3-D cross product: the signed area of the parallelogram. */
export const cross = ([ax, ay]: Vec2, [bx, by]: Vec2): number => ax * by - ay * bx;
export const lerp = (a: Vec2, b: Vec2, t: number): Vec2 => [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
export const equals = (a: Vec2, b: Vec2): boolean => a[0] === b[0] && a[1] === b[1];

/** L1 (taxicab) norm: np.linalg.norm(v, 1). */
export const norm1 = ([x, y]: Vec2): number => Math.abs(x) + Math.abs(y);
/** L2 (Euclidean) norm: np.linalg.norm(v). `Math.hypot` avoids overflow for huge components. */
export const norm2 = ([x, y]: Vec2): number => Math.hypot(x, y);
/** L∞ (max) norm: np.linalg.norm(v, np.inf). */
export const normInf = ([x, y]: Vec2): number => Math.max(Math.abs(x), Math.abs(y));

/** Direction of v from the positive x-axis, in radians in (−π, π]. NaN for the zero vector. */
export const heading = ([x, y]: Vec2): number => (x === 0 && y === 0 ? NaN : Math.atan2(y, x));

/**
 * The unsigned angle between a and b in [0, π], NaN if either is zero.
 * acos(a·b / |a||b|) loses half its digits near 0 and π; Kahan's formula
 * 2·atan2(|u − v|, |u + v|) on the unit vectors stays accurate there
 * (W. Kahan, "How Futile are Mindless Assessments of Roundoff", 2006, §12).
 * The unit vectors divide by the norm rather than multiply by 1/norm: for a
 * subnormal vector such as (1e-310, 0) the reciprocal overflows to Infinity.
 */
export function angleBetween(a: Vec2, b: Vec2): number {
  const na = norm2(a);
  const nb = norm2(b);
  if (na === 0 || nb === 0) return NaN;
  const u: Vec2 = [a[0] / na, a[1] / na];
  const v: Vec2 = [b[0] / nb, b[1] / nb];
  return 2 * Math.atan2(norm2(sub(u, v)), norm2(add(u, v)));
}

/**
 * The orthogonal projection of a onto the line of b, (a·b / b·b) b: the
 * formula the Vectors scene shows, computed as written. b·b overflows for
 * |b| ≳ 1e154 and underflows for |b| ≲ 1e-145 long before the answer does;
 * there we use the equal (a·b̂) b̂ with b̂ = b/|b|, which cannot.
 * NaN components when b is zero.
 */
export function project(a: Vec2, b: Vec2): Vec2 {
  const bb = dot(b, b);
  const k = dot(a, b) / bb;
  if (bb > 1e-290 && bb < Infinity && Number.isFinite(k)) return scale(b, k);
  const nb = norm2(b);
  if (nb === 0) return [NaN, NaN];
  const unit: Vec2 = [b[0] / nb, b[1] / nb];
  return scale(unit, dot(a, unit));
}

/** The signed length of a's shadow along b, a·b / |b|. */
export function scalarProjection(a: Vec2, b: Vec2): number {
  const nb = norm2(b);
  return nb === 0 ? NaN : dot(a, b) / nb;
}
