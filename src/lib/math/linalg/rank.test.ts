import { describe, expect, it } from 'vitest';
import { decode } from '../fixtures/fixtures';
import raw from '../fixtures/linalg.json';
import type { Nested } from '../ndarray/ndarray';
import { matrixRank } from './rank';

interface Case {
  name: string;
  a: Nested;
  rank: number;
}
const fx = decode<{ square: Case[]; rectangular: Case[] }>(raw);

// linalg.json: np.linalg.matrix_rank(a) (default tolerance S.max()·max(M, N)·eps).
describe('matrixRank equals NumPy', () => {
  it.each([...fx.square, ...fx.rectangular].map((c) => [c.name, c] as const))('%s', (_, c) => {
    expect(matrixRank(c.a)).toBe(c.rank);
  });

  it('treats vectors as NumPy does and takes a tolerance', () => {
    // np.linalg.matrix_rank(np.zeros(3)) -> 0; np.linalg.matrix_rank([0, 2, 0]) -> 1
    expect(matrixRank([0, 0, 0])).toBe(0);
    expect(matrixRank([0, 2, 0])).toBe(1);
    // np.linalg.matrix_rank(np.diag([1, 1e-3]), tol=1e-2) -> 1
    expect(
      matrixRank(
        [
          [1, 0],
          [0, 1e-3],
        ],
        1e-2,
      ),
    ).toBe(1);
  });
});
