import { describe, expect, it } from 'vitest';
import { transformLatex, transformNumpy } from './export';

describe('Transform export', () => {
  const m = [
    [1, 2],
    [3, 4],
  ] as const;
  it('writes A, x, Ax, det, the inverse and the eigenvalues as LaTeX', () => {
    // np.linalg.inv([[1, 2], [3, 4]]) -> [[-2, 1], [1.5, -0.5]]; eigvals -> [-0.37228132, 5.37228132]
    expect(transformLatex({ m, x: [5, 6] })).toBe(
      [
        'A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}',
        '\\mathbf{x} = \\begin{bmatrix} 5 \\\\ 6 \\end{bmatrix}',
        'A\\mathbf{x} = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix} \\begin{bmatrix} 5 \\\\ 6 \\end{bmatrix} = \\begin{bmatrix} 17 \\\\ 39 \\end{bmatrix}',
        '\\det A = 1 \\cdot 4 - 2 \\cdot 3 = -2',
        'A^{-1} = \\begin{bmatrix} -2 & 1 \\\\ 1.5 & -0.5 \\end{bmatrix}',
        '\\lambda_1 = 5.3723, \\quad \\lambda_2 = -0.3723',
        '',
      ].join('\n'),
    );
  });
  it('says when there is no inverse, and writes a rotation’s complex pair', () => {
    const singular = transformLatex({
      m: [
        [1, 2],
        [2, 4],
      ],
      x: [1, 0],
    });
    expect(singular).toContain('A^{-1} \\text{ does not exist: } \\det A = 0');
    const rotation = transformLatex({
      m: [
        [0, -1],
        [1, 0],
      ],
      x: [1, 0],
    });
    expect(rotation).toContain('\\lambda = 0 \\pm 1\\,i');
  });
  it('adds B and both products for a composition', () => {
    const text = transformLatex({
      m,
      x: [1, 1],
      b: [
        [0, -1],
        [1, 0],
      ],
    });
    expect(text).toContain('AB = \\begin{bmatrix} 2 & -1 \\\\ 4 & -3 \\end{bmatrix}');
    expect(text).toContain('BA = \\begin{bmatrix} -3 & -4 \\\\ 1 & 2 \\end{bmatrix}');
  });
  it('gives the panel’s NumPy script', () => {
    expect(transformNumpy({ m, x: [5, 6] })).toBe(
      [
        'import numpy as np',
        'A = np.array([[1, 2], [3, 4]])',
        'x = np.array([5, 6])',
        'print(A @ x)',
        'print(np.linalg.det(A))',
        'print(np.linalg.inv(A))',
        'eigenvalues, eigenvectors = np.linalg.eig(A)',
        'print(eigenvalues)',
        'print(eigenvectors)',
        '',
      ].join('\n'),
    );
  });
});
