import { describe, expect, it } from 'vitest';
import raw from '../fixtures/broadcast.json';
import { decode } from '../fixtures/fixtures';
import { array } from './create';
import { add, divide, multiply, subtract } from './elementwise';
import type { Nested } from './ndarray';

type Arrays = Record<string, { a: Nested; b: Nested }>;
interface Pair {
  a: number[];
  b: number[];
  shape?: number[];
  add?: Nested;
  subtract?: Nested;
  multiply?: Nested;
  divide?: Nested;
}
const fx = decode<{ arrays: Arrays; pairs: Pair[] }>(raw);
const key = (s: number[]) => (s.length === 1 ? `(${s[0]},)` : `(${s.join(',')})`);
const ops = { add, subtract, multiply, divide } as const;

// broadcast.json "pairs": np.add/subtract/multiply/divide(a, b) under
// np.errstate(all='ignore') for every compatible pair of shapes up to 2-D. The
// values include ±0, 1e300 and -1e-300, so x/0, 0/0, overflow and signed
// zeros all occur; IEEE arithmetic is the same in NumPy and JavaScript, so
// the results must be identical, bit for bit (toEqual tells 0 from −0).
describe('elementwise ops equal NumPy exactly, broadcasting included', () => {
  const compatible = fx.pairs.filter((p) => p.shape);
  it.each(compatible.map((p) => [`${key(p.a)} with ${key(p.b)}`, p] as const))('%s', (_, p) => {
    const a = fx.arrays[key(p.a)].a;
    const b = fx.arrays[key(p.b)].b;
    for (const name of ['add', 'subtract', 'multiply', 'divide'] as const) {
      const r = ops[name](a, b);
      expect(r.shape).toEqual(p.shape);
      expect(r.tolist(), name).toEqual(p[name]);
    }
  });
});

describe('IEEE behaviour, never an exception', () => {
  it('x/0 is ±Infinity and 0/0 is NaN', () => {
    // np.divide([1., -1., 0.], 0.) -> [inf, -inf, nan]
    expect(divide([1, -1, 0], 0).tolist()).toEqual([Infinity, -Infinity, NaN]);
    expect(divide(1, -0).tolist()).toBe(-Infinity);
  });

  it('takes numbers, nested lists and NDArrays alike', () => {
    // np.add(np.array([[1, 2], [3, 4]]), 10) -> [[11, 12], [13, 14]]
    expect(
      add(
        array([
          [1, 2],
          [3, 4],
        ]),
        10,
      ).tolist(),
    ).toEqual([
      [11, 12],
      [13, 14],
    ]);
    expect(multiply(2, 3).tolist()).toBe(6);
    expect(subtract([[1], [2]], [10, 20, 30]).shape).toEqual([2, 3]);
  });
});
