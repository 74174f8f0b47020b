// The Python export: a script that runs in NumPy and prints what the cells show.
import { describe, expect, it } from 'vitest';
import { toPython } from './index';

describe('toPython', () => {
  it('puts the import first, keeps assignments as typed and prints each result', () => {
    expect(toPython(['import numpy as np', 'A = np.array([[1, 2], [3, 4]])', 'x = np.array([[5], [6]])', 'A @ x', '', '  A.T  # transposed'])).toBe(
      [
        'import numpy as np',
        'A = np.array([[1, 2], [3, 4]])',
        'print(A)',
        'x = np.array([[5], [6]])',
        'print(x)',
        'print(A @ x)',
        'print(A.T)',
        '',
      ].join('\n'),
    );
  });
  it('adds the import when no cell has it', () => {
    expect(toPython(['np.eye(2)'])).toBe('import numpy as np\nprint(np.eye(2))\n');
  });
  it('keeps a cell that fails as a comment with the reason, so the script runs through', () => {
    const py = toPython(['A = np.ones((2, 3))', 'A + np.ones(2)', 'A ^ 2', 'A.sum()']);
    expect(py).toBe(
      [
        'import numpy as np',
        'A = np.ones((2, 3))',
        'print(A)',
        '# cell 2: NumPy raises ValueError: operands could not be broadcast together with shapes (2,3) (2,)',
        '# A + np.ones(2)',
        '# cell 3: not run: ^ is not a power or a transpose in Python',
        '# A ^ 2',
        'print(A.sum())',
        '',
      ].join('\n'),
    );
  });
  it('keeps lines joined inside brackets', () => {
    expect(toPython(['M = np.array([[1, 2],\n              [3, 4]])'])).toBe(
      'import numpy as np\nM = np.array([[1, 2],\n              [3, 4]])\nprint(M)\n',
    );
  });
});
