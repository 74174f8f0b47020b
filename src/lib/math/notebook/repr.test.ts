// repr by hand for the cases the scene shows most; notebook.fixtures.test.ts
// compares 140 generated arrays and every program's values with NumPy's repr.
import { describe, expect, it } from 'vitest';
import { NDArray } from '../ndarray/ndarray';
import { positional, pyFloat, scientific } from './float-format';
import { reprValue, type NotebookValue } from './index';

const arr = (rows: number[][] | number[], dtype: 'int64' | 'float64' = 'float64'): NotebookValue => {
  const nested = Array.isArray(rows[0]);
  const shape = nested ? [rows.length, (rows[0] as number[]).length] : [rows.length];
  return { kind: 'array', array: new NDArray(Float64Array.from((rows as number[][]).flat()), shape), dtype };
};

describe('reprValue', () => {
  it('prints like Python', () => {
    expect(reprValue(arr([[17], [39]], 'int64'))).toBe('array([[17],\n       [39]])');
    expect(reprValue({ kind: 'scalar', value: 17, type: 'float64' })).toBe('17.0');
    expect(reprValue({ kind: 'scalar', value: 17, type: 'int' })).toBe('17');
    expect(reprValue({ kind: 'tuple', items: [2, 3] })).toBe('(2, 3)');
    expect(reprValue({ kind: 'tuple', items: [2] })).toBe('(2,)');
    expect(reprValue({ kind: 'tuple', items: [] })).toBe('()');
    expect(reprValue({ kind: 'none' })).toBe('None');
    expect(reprValue(arr([1, 0.5]))).toBe('array([1. , 0.5])');
    expect(reprValue(arr([1, 4.440892098500626e-16]))).toBe('array([1.0000000e+00, 4.4408921e-16])');
    expect(
      reprValue(
        arr(
          [
            [1, 2],
            [3, 4],
          ],
          'int64',
        ),
      ),
    ).toBe('array([[1, 2],\n       [3, 4]])');
    expect(reprValue(arr([-1, 10], 'int64'))).toBe('array([-1, 10])');
  });
  it('keeps NumPy’s quirks: -0., nan and inf padding, dtype for empty arrays', () => {
    expect(reprValue(arr([-0, 1]))).toBe('array([-0.,  1.])');
    expect(reprValue(arr([1, NaN, Infinity]))).toBe('array([ 1., nan, inf])');
    expect(reprValue(arr([]))).toBe('array([], dtype=float64)');
    expect(reprValue({ kind: 'array', array: new NDArray(new Float64Array(0), [0, 2]), dtype: 'int64' })).toBe(
      'array([], shape=(0, 2), dtype=int64)',
    );
    expect(reprValue({ kind: 'array', array: new NDArray(Float64Array.of(5), []), dtype: 'float64' })).toBe('array(5.)');
  });
  it('wraps long rows at 75 columns and summarises over 1000 entries', () => {
    const long = reprValue(
      arr(
        Array.from({ length: 30 }, (_, i) => i),
        'int64',
      ),
    );
    expect(long).toBe(
      'array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,\n       17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29])',
    );
    const big = reprValue({ kind: 'array', array: new NDArray(new Float64Array(64 * 64), [64, 64]), dtype: 'float64' });
    expect(big.split('\n')).toEqual([
      'array([[0., 0., 0., ..., 0., 0., 0.],',
      '       [0., 0., 0., ..., 0., 0., 0.],',
      '       [0., 0., 0., ..., 0., 0., 0.],',
      '       ...,',
      '       [0., 0., 0., ..., 0., 0., 0.],',
      '       [0., 0., 0., ..., 0., 0., 0.],',
      '       [0., 0., 0., ..., 0., 0., 0.]])',
    ]);
  });
  it('prints Python lists with their items’ own reprs', () => {
    const v = arr([5, 6], 'int64');
    const list = (a: NotebookValue, items: NotebookValue[]): NotebookValue => ({ ...(a as Extract<NotebookValue, { kind: 'array' }>), list: items });
    expect(
      reprValue(
        list(arr([1, 2.5]), [
          { kind: 'scalar', value: 1, type: 'int' },
          { kind: 'scalar', value: 2.5, type: 'float' },
        ]),
      ),
    ).toBe('[1, 2.5]');
    expect(
      reprValue(
        list(
          arr(
            [
              [5, 6],
              [5, 6],
            ],
            'int64',
          ),
          [v, v],
        ),
      ),
    ).toBe('[array([5, 6]), array([5, 6])]');
  });
});

describe('digits', () => {
  it("Python's float repr", () => {
    expect([0.1 + 0.2, 1e16, 1e-5, 123456789.0, 1e-4, -0, 5e-324, 2.5, Infinity, NaN].map(pyFloat)).toEqual([
      '0.30000000000000004',
      '1e+16',
      '1e-05',
      '123456789.0',
      '0.0001',
      '-0.0',
      '5e-324',
      '2.5',
      'inf',
      'nan',
    ]);
  });
  it('rounds the exact binary value, ties to even, where NumPy cuts digits', () => {
    expect(positional(0.001953125, 8)).toEqual({ int: '0', frac: '00195312' });
    expect(positional(1 / 3, 8)).toEqual({ int: '0', frac: '33333333' });
    expect(positional(0.999999999, 8)).toEqual({ int: '1', frac: '' });
    expect(scientific(1234567885, 8)).toEqual({ digits: '123456788', exp: 9 });
    expect(scientific(9.999999999e-5, 8)).toEqual({ digits: '1', exp: -4 });
  });
});
