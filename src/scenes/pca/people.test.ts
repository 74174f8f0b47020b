import { describe, expect, it } from 'vitest';
import { decode, maxAbsDiff } from '../../lib/math/fixtures/fixtures';
import raw from '../../lib/math/fixtures/pca-scene.json';
import { PEOPLE } from './people';
import { KEPT_BY_TWO, PEOPLE_RATIOS, PEOPLE_SCORES } from './three';

const fx = decode<{ people: { points: number[][]; explainedVarianceRatio: number[]; projections: number[][]; keptByTwo: number } }>(raw);

// pca-scene.json (make-fixtures.py pca_scene): the people table and np.cov / np.linalg.eigh of it.
describe('the 3-feature data set', () => {
  it('is the table the fixtures were made from', () => {
    expect(PEOPLE.map((r) => [...r])).toEqual(fx.people.points);
  });
  it('keeps what NumPy says with two components: 97.5 %', () => {
    expect(maxAbsDiff(PEOPLE_RATIOS, fx.people.explainedVarianceRatio)).toBeLessThan(1e-12);
    expect(Math.abs(KEPT_BY_TWO - fx.people.keptByTwo)).toBeLessThan(1e-12);
    expect(Math.round(100 * KEPT_BY_TWO)).toBe(97);
    expect(
      maxAbsDiff(
        PEOPLE_SCORES,
        fx.people.projections.map((r) => r.slice(0, 2)),
      ),
    ).toBeLessThan(1e-9);
  });
});
