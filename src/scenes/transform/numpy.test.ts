import { describe, expect, it } from 'vitest';
import type { Mat2 } from '../../lib/math/mat2';
import { transformSession } from './numpy';

const out = (m: Mat2, x: readonly [number, number], code: string) => {
  const steps = transformSession({ m, x, ax: [m[0][0] * x[0] + m[0][1] * x[1], m[1][0] * x[0] + m[1][1] * x[1]] });
  return steps.find((s) => s.code === code)?.out;
};

// For each matrix A, Debian's python3-numpy 1.24.2 on reference LAPACK 3.11:
//   /usr/bin/python3 -c 'import numpy as np; w, v = np.linalg.eig(np.array(A, dtype=float)); print(repr(w)); print(repr(v))'
// Our eigenpairs, put in NumPy's order with NumPy's signs and phases, print the same.
const EIG: [number[][], string, string][] = [
  [
    [
      [1, 2],
      [3, 4],
    ],
    'array([-0.37228132,  5.37228132])',
    'array([[-0.82456484, -0.41597356],\n       [ 0.56576746, -0.90937671]])',
  ],
  [
    [
      [2, 1],
      [1, 2],
    ],
    'array([3., 1.])',
    'array([[ 0.70710678, -0.70710678],\n       [ 0.70710678,  0.70710678]])',
  ],
  [
    [
      [0, -1],
      [1, 0],
    ],
    'array([0.+1.j, 0.-1.j])',
    'array([[0.70710678+0.j        , 0.70710678-0.j        ],\n       [0.        -0.70710678j, 0.        +0.70710678j]])',
  ],
  [
    [
      [1, -2],
      [1, 1],
    ],
    'array([1.+1.41421356j, 1.-1.41421356j])',
    'array([[0.81649658+0.j        , 0.81649658-0.j        ],\n       [0.        -0.57735027j, 0.        +0.57735027j]])',
  ],
  [
    [
      [0, -4],
      [1, 0],
    ],
    'array([0.+2.j, 0.-2.j])',
    'array([[0.89442719+0.j       , 0.89442719-0.j       ],\n       [0.        -0.4472136j, 0.        +0.4472136j]])',
  ],
  [
    [
      [0.866, -0.5],
      [0.5, 0.866],
    ],
    'array([0.866+0.5j, 0.866-0.5j])',
    'array([[0.        +0.70710678j, 0.        -0.70710678j],\n       [0.70710678+0.j        , 0.70710678-0.j        ]])',
  ],
  [
    [
      [1, 0],
      [1, 2],
    ],
    'array([2., 1.])',
    'array([[ 0.        ,  0.70710678],\n       [ 1.        , -0.70710678]])',
  ],
  [
    [
      [2, 0],
      [1, 1],
    ],
    'array([1., 2.])',
    'array([[0.        , 0.70710678],\n       [1.        , 0.70710678]])',
  ],
  [
    [
      [3, 1],
      [0, 2],
    ],
    'array([3., 2.])',
    'array([[ 1.        , -0.70710678],\n       [ 0.        ,  0.70710678]])',
  ],
  [
    [
      [2, 3],
      [-1, -4],
    ],
    'array([ 1.44948974, -3.44948974])',
    'array([[ 0.98357687, -0.4822619 ],\n       [-0.18048972,  0.87602709]])',
  ],
  [
    [
      [-3, -1],
      [4, -2],
    ],
    'array([-2.5+1.93649167j, -2.5-1.93649167j])',
    'array([[ 0.1118034 -0.4330127j,  0.1118034 +0.4330127j],\n       [-0.89442719+0.j       , -0.89442719-0.j       ]])',
  ],
  [
    [
      [1, 2],
      [2, 4],
    ],
    'array([0., 5.])',
    'array([[-0.89442719, -0.4472136 ],\n       [ 0.4472136 , -0.89442719]])',
  ],
  [
    [
      [5, 1],
      [-2, 3],
    ],
    'array([4.+1.j, 4.-1.j])',
    'array([[-0.40824829-0.40824829j, -0.40824829+0.40824829j],\n       [ 0.81649658+0.j        ,  0.81649658-0.j        ]])',
  ],
  [
    [
      [0.5, -3],
      [2, 0.5],
    ],
    'array([0.5+2.44948974j, 0.5-2.44948974j])',
    'array([[0.77459667+0.j        , 0.77459667-0.j        ],\n       [0.        -0.63245553j, 0.        +0.63245553j]])',
  ],
  [
    [
      [1, 0],
      [0, 1],
    ],
    'array([1., 1.])',
    'array([[1., 0.],\n       [0., 1.]])',
  ],
  [
    [
      [-1, 0.5],
      [3, 2],
    ],
    'array([-1.43649167,  2.43649167])',
    'array([[-0.75332908, -0.1439812 ],\n       [ 0.65764374, -0.98958042]])',
  ],
  [
    [
      [0.1, 100],
      [-0.01, 0.2],
    ],
    'array([0.15+0.99874922j, 0.15-0.99874922j])',
    'array([[9.99950004e-01+0.j        , 9.99950004e-01-0.j        ],\n       [4.99975002e-04+0.00998699j, 4.99975002e-04-0.00998699j]])',
  ],
  [
    [
      [4, -2],
      [1, 1],
    ],
    'array([3., 2.])',
    'array([[0.89442719, 0.70710678],\n       [0.4472136 , 0.70710678]])',
  ],
  [
    [
      [-2, -1],
      [1, -2],
    ],
    'array([-2.+1.j, -2.-1.j])',
    'array([[0.70710678+0.j        , 0.70710678-0.j        ],\n       [0.        -0.70710678j, 0.        +0.70710678j]])',
  ],
];

