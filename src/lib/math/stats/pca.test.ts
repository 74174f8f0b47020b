import { describe, expect, it } from 'vitest';
import { ValueError } from '../errors';
import { decode, EPS, maxAbsDiff } from '../fixtures/fixtures';
import raw from '../fixtures/pca.json';
import { pca } from './pca';

interface Case {
  name: string;
  points: number[][];
  k: number;
  mean: number[];
  covariance: number[][];
  components: number[][];
  explainedVariance: number[];
  explainedVarianceRatio: number[];
  projections: number[][];
  allVariances: number[];
}
const fx = decode<{ cases: Case[] }>(raw);

// pca.json: x.mean(0), np.cov(x, rowvar=False, ddof=1), np.linalg.eigh(cov)
// taken largest first with the sign rule, var / trace(cov), (x − mean) @ Wᵀ.
//
// Tolerances follow the error of each step: sums of n terms are off by about
// n·eps times the terms' size; a component moves by (covariance error)/gap
// (Davis–Kahan), and a projection by that times the point's distance.
describe('pca matches NumPy', () => {
  it.each(fx.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const n = c.points.length;
    const d = c.points[0].length;
    const r = pca(c.points, c.k);
    const scale = Math.max(...c.points.flat().map(Math.abs));
    const spread = Math.max(...c.points.flat().map((x, i) => Math.abs(x - c.mean[i % d])));
    const covTol = 10 * n * EPS * spread ** 2;
    const lambda1 = c.allVariances[0];
    expect(maxAbsDiff(r.mean, c.mean)).toBeLessThanOrEqual(10 * n * EPS * scale);
    expect(maxAbsDiff(r.covariance, c.covariance)).toBeLessThanOrEqual(covTol);
    const valueTol = d * covTol + 10 * d * EPS * lambda1;
    expect(maxAbsDiff(r.explainedVariance, c.explainedVariance)).toBeLessThanOrEqual(valueTol);
    expect(maxAbsDiff(r.explainedVarianceRatio, c.explainedVarianceRatio)).toBeLessThanOrEqual((2 * valueTol) / lambda1);
    const gap = Math.min(
      ...c.allVariances.slice(0, c.k).map((v, i) => Math.min(...c.allVariances.filter((_, j) => j !== i).map((w) => Math.abs(v - w)))),
    );
    const compTol = valueTol / gap;
    expect(maxAbsDiff(r.components, c.components)).toBeLessThanOrEqual(compTol);
    expect(maxAbsDiff(r.projections, c.projections)).toBeLessThanOrEqual(2 * Math.sqrt(d) * spread * compTol);
    expect(r.projections.shape).toEqual([n, c.k]);
  });

  it('needs two points and a sensible k', () => {
    expect(() => pca([[1, 2]], 1)).toThrow(ValueError);
    expect(() =>
      pca(
        [
          [1, 2],
          [3, 4],
        ],
        3,
      ),
    ).toThrow('pca: k must be a whole number from 1 to 2');
  });

  it('puts all the variance of points on a line in the first component', () => {
    // np.cov([[0,0],[1,1],[2,2]], rowvar=False) -> [[1,1],[1,1]]: eigenvalues 2 and 0.
    const r = pca(
      [
        [0, 0],
        [1, 1],
        [2, 2],
      ],
      2,
    );
    expect(maxAbsDiff(r.explainedVarianceRatio, [1, 0])).toBeLessThan(4 * EPS);
    // Equal magnitudes: the sign rule makes the first entry positive.
    expect(
      maxAbsDiff(r.components.tolist(), [
        [Math.SQRT1_2, Math.SQRT1_2],
        [Math.SQRT1_2, -Math.SQRT1_2],
      ]),
    ).toBeLessThan(4 * EPS);
  });
});
