import { describe, expect, it } from 'vitest';
import { vectorsLatex, vectorsNumpy } from './export';

describe('Vectors export', () => {
  it('writes the lesson’s vectors and what is drawn as LaTeX', () => {
    // a = [3, -2], b = [-2, 5]: a + b = [1, 3], a · b = -16, |a| = sqrt(13) = 3.6056, |b| = sqrt(29) = 5.3852
    expect(vectorsLatex({ a: [3, -2], b: [-2, 5], k: 2, show: ['sum', 'scale'] })).toBe(
      [
        '\\mathbf{a} = \\begin{bmatrix} 3 \\\\ -2 \\end{bmatrix}, \\quad \\mathbf{b} = \\begin{bmatrix} -2 \\\\ 5 \\end{bmatrix}',
        '\\mathbf{a} + \\mathbf{b} = \\begin{bmatrix} 1 \\\\ 3 \\end{bmatrix}',
        '2\\,\\mathbf{a} = \\begin{bmatrix} 6 \\\\ -4 \\end{bmatrix}',
        '\\mathbf{a} \\cdot \\mathbf{b} = 3 \\cdot (-2) + (-2) \\cdot 5 = -16',
        '\\lVert \\mathbf{a} \\rVert = \\sqrt{3^2 + (-2)^2} = 3.6056',
        '\\lVert \\mathbf{b} \\rVert = \\sqrt{(-2)^2 + 5^2} = 5.3852',
        '',
      ].join('\n'),
    );
  });
  it('adds the difference and the Hadamard product when they are drawn', () => {
    const text = vectorsLatex({ a: [3, -2], b: [-2, 5], k: 2, show: ['diff', 'hadamard'] });
    expect(text).toContain('\\mathbf{a} - \\mathbf{b} = \\begin{bmatrix} 5 \\\\ -7 \\end{bmatrix}');
    expect(text).toContain('\\mathbf{a} \\odot \\mathbf{b} = \\begin{bmatrix} -6 \\\\ -10 \\end{bmatrix}');
    expect(text).not.toContain('\\mathbf{a} + \\mathbf{b}');
  });
  it('gives the panel’s NumPy script, printing its outputs', () => {
    const code = vectorsNumpy({ a: [3, -2], b: [-2, 5], k: 2, show: [] });
    expect(code.split('\n').slice(0, 5)).toEqual([
      'import numpy as np',
      'a = np.array([3, -2])',
      'b = np.array([-2, 5])',
      'print(a + b)',
      'print(a - b)',
    ]);
    expect(code).toContain('print(np.dot(a, b))');
  });
});
