import { describe, expect, it } from 'vitest';
import { runNotebook } from '../math/notebook';
import { latexCell } from './notebook-latex';

const last = (cells: string[]) => latexCell(runNotebook(cells).at(-1)!);

describe('a notebook cell as LaTeX', () => {
  it('writes a product with its operands’ numbers', () => {
    // np.array([[1, 2], [3, 4]]) @ np.array([5, 6]) -> array([17, 39])
    expect(last(['A = np.array([[1, 2], [3, 4]])', 'x = np.array([5, 6])', 'A @ x'])).toBe(
      'A x = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix} \\begin{bmatrix} 5 \\\\ 6 \\end{bmatrix} = \\begin{bmatrix} 17 \\\\ 39 \\end{bmatrix}',
    );
  });
  it('names an assigned result, and writes entry-by-entry products, transposes and inverses', () => {
    expect(last(['a = np.array([3, -2])', 'b = np.array([-2, 5])', 'h = a * b'])).toBe(
      'h = a \\odot b = \\begin{bmatrix} 3 \\\\ -2 \\end{bmatrix} \\odot \\begin{bmatrix} -2 \\\\ 5 \\end{bmatrix} = \\begin{bmatrix} -6 \\\\ -10 \\end{bmatrix}',
    );
    expect(last(['A = np.array([[1, 2], [3, 4]])', 'A.T'])).toBe(
      'A^\\top = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}^\\top = \\begin{bmatrix} 1 & 3 \\\\ 2 & 4 \\end{bmatrix}',
    );
    expect(last(['A = np.array([[1, 2], [3, 4]])', 'np.linalg.inv(A)'])).toBe(
      'A^{-1} = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}^{-1} = \\begin{bmatrix} -2 & 1 \\\\ 1.5 & -0.5 \\end{bmatrix}',
    );
  });
  it('writes a number, and nothing for an error', () => {
    expect(last(['x = 3 * 4'])).toBe('x = 3 \\cdot 4 = 12');
    expect(last(['s = 5'])).toBe('s = 5');
    expect(last(['A @'])).toBeNull();
  });
});
