// Error-free transformations: the exact rounding error of a·b and of a + b,
// itself a double. With them, 2×2 formulas such as ad − bc and
// ((a − d)/2)² + bc are computed without catastrophic cancellation, which
// decides whether an eigenvalue is repeated, real or complex.
// Each returns only the error term (the caller has the rounded result), so
// nothing is allocated in a drag loop.

const SPLIT = 134217729; // 2^27 + 1

/**
 * a·b − p exactly, where p = fl(a·b). Dekker's product (1971) stands in for
 * the fused multiply-add JavaScript lacks; exact unless a factor exceeds
 * about 1e300 or the product underflows.
 */
export function productError(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return al * bl - (p - ah * bh - al * bh - ah * bl);
}

/** (a + b) − s exactly, where s = fl(a + b) (Knuth's TwoSum). */
export function sumError(a: number, b: number, s: number): number {
  const bb = s - a;
  return a - (s - bb) + (b - bb);
}

/**
 * a·b − c·d with a relative error of a few eps even when the two products
 * nearly cancel (Kahan's determinant trick). Exactly 0 when the products are equal.
 */
export function diffOfProducts(a: number, b: number, c: number, d: number): number {
  const p = a * b;
  const q = c * d;
  const r = p - q + (productError(a, b, p) - productError(c, d, q));
  // Non-finite products make the error terms NaN; the plain formula is then the IEEE answer.
  return Number.isFinite(r) ? r : p - q;
}
