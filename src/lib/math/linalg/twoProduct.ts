// Error-free transformations: a·b and a + b as an unevaluated sum hi + lo of
// two doubles, exactly. They let 2×2 formulas such as ad − bc and
// ((a − d)/2)² + bc be computed without catastrophic cancellation, which
// decides whether an eigenvalue is repeated, real or complex.
// Dekker's split (1971) stands in for the fused multiply-add JavaScript lacks;
// it is exact unless a factor exceeds about 1e300.

const SPLIT = 134217729; // 2^27 + 1

/** hi + lo = a·b exactly, hi = fl(a·b). */
export function twoProduct(a: number, b: number): [hi: number, lo: number] {
  const hi = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [hi, al * bl - (((hi - ah * bh) - al * bh) - ah * bl)];
}

/** hi + lo = a + b exactly, hi = fl(a + b) (Knuth). */
export function twoSum(a: number, b: number): [hi: number, lo: number] {
  const hi = a + b;
  const bb = hi - a;
  return [hi, (a - (hi - bb)) + (b - bb)];
}

/**
 * a·b − c·d with a relative error of a few eps even when the two products
 * nearly cancel (Kahan's determinant trick). Exactly 0 when the products are equal.
 */
export function diffOfProducts(a: number, b: number, c: number, d: number): number {
  const [p, pe] = twoProduct(a, b);
  const [q, qe] = twoProduct(c, d);
  const r = p - q + (pe - qe);
  // Non-finite products make the error terms NaN; the plain formula is then the IEEE answer.
  return Number.isFinite(r) ? r : a * b - c * d;
}
