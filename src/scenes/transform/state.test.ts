import { describe, expect, it } from 'vitest';
import { shownMatrix, targetMatrix } from './state.svelte';
import type { Mat2 } from '../../lib/math/mat2';

const A: Mat2 = [
  [1, 2],
  [3, 4],
];
const B: Mat2 = [
  [0, -1],
  [1, 0],
];

describe('the animated matrix', () => {
  it('runs from I to A', () => {
    expect(shownMatrix('A', A, B, 0)).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(shownMatrix('A', A, B, 1)).toEqual(A);
    expect(shownMatrix('A', A, B, 0.5)).toEqual([
      [1, 1],
      [1.5, 2.5],
    ]);
  });
  it('composes: AB means first B, then A, and differs from BA', () => {
    // np.array([[1,2],[3,4]]) @ np.array([[0,-1],[1,0]]) -> [[2, -1], [4, -3]]
    expect(targetMatrix('AB', A, B)).toEqual([
      [2, -1],
      [4, -3],
    ]);
    // np.array([[0,-1],[1,0]]) @ np.array([[1,2],[3,4]]) -> [[-3, -4], [1, 2]]
    expect(targetMatrix('BA', A, B)).toEqual([
      [-3, -4],
      [1, 2],
    ]);
    expect(shownMatrix('AB', A, B, 0.5)).toEqual(B);
    expect(shownMatrix('BA', A, B, 0.5)).toEqual(A);
  });
  it('undoes A with its inverse', () => {
    expect(shownMatrix('undo', A, B, 0)).toEqual(A);
    expect(shownMatrix('undo', A, B, 1)).toEqual([
      [1, 0],
      [0, 1],
    ]);
    // np.linalg.inv(np.array([[1,2],[3,4]])) -> [[-2, 1], [1.5, -0.5]]
    const inv = targetMatrix('inverse', A, B);
    expect(inv[0][0]).toBeCloseTo(-2, 14);
    expect(inv[1][0]).toBeCloseTo(1.5, 14);
  });
  it('a singular A has no inverse view: the picture stays at A', () => {
    const S: Mat2 = [
      [1, 2],
      [2, 4],
    ];
    expect(targetMatrix('undo', S, B)).toEqual(S);
  });
});
