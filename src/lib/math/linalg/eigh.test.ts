import { describe, expect, it } from 'vitest';
import { decode, EPS, maxAbsDiff } from '../fixtures/fixtures';
import raw from '../fixtures/eigen.json';
import { eye } from '../ndarray/create';
import { matmul } from '../ndarray/matmul';
import { column } from './matrix';
import { eigh } from './eigh';

interface Case {
  name: string;
  a: number[][];
  values: number[];
  vectors: number[][];
  normA: number;
}
const fx = decode<{ eigh: Case[] }>(raw);

// eigen.json "eigh": np.linalg.eigh(a) (ascending; reads the lower triangle),
// each eigenvector column with the sign rule. A symmetric eigenproblem is
// perfectly conditioned for values (error ≲ n·eps·‖A‖) and for vectors loses
// ‖A‖/gap (Davis–Kahan).
describe('eigh matches NumPy', () => {
  it.each(fx.eigh.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const n = c.a.length;
    // The floor is the spacing of subnormal numbers, for the all-subnormal case.
    const base = 10 * n * EPS * c.normA + 4 * Number.MIN_VALUE;
    const { values, vectors } = eigh(c.a);
    expect(maxAbsDiff(values, c.values)).toBeLessThanOrEqual(base);
    expect(maxAbsDiff(matmul(vectors.T, vectors), eye(n))).toBeLessThanOrEqual(10 * n * EPS);
    c.values.forEach((lambda, k) => {
      const gap = Math.min(...c.values.filter((_, j) => j !== k).map((x) => Math.abs(x - lambda)));
      const tol = base / gap;
      if (!(tol < 0.1)) return; // a repeated eigenvalue's vectors are any basis of its eigenspace
      expect(
        maxAbsDiff(
          column(vectors, k),
          c.vectors.map((row) => row[k]),
        ),
        `v${k}`,
      ).toBeLessThanOrEqual(tol);
    });
  });
});
