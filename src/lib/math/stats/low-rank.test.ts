import { describe, expect, it } from 'vitest';
import { ValueError } from '../errors';
import { decode, EPS, maxAbsDiff } from '../fixtures/fixtures';
import raw from '../fixtures/svd.json';
import { lowRank } from './low-rank';

interface Low {
  k: number;
  approximation: number[][];
  errorDifference: number;
  errorTail: number;
}
interface Svd {
  name: string;
  S: number[];
}
const fx = decode<{ ratings: number[][]; lowRank: Low[]; svd: Svd[] }>(raw);
const S = (fx.svd.find((c) => c.name === 'ratings 4x5') as Svd).S;

// svd.json "lowRank": U[:, :k] @ diag(S[:k]) @ Vt[:k] of the 4 users × 5
// movies ratings, with np.linalg.norm(R − R_k, 'fro') and √(Σ S[k:]²).
// A_k moves by about eps·σ1 times σ1/(σk − σk+1), the gap that separates the
// kept subspace from the rest (Wedin).
describe('lowRank of the ratings matrix matches NumPy', () => {
  it.each(fx.lowRank.map((c) => [`k = ${c.k}`, c] as const))('%s', (_, c) => {
    const r = lowRank(fx.ratings, c.k);
    const base = 10 * 5 * EPS * S[0];
    const gap = c.k === 0 || c.k === S.length ? S[0] : S[c.k - 1] - S[c.k];
    expect(maxAbsDiff(r.approximation, c.approximation)).toBeLessThanOrEqual((base * S[0]) / gap);
    expect(Math.abs(r.error - c.errorTail)).toBeLessThanOrEqual(base);
    expect(Math.abs(r.error - c.errorDifference)).toBeLessThanOrEqual(base);
    expect([r.U.shape, r.S.shape, r.Vt.shape]).toEqual([[4, c.k], [c.k], [c.k, 5]]);
  });

  it('rank 2 recovers the two tastes', () => {
    // S ≈ [13.5, 6.5, 2.2, 0] (Ann + Cat = Ben + Dan, so rank 3): the first two
    // hold (13.5² + 6.5²)/ΣS² ≈ 98% of ‖R‖²_F, and the rest is 2.2/15.2 ≈ 14%.
    const r = lowRank(fx.ratings, 2);
    expect(r.relativeError).toBeLessThan(0.15);
    expect(() => lowRank(fx.ratings, 5)).toThrow(ValueError);
  });
});
