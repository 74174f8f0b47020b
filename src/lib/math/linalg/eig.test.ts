import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValueError } from '../errors';
import { decode, EPS } from '../fixtures/fixtures';
import raw from '../fixtures/eigen.json';
import { eig, type Complex } from './eig';

interface Case {
  name: string;
  a: number[][];
  values: Complex[];
  vectors: Complex[][];
  kappa: number[];
  normA: number;
  defective: boolean;
}
const fx = decode<{ eig: Case[] }>(raw);

const abs = (z: Complex) => Math.hypot(z.re, z.im);
const sub = (z: Complex, w: Complex): Complex => ({ re: z.re - w.re, im: z.im - w.im });
const mul = (z: Complex, w: Complex): Complex => ({ re: z.re * w.re - z.im * w.im, im: z.re * w.im + z.im * w.re });

/** ‖A v − λ v‖ for a complex eigenpair of a real matrix. */
function residual(a: number[][], lambda: Complex, v: readonly Complex[]): number {
  const r = a.map((row, i) => {
    const av = row.reduce((s, x, j) => ({ re: s.re + x * v[j].re, im: s.im + x * v[j].im }), { re: 0, im: 0 });
    return abs(sub(av, mul(lambda, v[i])));
  });
  return Math.hypot(...r);
}

// eigen.json "eig": np.linalg.eig(a), sorted by real then imaginary part
// (descending), unit eigenvectors with the phase rule. kappa[i] is the
// eigenvalue's condition number (length of row i of V⁻¹), so the eigenvalue
// error is bounded by n·eps·‖A‖·kappa; a defective matrix (shear) has
// kappa = ∞ and its double eigenvalue is only accurate to √(eps)·‖A‖.
describe('eig matches NumPy', () => {
  it.each(fx.eig.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const n = c.a.length;
    const { values, vectors, real } = eig(c.a);
    expect(real).toBe(c.values.every((z) => z.im === 0));
    values.forEach((z, i) => {
      const tol = c.defective ? 10 * Math.sqrt(n * EPS) * c.normA : 10 * n * EPS * c.normA * c.kappa[i] + 4 * Number.MIN_VALUE;
      expect(abs(sub(z, c.values[i])), `λ${i}`).toBeLessThanOrEqual(tol);
      // Backward stability: every computed pair nearly satisfies A v = λ v.
      expect(residual(c.a, z, vectors[i]), `residual ${i}`).toBeLessThanOrEqual(10 * n * EPS * c.normA);
      const gap = Math.min(...c.values.filter((_, j) => j !== i).map((w) => abs(sub(w, c.values[i]))));
      const vtol = (10 * n * EPS * c.normA * c.kappa[i]) / gap;
      if (c.defective || !(vtol < 0.1)) return; // no unique eigenvector to compare
      vectors[i].forEach((x, j) => expect(abs(sub(x, c.vectors[i][j])), `v${i}[${j}]`).toBeLessThanOrEqual(vtol));
    });
  });

  it('gives a 2×2 rotation as a complex pair {re, im}', () => {
    // np.linalg.eigvals([[0, -1], [1, 0]]) -> [0.+1.j, 0.-1.j]
    expect(
      eig([
        [0, -1],
        [1, 0],
      ]).values,
    ).toEqual([
      { re: 0, im: 1 },
      { re: 0, im: -1 },
    ]);
  });

  it('refuses NaN as NumPy does', () => {
    expect(() =>
      eig([
        [1, NaN],
        [0, 1],
      ]),
    ).toThrow(ValueError);
    expect(() =>
      eig([
        [1, NaN],
        [0, 1],
      ]),
    ).toThrow('Array must not contain infs or NaNs');
  });

  it('finds pairs with A v = λ v for random matrices (property)', () => {
    const entry = fc.integer({ min: -500, max: 500 }).map((k) => k / 100);
    const matrix = fc
      .integer({ min: 1, max: 4 })
      .chain((n) => fc.array(fc.array(entry, { minLength: n, maxLength: n }), { minLength: n, maxLength: n }));
    fc.assert(
      fc.property(matrix, (a) => {
        const n = a.length;
        const normA = Math.hypot(...a.flat()); // ‖A‖_F ≥ ‖A‖_2
        const { values, vectors } = eig(a);
        values.forEach((z, i) => {
          // Backward error, not forward: it stays small even for defective or clustered
          // eigenvalues, where λ and v themselves are ill-conditioned.
          expect(residual(a, z, vectors[i])).toBeLessThanOrEqual(10 * n * EPS * normA + 1e-300);
        });
      }),
      { numRuns: 300 },
    );
  });
});
