import { describe, expect, it } from 'vitest';
import { runNotebook, type CellResult } from '../../lib/math/notebook';
import { matmulPlan } from './matmul';

function planOf(cells: string[]) {
  const r = runNotebook(cells).at(-1) as CellResult;
  if (!r.ok || r.provenance.op !== 'matmul') throw new Error('not a product');
  return { plan: matmulPlan(r.provenance.left.value, r.provenance.right.value)!, result: r };
}

describe('a matrix product entry by entry', () => {
  it('the lesson: [[1,2],[3,4]] @ [[5],[6]] is 1·5 + 2·6 = 17 and 3·5 + 4·6 = 39', () => {
    const { plan } = planOf(['A = np.array([[1, 2], [3, 4]])', 'x = np.array([[5], [6]])', 'A @ x']);
    expect(plan.shape).toEqual([2, 1]);
    expect(plan.entries.map((e) => [e.i, e.j, e.terms, e.sum])).toEqual([
      [
        0,
        0,
        [
          [1, 5],
          [2, 6],
        ],
        17,
      ],
      [
        1,
        0,
        [
          [3, 5],
          [4, 6],
        ],
        39,
      ],
    ]);
  });

  it('agrees with the notebook’s own result for a 3×3 @ 3×2', () => {
    const { plan, result } = planOf(['A = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])', 'B = np.array([[1, 0], [0, 1], [2, -1]])', 'A @ B']);
    expect(plan.entries).toHaveLength(6);
    if (!result.ok || result.value.kind !== 'array') throw new Error('no array');
    expect(plan.entries.map((e) => e.sum)).toEqual(Array.from(result.value.array.data));
  });

  it('NumPy’s 1-D rules: (2, 2) @ (2,) is (2,), and (3,) @ (3,) one number', () => {
    expect(planOf(['A = np.array([[1, 2], [3, 4]])', 'A @ np.array([5, 6])']).plan.shape).toEqual([2]);
    const dot = planOf(['np.array([1, 2, 3]) @ np.array([4, 5, 6])']).plan;
    expect(dot.shape).toEqual([]);
    expect(dot.entries).toEqual([
      {
        i: 0,
        j: 0,
        terms: [
          [1, 4],
          [2, 5],
          [3, 6],
        ],
        sum: 32,
      },
    ]);
  });

  it('no plan for operands that do not fit', () => {
    const scalar = { kind: 'scalar', value: 2, type: 'int' } as const;
    const r = runNotebook(['np.array([1, 2])']).at(-1)!;
    if (!r.ok) throw new Error('bad');
    expect(matmulPlan(scalar, r.value)).toBeNull();
  });
});
