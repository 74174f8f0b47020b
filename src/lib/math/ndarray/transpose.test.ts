import { describe, expect, it } from 'vitest';
import { ValueError } from '../errors';
import raw from '../fixtures/arrays.json';
import { arrayOf, decode } from '../fixtures/fixtures';
import { array } from './create';
import type { Nested } from './ndarray';
import { transpose } from './transpose';

const fx = decode<{ transpose: { a: Nested; shape: number[]; axes: number[] | null; result: Nested }[] }>(raw);

// arrays.json "transpose": np.transpose(a, axes), including the 0-d and 1-D no-ops.
describe('transpose matches NumPy', () => {
  it.each(fx.transpose.map((t) => [`${JSON.stringify(t.shape)} axes ${JSON.stringify(t.axes)}`, t] as const))('%s', (_, t) => {
    const a = arrayOf(t.a, t.shape);
    expect(transpose(a, t.axes ?? undefined).tolist()).toEqual(t.result);
  });

  it('rejects axes that are not a permutation', () => {
    expect(() => transpose(array([[1, 2]]), [0, 0])).toThrow(ValueError);
    expect(() => transpose(array([[1, 2]]), [0])).toThrow(ValueError);
  });
});
