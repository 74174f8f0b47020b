import { describe, expect, it } from 'vitest';
import { decode, EPS, maxAbsDiff } from '../fixtures/fixtures';
import raw from '../fixtures/embeddings.json';
import {
  bestMaskedFit,
  cosineSimilarity,
  fillBlanks,
  gdStep,
  maskedGradient,
  maskedLoss,
  packFactors,
  predictAll,
  svdFactors,
  unpackFactors,
  type Ratings,
} from './factorize';

interface Case {
  name: string;
  ratings: (number | null)[][];
  k: number;
  lr: number;
  params: number[];
  loss: number;
  gradient: number[];
  step: number[];
  filled: number[][];
  svdU: number[][];
  svdV: number[][];
  svdS: number[];
  svdError: number;
  svdMaskedLoss: number;
}
const fx = decode<{ cases: Case[] }>(raw);

// embeddings.json (scripts/make-fixtures.py, embeddings_fixtures): U, V ~ uniform(−1, 1) from
// np.random.default_rng(seed); E = where(rated, U @ V − R, 0); loss = sum(E²); ∇U = 2 E Vᵀ,
// ∇V = 2 Uᵀ E; step = params − lr·∇; the filled ratings' np.linalg.svd, U√S and √S Vt with the
// sign rule on Vt's rows. Sums of 5–20 products of numbers below 5: 100 eps is ample.
describe('factorisation matches NumPy', () => {
  it.each(fx.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const r: Ratings = c.ratings;
    expect(maskedLoss(r, c.params, c.k)).toBeCloseTo(c.loss, 12);
    expect(maxAbsDiff(maskedGradient(r, c.params, c.k), c.gradient)).toBeLessThanOrEqual(200 * EPS);
    expect(maxAbsDiff(gdStep(r, c.params, c.k, c.lr), c.step)).toBeLessThanOrEqual(200 * EPS);
    expect(maxAbsDiff(fillBlanks(r).values, c.filled.flat())).toBeLessThanOrEqual(10 * EPS);
    const svd = svdFactors(r, c.k);
    expect(maxAbsDiff(svd.S, c.svdS)).toBeLessThanOrEqual(1e-12);
    expect(maxAbsDiff(svd.U, c.svdU.flat())).toBeLessThanOrEqual(1e-10);
    expect(maxAbsDiff(svd.V, c.svdV.flat())).toBeLessThanOrEqual(1e-10);
    expect(svd.error).toBeCloseTo(c.svdError, 10);
    expect(maskedLoss(r, packFactors(svd.U, svd.V), c.k)).toBeCloseTo(c.svdMaskedLoss, 9);
  });
});

describe('factorisation', () => {
  const lesson = fx.cases[0].ratings;

  it('says how each blank was filled', () => {
    const f = fillBlanks([
      [4, null],
      [null, null],
    ]);
    expect(Array.from(f.values)).toEqual([4, 4, 4, 4]);
    expect(f.how).toEqual([null, 'row', 'all', 'all']);
    expect(fillBlanks([[null]]).how).toEqual(['zero']);
  });

  it('the gradient is the slope of the loss (central differences)', () => {
    const p = Float64Array.from(fx.cases[0].params);
    const g = maskedGradient(lesson, p, 2);
    for (let i = 0; i < p.length; i++) {
      const h = 1e-6;
      const a = Float64Array.from(p);
      const b = Float64Array.from(p);
      a[i] += h;
      b[i] -= h;
      expect(g[i]).toBeCloseTo((maskedLoss(lesson, a, 2) - maskedLoss(lesson, b, 2)) / (2 * h), 5);
    }
  });

  it('a full matrix: the best masked fit is the SVD (Eckart–Young)', () => {
    const full = fx.cases[1].ratings;
    const svd = svdFactors(full, 2);
    const best = bestMaskedFit(full, 2);
    expect(best.loss).toBeCloseTo(svd.error ** 2, 9);
  });

  it('with blanks, the best masked fit is no worse than the SVD of the filled matrix', () => {
    for (const c of fx.cases) {
      const svd = svdFactors(c.ratings, 2);
      const best = bestMaskedFit(c.ratings, 2);
      expect(best.loss).toBeLessThanOrEqual(maskedLoss(c.ratings, packFactors(svd.U, svd.V), 2) + 1e-12);
      // Its gradient is (nearly) zero: a minimum.
      const g = maskedGradient(c.ratings, best.params, 2);
      expect(Math.max(...Array.from(g, Math.abs))).toBeLessThan(1e-4);
    }
  });

  it('predicts u_i · v_j', () => {
    const p = packFactors([1, 2, 3, 4], [5, 6, 7, 8]);
    // [[1, 2], [3, 4]] @ [[5, 6], [7, 8]] = [[19, 22], [43, 50]]
    expect(Array.from(predictAll(p, 2, 2, 2))).toEqual([19, 22, 43, 50]);
    const { U, V } = unpackFactors(p, 2, 2, 2);
    expect(Array.from(U)).toEqual([1, 2, 3, 4]);
    expect(Array.from(V)).toEqual([5, 6, 7, 8]);
  });

  it('cosine similarity', () => {
    expect(cosineSimilarity([1, 0], [0, 2])).toBe(0);
    expect(cosineSimilarity([1, 1], [2, 2])).toBeCloseTo(1, 15);
    expect(cosineSimilarity([1, 0], [-3, 0])).toBe(-1);
    expect(cosineSimilarity([0, 0], [1, 0])).toBeNaN();
  });

  it('names a wrong shape', () => {
    expect(() => maskedLoss(lesson, [1, 2, 3], 2)).toThrow(/expected 18/);
    expect(() => maskedLoss([[1, 2], [3]], [0, 0, 0, 0, 0, 0, 0, 0], 2)).toThrow(/every row/);
  });
});
