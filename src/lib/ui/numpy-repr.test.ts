import { describe, expect, it } from 'vitest';
import { array1, array2, arrayLiteral, arrayRepr, complexArray1, complexArray2, pyFloat, pyNumber, scalarRepr } from './numpy-repr';

// Expected strings are Debian's python3-numpy 1.24.2 (reference LAPACK 3.11), printed with
//   /usr/bin/python3 -c 'import numpy as np; print(repr(np.array(...)))'
// NumPy 2.x prints arrays the same way; only scalar reprs changed (see scalarRepr).

describe('int64 arrays', () => {
  it.each([
    // np.array([1, 3]) -> array([1, 3])
    [[1, 3], 'array([1, 3])'],
    // np.array([-1, 3]) -> array([-1,  3])
    [[-1, 3], 'array([-1,  3])'],
    // np.array([6, -4]) -> array([ 6, -4])
    [[6, -4], 'array([ 6, -4])'],
    // np.array([17, 39]) -> array([17, 39])
    [[17, 39], 'array([17, 39])'],
  ])('%j', (v, repr) => expect(arrayRepr(array1(v))).toBe(repr));

  it('pads 2-D arrays to one width and indents the second row under the first', () => {
    // np.array([[1, 2], [3, 4]]) -> 'array([[1, 2],\n       [3, 4]])'
    expect(
      arrayRepr(
        array2([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toBe('array([[1, 2],\n       [3, 4]])');
    // np.array([[-10, 2], [3, 100]])
    expect(
      arrayRepr(
        array2([
          [-10, 2],
          [3, 100],
        ]),
      ),
    ).toBe('array([[-10,   2],\n       [  3, 100]])');
  });
});

describe('float64 arrays', () => {
  it.each([
    // np.array([1.5, -2])
    [[1.5, -2], 'array([ 1.5, -2. ])'],
    // np.array([0.1 + 0.2, 1.])
    [[0.1 + 0.2, 1], 'array([0.3, 1. ])'],
    // np.array([1/3, 2/3])
    [[1 / 3, 2 / 3], 'array([0.33333333, 0.66666667])'],
    // np.array([3., 1.])
    [[3, 1], 'array([3., 1.])'],
    // np.array([1e8, 1.])
    [[1e8, 1], 'array([1.e+08, 1.e+00])'],
    // np.array([0.001953125, 1.]): an exact tie at the 8th decimal, rounded half to even
    [[0.001953125, 1], 'array([0.00195312, 1.        ])'],
    // np.array([np.nan, 1.]), np.array([np.inf, -2.5]), np.array([-np.inf, 1.])
    [[NaN, 1], 'array([nan,  1.])'],
    [[Infinity, -2.5], 'array([ inf, -2.5])'],
    [[-Infinity, 1], 'array([-inf,   1.])'],
    // np.array([0., 0.]), np.array([-0., 1.])
    [[0, 0], 'array([0., 0.])'],
    [[-0, 1], 'array([-0.,  1.])'],
    // np.array([12345678.9, 1.]): the ratio over 1000 switches to scientific
    [[12345678.9, 1], 'array([1.23456789e+07, 1.00000000e+00])'],
    // np.array([1e-5, 1e-3]), np.array([1234.5, 0.5])
    [[1e-5, 1e-3], 'array([1.e-05, 1.e-03])'],
    [[1234.5, 0.5], 'array([1.2345e+03, 5.0000e-01])'],
    // np.array([-0.37228132326901431, 5.3722813232690143]): eigvals of [[1, 2], [3, 4]]
    [[-0.3722813232690143, 5.372281323269014], 'array([-0.37228132,  5.37228132])'],
    // np.array([2.5e-20, -1e300]): three-digit exponents widen every exponent
    [[2.5e-20, -1e300], 'array([ 2.5e-020, -1.0e+300])'],
    // np.array([123456789.0, 0.5])
    [[123456789, 0.5], 'array([1.23456789e+08, 5.00000000e-01])'],
    // np.array([0.999999999, 1.]), np.array([9.9999999999, -1.]): rounding carries into the integer part
    [[0.999999999, 1], 'array([1., 1.])'],
    [[9.9999999999, -1], 'array([10., -1.])'],
  ])('%j', (v, repr) => expect(arrayRepr(array1(v, 'float64'))).toBe(repr));

  it('2-D', () => {
    // np.array([[-2., 1.], [1.5, -0.5]]): np.linalg.inv([[1, 2], [3, 4]])
    expect(
      arrayRepr(
        array2([
          [-2, 1],
          [1.5, -0.5],
        ]),
      ),
    ).toBe('array([[-2. ,  1. ],\n       [ 1.5, -0.5]])');
    // np.array([[1., -1.], [0., 2.220446049250313e-16]]): np.linalg.eig([[1, 1], [0, 1]])[1]
    expect(
      arrayRepr(
        array2(
          [
            [1, -1],
            [0, 2.220446049250313e-16],
          ],
          'float64',
        ),
      ),
    ).toBe('array([[ 1.00000000e+00, -1.00000000e+00],\n       [ 0.00000000e+00,  2.22044605e-16]])');
  });
});

describe('complex128 arrays', () => {
  const z = (re: number, im: number) => ({ re, im });
  const r = Math.SQRT1_2;
  it('1-D', () => {
    // np.array([0+1j, 0-1j]) -> array([0.+1.j, 0.-1.j])
    expect(arrayRepr(complexArray1([z(0, 1), z(0, -1)]))).toBe('array([0.+1.j, 0.-1.j])');
    // np.array([1+1.4142135623730951j, 1-1.4142135623730951j])
    expect(arrayRepr(complexArray1([z(1, Math.SQRT2), z(1, -Math.SQRT2)]))).toBe('array([1.+1.41421356j, 1.-1.41421356j])');
    // np.array([-5.551115123125783e-17+3j, -5.551115123125783e-17-3j])
    expect(arrayRepr(complexArray1([z(-5.551115123125783e-17, 3), z(-5.551115123125783e-17, -3)]))).toBe(
      'array([-5.55111512e-17+3.j, -5.55111512e-17-3.j])',
    );
  });
  it('2-D: real and imaginary parts padded apart, the j before the padding', () => {
    // np.array([[0.7071067811865476+0j, 0.7071067811865476+0j], [-0.7071067811865476j, 0.7071067811865476j]])
    expect(
      arrayRepr(
        complexArray2([
          [z(r, 0), z(r, 0)],
          [z(-0, -r), z(0, r)],
        ]),
      ),
    ).toBe('array([[ 0.70710678+0.j        ,  0.70710678+0.j        ],\n       [-0.        -0.70710678j,  0.        +0.70710678j]])');
    // np.array([[0.1118033988749895-0.4330127018922193j, 0.1118033988749895+0.4330127018922193j], [-0.8944271909999159+0j, -0.8944271909999159+0j]])
    expect(
      arrayRepr(
        complexArray2([
          [z(0.1118033988749895, -0.4330127018922193), z(0.1118033988749895, 0.4330127018922193)],
          [z(-0.8944271909999159, 0), z(-0.8944271909999159, 0)],
        ]),
      ),
    ).toBe('array([[ 0.1118034 -0.4330127j,  0.1118034 +0.4330127j],\n       [-0.89442719+0.j       , -0.89442719+0.j       ]])');
  });
});

describe('scalars', () => {
  // /usr/bin/python3 -c 'print(repr(float(x)))' for each x; NumPy 1.24 prints np.float64 the same
  // bare way, NumPy ≥ 2.0 wraps it: np.float64(-2.0000000000000004). We print NumPy 2's.
  it.each([
    [-2.0000000000000004, '-2.0000000000000004'],
    [16, '16.0'],
    [-16, '-16.0'],
    [1e-5, '1e-05'],
    [1e16, '1e+16'],
    [0.0001, '0.0001'],
    [-0, '-0.0'],
    [3.605551275463989, '3.605551275463989'],
    [1e300, '1e+300'],
    [123456789012345.6, '123456789012345.6'],
    [5e-324, '5e-324'],
    [0.1, '0.1'],
  ])('float %d', (x, repr) => expect(pyFloat(x)).toBe(repr));

  it('wraps them as NumPy 2 does', () => {
    expect(scalarRepr(-2.0000000000000004, 'float64')).toBe('np.float64(-2.0000000000000004)');
    expect(scalarRepr(-16, 'int64')).toBe('np.int64(-16)');
    expect(scalarRepr(NaN, 'float64')).toBe('np.float64(nan)');
  });
});

describe('code literals', () => {
  it('writes integers as ints and the rest as Python floats', () => {
    expect(pyNumber(3)).toBe('3');
    expect(pyNumber(-0)).toBe('0');
    expect(pyNumber(0.5)).toBe('0.5');
    expect(arrayLiteral([3, -2])).toBe('np.array([3, -2])');
    expect(
      arrayLiteral([
        [1, 2.5],
        [3, 4],
      ]),
    ).toBe('np.array([[1, 2.5], [3, 4]])');
  });
});
