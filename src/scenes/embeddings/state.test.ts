import { describe, expect, it } from 'vitest';
import { gdStep, maskedLoss, packFactors, bestMaskedFit } from '../../lib/math/stats/factorize';
import { initialParams, MAX_STEPS, P, pointOf, train, withMoved } from './state.svelte';
import { PRESETS } from './presets';

const lesson = PRESETS[0].ratings;

describe('training the factors', () => {
  it('takes plain gradient-descent steps from the seeded start', () => {
    const run = train(lesson, 1, 0.02, 3);
    let p = initialParams(1);
    for (let k = 1; k <= 3; k++) {
      p = gdStep(lesson, p, 2, 0.02);
      expect(Array.from(run.params.subarray(k * P, (k + 1) * P))).toEqual(Array.from(p));
      expect(run.loss[k]).toBe(maskedLoss(lesson, p, 2));
    }
  });

  it('the same seed gives the same start; another seed another', () => {
    expect(Array.from(initialParams(7))).toEqual(Array.from(initialParams(7)));
    expect(Array.from(initialParams(7))).not.toEqual(Array.from(initialParams(8)));
  });

  it('every preset: a gentle rate goes down to the best rank-2 fit', () => {
    for (const p of PRESETS) {
      const run = train(p.ratings, 1, 0.01);
      expect(run.divergedAt, p.id).toBeNull();
      expect(run.count).toBe(MAX_STEPS + 1);
      expect(run.loss[MAX_STEPS]).toBeLessThan(run.loss[0] / 10);
      expect(run.loss[MAX_STEPS]).toBeGreaterThanOrEqual(bestMaskedFit(p.ratings, 2).loss - 1e-9);
    }
  });

  it('a rate far too large diverges, and says at which step', () => {
    const run = train(lesson, 1, 0.5);
    expect(run.divergedAt).not.toBeNull();
    expect(run.count).toBe(run.divergedAt);
    expect(Number.isNaN(run.loss[run.count])).toBe(true);
  });

  it('a dragged point replaces its row of U or its column of V', () => {
    const base = packFactors([1, 2, 3, 4, 5, 6, 7, 8], [10, 11, 12, 13, 14, 20, 21, 22, 23, 24]);
    expect(pointOf(base, { kind: 'user', index: 2 })).toEqual([5, 6]);
    expect(pointOf(base, { kind: 'movie', index: 3 })).toEqual([13, 23]);
    const moved = withMoved(base, [
      { kind: 'user', index: 0, at: [-1, -2] },
      { kind: 'movie', index: 4, at: [0, 9] },
    ]);
    expect(pointOf(moved, { kind: 'user', index: 0 })).toEqual([-1, -2]);
    expect(pointOf(moved, { kind: 'movie', index: 4 })).toEqual([0, 9]);
    expect(pointOf(moved, { kind: 'movie', index: 3 })).toEqual([13, 23]);
    expect(Array.from(base.subarray(0, 2))).toEqual([1, 2]);
  });
});
