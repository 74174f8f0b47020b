import { describe, expect, it } from 'vitest';
import { IndexError, MathError, ShapeError, ValueError } from '../errors';
import raw from '../fixtures/arrays.json';
import { decode } from '../fixtures/fixtures';
import { array, eye, ones, zeros } from './create';
import type { Nested } from './ndarray';

const fx = decode<{
  ragged: { input: Nested; error: string }[];
  eye: { args: [number, number, number]; result: Nested }[];
}>(raw);

describe('array', () => {
  it('has NumPy shape, ndim, size', () => {
    const a = array([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect([a.shape, a.ndim, a.size]).toEqual([[2, 3], 2, 6]);
    const s = array(7);
    expect([s.shape, s.ndim, s.size, s.tolist()]).toEqual([[], 0, 1, 7]);
    expect(array([]).shape).toEqual([0]);
    expect(array([[], []]).shape).toEqual([2, 0]);
  });

  it('round-trips through tolist, a 0-d array giving its number', () => {
    const x = [[[1, 2]], [[3, 4]]];
    expect(array(x).tolist()).toEqual(x);
    expect(array([[], []]).tolist()).toEqual([[], []]);
  });

  it('gets elements with NumPy indexing, negatives from the end', () => {
    const a = array([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(a.get(1, 2)).toBe(6);
    expect(a.get(-1, -3)).toBe(4);
    // np.ones(3)[3] -> IndexError: index 3 is out of bounds for axis 0 with size 3
    expect(() => array([1, 1, 1]).get(3)).toThrow(new IndexError('index 3 is out of bounds for axis 0 with size 3'));
    expect(() => a.get(0)).toThrow(IndexError);
  });

  it('.T reverses the axes; a 1-D array is its own transpose', () => {
    expect(
      array([
        [1, 2, 3],
        [4, 5, 6],
      ]).T.tolist(),
    ).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(array([1, 2, 3]).T.tolist()).toEqual([1, 2, 3]);
  });

  // arrays.json "ragged": np.array(x, dtype=float) for ragged x raises ValueError.
  it.each(fx.ragged.map((r) => [JSON.stringify(r.input), r] as const))('rejects ragged %s in NumPy words', (_, r) => {
    expect(() => array(r.input)).toThrow(ShapeError);
    expect(() => array(r.input)).toThrow(r.error);
  });

  it('names the first index that disagrees', () => {
    expect(() => array([[1, 2], [3, 4], [5]])).toThrow('Item [2] has length 1 but [0] has length 2');
    expect(() => array([[1, 2], 3])).toThrow('Item [1] is a number where a list of length 2 belongs');
    expect(() => array([1, [2, 3]] as unknown as Nested)).toThrow('Item [1] is a list where a number belongs');
    expect(() =>
      array([
        [[1], [2]],
        [[3], [4, 5]],
      ]),
    ).toThrow('Item [1, 1] has length 2 but [0, 0] has length 1');
    expect(() => array([1, 'x'] as unknown as Nested)).toThrow(ValueError);
  });

  it('makes every error a MathError', () => {
    expect(() => array([[1], [2, 3]])).toThrow(MathError);
  });
});

describe('zeros, ones, eye', () => {
  it('accept a size or a shape', () => {
    expect(zeros(3).tolist()).toEqual([0, 0, 0]);
    expect(ones([2, 1]).tolist()).toEqual([[1], [1]]);
    expect(() => zeros([-1])).toThrow(ValueError);
  });

  // arrays.json "eye": np.eye(n, m, k)
  it.each(fx.eye.map((e) => [JSON.stringify(e.args), e] as const))('eye%s as NumPy', (_, e) => {
    expect(eye(...e.args).tolist()).toEqual(e.result);
  });
});
