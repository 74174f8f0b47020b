import { describe, expect, it } from 'vitest';
import { columnPicture, linearField, rowTimesColumn, texApply, texDet, texInverse } from './formulas';

describe('transform formulas', () => {
  it('writes the lesson’s Ax as row·column dot products', () => {
    // np.array([[1,2],[3,4]]) @ np.array([5,6]) -> [17, 39]
    expect(rowTimesColumn([1, 2], [5, 6])).toBe('1·5 + 2·6 = 17');
    expect(rowTimesColumn([3, 4], [5, 6])).toBe('3·5 + 4·6 = 39');
    expect(rowTimesColumn([1, -2], [-5, 6])).toBe('1·(−5) + (−2)·6 = −17');
    const t = texApply(
      [
        [1, 2],
        [3, 4],
      ],
      [5, 6],
    );
    expect(t).toContain('1\\cdot5 + 2\\cdot6\\\\3\\cdot5 + 4\\cdot6');
    expect(t).toContain('\\begin{bmatrix}17\\\\39\\end{bmatrix}');
  });
  it('writes det and the inverse, or why there is none', () => {
    expect(
      texDet(
        [
          [1, 2],
          [3, 4],
        ],
        -2,
      ),
    ).toMatch(/= -2$/);
    expect(
      texInverse(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [-2, 1],
          [1.5, -0.5],
        ],
        -2,
      ),
    ).toContain('\\frac{1}{-2}');
    expect(
      texInverse(
        [
          [1, 2],
          [2, 4],
        ],
        null,
        0,
      ),
    ).toContain('does not exist');
  });
  it('writes the column picture: Ax = x₁·(first column) + x₂·(second column)', () => {
    // 5 * np.array([1, 3]) + 6 * np.array([2, 4]) -> [17, 39], the same as np.array([[1,2],[3,4]]) @ [5, 6]
    expect(
      columnPicture(
        [
          [1, 2],
          [3, 4],
        ],
        [5, 6],
      ),
    ).toBe('5·[1, 3] + 6·[2, 4] = [5, 15] + [12, 24] = [17, 39]');
    // A negative x₂ is bracketed: + (−1)·[2, 4], never + −1·[2, 4].
    expect(
      columnPicture(
        [
          [1, 2],
          [3, 4],
        ],
        [5, -1],
      ),
    ).toBe('5·[1, 3] + (−1)·[2, 4] = [5, 15] + [−2, −4] = [3, 11]');
  });
});

describe('A as a field, for the link to the Field scene', () => {
  it.each([
    [
      [
        [1, 2],
        [3, 4],
      ],
      'x+2*y,3*x+4*y',
    ],
    [
      [
        [0, -1],
        [1, 0],
      ],
      '-y,x',
    ],
    [
      [
        [0, 0],
        [0.5, -1],
      ],
      '0,0.5*x-y',
    ],
  ] as const)('%j is written %s', (m, text) => {
    expect(linearField(m)).toBe(text);
  });
});
