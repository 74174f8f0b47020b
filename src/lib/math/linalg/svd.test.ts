import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValueError } from '../errors';
import { decode, EPS, maxAbsDiff } from '../fixtures/fixtures';
import raw from '../fixtures/svd.json';
import { eye } from '../ndarray/create';
import { matmul } from '../ndarray/matmul';
import type { NDArray, Nested } from '../ndarray/ndarray';
import { column } from './matrix';
import { svd } from './svd';

interface Case {
  name: string;
  a: number[][];
  U: number[][];
  S: number[];
  Vt: number[][];
  fullShapes: [number[], number[]];
}
const fx = decode<{ svd: Case[] }>(raw);

const diag = (s: ArrayLike<number>, rows: number, cols: number): number[][] =>
  Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === j ? s[i] : 0)));

/**
 * Perturbation theory for the SVD (Wedin; Golub & Van Loan §8.6): a backward
 * error of size max(m,n)·eps·σ1 moves each σ by about that much and each
 * singular vector by that divided by its gap to the other singular values.
 */
function gap(s: number[], k: number, tall: boolean): number {
  const others = s.filter((_, j) => j !== k).map((x) => Math.abs(x - s[k]));
  // A thin U of a non-square matrix also feels the σ = 0 of the missing columns.
  return Math.min(...others, tall ? s[k] : Infinity);
}

// svd.json: np.linalg.svd(a, full_matrices=False), each pair (u_k, v_k)
// flipped by the sign rule (linalg/signs.ts, sign_fix in make-fixtures.py).
describe('svd matches NumPy', () => {
  it.each(fx.svd.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const [m, n] = [c.a.length, c.a[0].length];
    // The floor is the spacing of subnormal numbers, for the all-subnormal case.
    const base = 10 * Math.max(m, n) * EPS * c.S[0] + 4 * Number.MIN_VALUE;
    const { U, S, Vt } = svd(c.a, { fullMatrices: false });
    expect(maxAbsDiff(S, c.S)).toBeLessThanOrEqual(base);
    // A = U S Vt, whatever the signs.
    expect(maxAbsDiff(matmul(matmul(U, diag(S.data, S.size, S.size)), Vt), c.a)).toBeLessThanOrEqual(base);
    c.S.forEach((sk, k) => {
      const tol = base / gap(c.S, k, m !== n);
      if (!(tol < 0.1) || sk <= base) return; // vectors of (near-)repeated or zero σ are not unique
      expect(
        maxAbsDiff(
          column(U, k),
          c.U.map((row) => row[k]),
        ),
        `u${k}`,
      ).toBeLessThanOrEqual(tol);
      expect(maxAbsDiff(Vt.data.subarray(k * n, (k + 1) * n), c.Vt[k]), `v${k}`).toBeLessThanOrEqual(tol);
    });
  });

  const orthonormal = (Q: NDArray) => maxAbsDiff(matmul(Q.T, Q), eye(Q.shape[1]));

  it.each(fx.svd.map((c) => [c.name, c] as const))('%s: full U and Vt are square and orthonormal, as NumPy', (_, c) => {
    const [m, n] = [c.a.length, c.a[0].length];
    const { U, S, Vt } = svd(c.a);
    expect([U.shape, Vt.shape]).toEqual(c.fullShapes);
    expect(orthonormal(U)).toBeLessThanOrEqual(10 * m * EPS);
    expect(orthonormal(Vt.T)).toBeLessThanOrEqual(10 * n * EPS);
    expect(maxAbsDiff(matmul(matmul(U, diag(S.data, m, n)), Vt), c.a)).toBeLessThanOrEqual(10 * Math.max(m, n) * EPS * c.S[0]);
  });

  it('survives subnormal entries, which hang or break ml-matrix alone (property)', () => {
    const entry = fc.oneof(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -1e-300, max: 1e-300, noNaN: true }));
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
      .chain(([m, n]) => fc.array(fc.array(entry, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }));
    fc.assert(
      fc.property(matrix, (a) => {
        const [m, n] = [a.length, a[0].length];
        const { U, S, Vt } = svd(a);
        const tol = 10 * Math.max(m, n) * EPS * (S.data[0] ?? 0) + 4 * Number.MIN_VALUE;
        expect(maxAbsDiff(matmul(matmul(U, diag(S.data, m, n)), Vt), a)).toBeLessThanOrEqual(tol);
        expect(maxAbsDiff(matmul(U.T, U), eye(m))).toBeLessThanOrEqual(10 * m * EPS);
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty matrices and refuses NaN', () => {
    const { U, S, Vt } = svd([[], []] as Nested);
    expect([U.shape, S.shape, Vt.shape]).toEqual([[2, 2], [0], [0, 0]]);
    expect(() => svd([[1, NaN]])).toThrow(ValueError);
  });
});
