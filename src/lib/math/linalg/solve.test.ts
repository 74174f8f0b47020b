import { describe, expect, it } from 'vitest';
import { ShapeError, SingularMatrixError } from '../errors';
import { decode, EPS, relError } from '../fixtures/fixtures';
import raw from '../fixtures/linalg.json';
import type { Nested } from '../ndarray/ndarray';
import { ILL_CONDITIONED } from './conditioning';
import { solve, solveChecked } from './solve';

interface Square {
  name: string;
  a: Nested;
  b: number[];
  B: Nested;
  rank: number;
  cond: Record<string, number>;
  solve?: number[];
  solveMatrix?: Nested;
}
const fx = decode<{ square: Square[]; errors: Record<string, { message: string }> }>(raw);

// linalg.json "square": np.linalg.solve(a, b) and np.linalg.solve(a, B) with
// b, B from rng(6), for every matrix of full numerical rank.
describe('solve matches NumPy within 10·cond·eps', () => {
  it.each(fx.square.filter((c) => c.solve).map((c) => [c.name, c] as const))('%s', (_, c) => {
    const tol = 10 * c.cond.default * EPS;
    const x = solveChecked(c.a, c.b);
    expect(x.value.shape).toEqual([c.b.length]);
    expect(relError(x.value, c.solve as number[])).toBeLessThanOrEqual(tol);
    expect(x.illConditioned).toBe(c.cond.default > ILL_CONDITIONED);
    const X = solve(c.a, c.B);
    expect(X.shape).toEqual([c.b.length, 2]);
    expect(relError(X, c.solveMatrix as Nested)).toBeLessThanOrEqual(tol);
  });

  it('pivots past a 1e-20 pivot', () => {
    // np.linalg.solve([[1e-20, 1], [1, 1]], [1, 2]) -> [1., 1.]; without
    // pivoting, 1 - 1e20 swamps the second row and x comes out [0, 1].
    expect(
      solve(
        [
          [1e-20, 1],
          [1, 1],
        ],
        [1, 2],
      ).tolist(),
    ).toEqual([1, 1]);
  });
});

describe('solve errors', () => {
  it.each(fx.square.filter((c) => !c.solve).map((c) => [c.name, c] as const))('%s is singular', (_, c) => {
    expect(() => solve(c.a, c.b)).toThrow(SingularMatrixError);
    expect(() => solve(c.a, c.b)).toThrow(/so A x = b has no solution or infinitely many/);
  });

  it('names the mismatched rows in NumPy words', () => {
    expect(() =>
      solve(
        [
          [1, 0],
          [0, 1],
        ],
        [1, 2, 3],
      ),
    ).toThrow(ShapeError);
    expect(() =>
      solve(
        [
          [1, 0],
          [0, 1],
        ],
        [1, 2, 3],
      ),
    ).toThrow(fx.errors['solve vector mismatch'].message);
    expect(() =>
      solve(
        [
          [1, 0],
          [0, 1],
        ],
        [
          [1, 1],
          [2, 2],
          [3, 3],
        ],
      ),
    ).toThrow(fx.errors['solve matrix mismatch'].message);
  });
});
