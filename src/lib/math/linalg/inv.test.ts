import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShapeError, SingularMatrixError } from '../errors';
import { decode, EPS, maxAbsDiff, relError } from '../fixtures/fixtures';
import raw from '../fixtures/linalg.json';
import { eye } from '../ndarray/create';
import { matmul } from '../ndarray/matmul';
import type { Nested } from '../ndarray/ndarray';
import { ILL_CONDITIONED } from './conditioning';
import { inv, invChecked } from './inv';

interface Square {
  name: string;
  a: Nested;
  rank: number;
  cond: Record<string, number>;
  inv?: Nested;
  numpyInvError: string | null;
}
const fx = decode<{ square: Square[]; errors: Record<string, { message: string }> }>(raw);
const invertible = fx.square.filter((c) => c.inv);
const singular = fx.square.filter((c) => !c.inv);

// linalg.json "square": np.linalg.inv(a) where np.linalg.matrix_rank(a) == n.
describe('inv matches NumPy within 10·cond·eps', () => {
  it.each(invertible.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const r = invChecked(c.a);
    // Both answers are within about cond·eps of the true inverse (relative, normwise).
    expect(relError(r.value, c.inv as Nested)).toBeLessThanOrEqual(10 * c.cond.default * EPS);
    expect(r.cond / c.cond.default).toBeCloseTo(1, 2);
    expect(r.illConditioned).toBe(c.cond.default > ILL_CONDITIONED);
  });

  it('flags cond ≈ 1e13 with a warning the UI can show', () => {
    const c = fx.square.find((s) => s.name === 'cond 1e13 3x3') as Square;
    const r = invChecked(c.a);
    expect(r.illConditioned).toBe(true);
    expect(r.warning).toMatch(/^Nearly singular: condition number 1\.0e\+13 is above 1e12, so about 13 of the 16 significant digits/);
    expect(
      invChecked([
        [2, 1],
        [1, 3],
      ]).warning,
    ).toBeNull();
  });
});

// The same fixture's matrices with rank < n. NumPy raises "Singular matrix"
// only for an exactly zero pivot (numpyInvError); for 1..9 and Hilbert 12 it
// returns meaningless 1e16-sized entries. We throw for all of them.
describe('inv of a singular matrix throws SingularMatrixError with rank and cond', () => {
  it.each(singular.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const n = (c.a as number[][]).length;
    expect(() => inv(c.a)).toThrow(SingularMatrixError);
    expect(() => inv(c.a)).toThrow(new RegExp(`^Singular matrix: this ${n}×${n} matrix has rank ${c.rank} of ${n} \\(condition number`));
    try {
      inv(c.a);
    } catch (e) {
      expect(e).toMatchObject({ rank: c.rank, size: n });
    }
  });

  it('explains the rank in words', () => {
    // ml-matrix's SVD finds σ2 = 0 exactly here (NumPy: 2e-16), hence Infinity.
    expect(() =>
      inv([
        [1, 2],
        [2, 4],
      ]),
    ).toThrow(
      'Singular matrix: this 2×2 matrix has rank 1 of 2 (condition number Infinity); it squashes space onto a line, so it cannot be undone and has no inverse.',
    );
    expect(() =>
      inv([
        [0, 0],
        [0, 0],
      ]),
    ).toThrow('condition number Infinity); it sends every vector to zero');
  });

  it('starts with the same words as NumPy', () => {
    expect(() =>
      inv([
        [1, 2],
        [2, 4],
      ]),
    ).toThrow(fx.errors['inv singular'].message);
    expect(() =>
      inv([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(fx.errors['inv of 2x3'].message);
    expect(() => inv([1, 2, 3])).toThrow(ShapeError);
    expect(() => inv([1, 2, 3])).toThrow(fx.errors['inv of 1-D'].message);
  });
});

describe('A·inv(A) ≈ I for well-conditioned A (property)', () => {
  it('holds within n·cond·eps', () => {
    // Diagonally dominant matrices are safely invertible with cond ≲ 3 n.
    const matrix = fc
      .integer({ min: 1, max: 5 })
      .chain((n) => fc.array(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }));
    fc.assert(
      fc.property(matrix, (m) => {
        const n = m.length;
        const a = m.map((row, i) => row.map((x, j) => (i === j ? x + 2 * n * Math.sign(x || 1) : x)));
        const r = invChecked(a);
        expect(maxAbsDiff(matmul(a, r.value), eye(n))).toBeLessThanOrEqual(10 * n * r.cond * EPS);
      }),
      { numRuns: 200 },
    );
  });
});