describe('np.linalg.eig as NumPy returns it', () => {
  it.each(EIG)('%j', (m, values, vectors) => {
    expect(out(m as unknown as Mat2, [1, 1], 'eigenvalues')).toBe(values);
    expect(out(m as unknown as Mat2, [1, 1], 'eigenvectors')).toBe(vectors);
  });
});

describe('the lesson’s example', () => {
  const m: Mat2 = [
    [1, 2],
    [3, 4],
  ];
  it('prints A @ x, det and inv as NumPy does', () => {
    // np.array([[1, 2], [3, 4]]) @ np.array([5, 6]) -> array([17, 39])
    expect(out(m, [5, 6], 'A @ x')).toBe('array([17, 39])');
    // np.linalg.det(A) -> -2.0000000000000004 (NumPy 2: np.float64(-2.0000000000000004)). The numbers are
    // the math core's, and its linalg.det (ml-matrix's LU) lands on -2 exactly here: the last bit differs.
    expect(out(m, [5, 6], 'np.linalg.det(A)')).toBe('np.float64(-2.0)');
    // np.linalg.inv(A)
    expect(out(m, [5, 6], 'np.linalg.inv(A)')).toBe('array([[-2. ,  1. ],\n       [ 1.5, -0.5]])');
    // float entries make float arrays: np.array([[0.5, 0], [0, 2]]) @ np.array([1, 1]) -> array([0.5, 2. ])
    expect(
      out(
        [
          [0.5, 0],
          [0, 2],
        ],
        [1, 1],
        'A @ x',
      ),
    ).toBe('array([0.5, 2. ])');
  });

  it('says what NumPy raises for a singular matrix', () => {
    // np.linalg.inv(np.array([[1, 2], [2, 4]])) -> numpy.linalg.LinAlgError: Singular matrix
    expect(
      out(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 1],
        'np.linalg.inv(A)',
      ),
    ).toMatch(/numpy\.linalg\.LinAlgError: Singular matrix$/);
  });

  it('adds B, A @ B and B @ A when a composition is shown', () => {
    const steps = transformSession({
      m,
      x: [5, 6],
      ax: [17, 39],
      product: {
        b: [
          [0, -1],
          [1, 0],
        ],
        ab: [
          [2, -1],
          [4, -3],
        ],
        ba: [
          [-3, -4],
          [1, 2],
        ],
      },
    });
    expect(steps.map((s) => s.code)).toContain('B @ A');
    // np.array([[1, 2], [3, 4]]) @ np.array([[0, -1], [1, 0]]) -> array([[ 2, -1],\n       [ 4, -3]])
    expect(steps.find((s) => s.code === 'A @ B')?.out).toBe('array([[ 2, -1],\n       [ 4, -3]])');
  });
});
