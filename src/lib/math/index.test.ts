import { describe, expect, it } from 'vitest';
import * as np from './index';

// The public surface in NumPy's names, used as a learner would write it.
describe('the math core speaks NumPy', () => {
  it('A @ x, A * B, A.T, np.linalg.inv', () => {
    const A = np.array([
      [2, 1],
      [1, 3],
    ]);
    // A @ [1, 1] -> [3., 4.]; A * A elementwise; A.T; det = 5
    expect(np.matmul(A, [1, 1]).tolist()).toEqual([3, 4]);
    expect(np.multiply(A, A).tolist()).toEqual([
      [4, 1],
      [1, 9],
    ]);
    expect(A.T.tolist()).toEqual([
      [2, 1],
      [1, 3],
    ]);
    expect(np.linalg.det(A)).toBeCloseTo(5, 14);
    expect(np.linalg.solve(A, [3, 4]).tolist()).toEqual([1, 1]);
    expect(np.linalg.invChecked(A).illConditioned).toBe(false);
  });

  it('exports one error family', () => {
    for (const E of [np.ShapeError, np.ValueError, np.IndexError, np.SingularMatrixError])
      expect(Object.getPrototypeOf(E.prototype)).toBe(np.MathError.prototype);
    expect(() =>
      np.add(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [1, 2],
      ),
    ).toThrow(np.MathError);
  });

  it('has pca, lowRank, angle, project, broadcasting helpers', () => {
    const [[c0, c1]] = np
      .pca(
        [
          [0, 0],
          [2, 2],
        ],
        1,
      )
      .components.tolist() as number[][];
    expect([c0, c1].map((c) => Math.abs(c - Math.SQRT1_2) < 2e-16)).toEqual([true, true]);
    expect(
      np.lowRank(
        [
          [3, 0],
          [0, 1],
        ],
        1,
      ).error,
    ).toBe(1);
    expect(np.angle([1, 0], [0, 2])).toBe(Math.PI / 2);
    expect(np.project([2, 3], [1, 0]).tolist()).toEqual([2, 0]);
    expect(np.broadcastShapes([2, 1], [3])).toEqual([2, 3]);
    expect(np.explainBroadcast([2, 1], [3])).toMatch(/result has shape \(2,3\)/);
    expect(np.eye(2).tolist()).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(np.dot([1, 2], [3, 4]).tolist()).toBe(11);
  });
});
