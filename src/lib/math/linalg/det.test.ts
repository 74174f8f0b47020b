import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShapeError } from '../errors';
import { decode, EPS } from '../fixtures/fixtures';
import raw from '../fixtures/linalg.json';
import { matmul } from '../ndarray/matmul';
import type { Nested } from '../ndarray/ndarray';
import { det } from './det';

interface Square {
  name: string;
  a: Nested;
  det: number;
  rank: number;
  singularValues: number[];
  cond: Record<string, number>;
}
const fx = decode<{ square: Square[]; errors: Record<string, { message: string }> }>(raw);

/**
 * LU is backward stable: we get det(A + E) with ‖E‖ ≲ n·eps·‖A‖. For full
 * rank that moves det by a relative n·cond·eps at most; for a singular A by
 * about σ1^(n−1)·‖E‖ in absolute terms. Ten times either, and NumPy's own
 * rounding fits inside the same bound.
 */
function detTolerance(c: Square): number {
  const n = c.singularValues.length;
  const s1 = c.singularValues[0];
  const cond = c.cond.default;
  return c.rank === n && Number.isFinite(cond) ? 10 * n * cond * EPS * Math.abs(c.det) : 10 * n * EPS * s1 ** n;
}

// linalg.json "square": np.linalg.det(a) on well-, ill- and exactly singular
// matrices: Hilbert 4/6/8/12, cond 1e13, 1e-20 pivots, permutations, zeros.
describe('det matches NumPy within its condition-number bound', () => {
  it.each(fx.square.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expect(Math.abs(det(c.a) - c.det)).toBeLessThanOrEqual(detTolerance(c));
  });

  it('gets the sign of a permutation exactly', () => {
    // np.linalg.det([[0,1],[1,0]]) -> -1.0; the 3-cycle -> 1.0
    expect(
      det([
        [0, 1],
        [1, 0],
      ]),
    ).toBe(-1);
    expect(
      det([
        [0, 0, 1],
        [1, 0, 0],
        [0, 1, 0],
      ]),
    ).toBe(1);
    expect(
      det([
        [1e-20, 1],
        [1, 1],
      ]),
    ).toBe(-1);
  });

  it('rejects a non-square matrix in NumPy words', () => {
    expect(() =>
      det([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(ShapeError);
    expect(() =>
      det([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(fx.errors['det of 2x3'].message);
  });

  it('gives det(AB) = det(A)·det(B) (property)', () => {
    // Hundredths in [−4, 4]: random doubles would wander into the subnormal
    // range, where no relative error bound holds.
    const entry = fc.integer({ min: -400, max: 400 }).map((k) => k / 100);
    const matrix = (n: number) => fc.array(fc.array(entry, { minLength: n, maxLength: n }), { minLength: n, maxLength: n });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(matrix(n), matrix(n))),
        ([a, b]) => {
          const n = a.length;
          // Rounding AB perturbs it by E with ‖E‖ ≤ n·eps·‖A‖‖B‖, which moves
          // its det by up to about n·‖E‖·‖AB‖^(n−1); LU adds the same order.
          const fro = (m: number[][]) => Math.hypot(...m.flat());
          const ab = matmul(a, b).tolist() as number[][];
          const tol = 20 * n * n * EPS * (fro(a) * fro(b)) ** n;
          expect(Math.abs(det(ab) - det(a) * det(b))).toBeLessThanOrEqual(tol);
        },
      ),
      { numRuns: 200 },
    );
  });
});
