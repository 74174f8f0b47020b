import { describe, expect, it } from 'vitest';
import { MathError } from './errors';
import raw from './fixtures/edges.json';
import { arrayOf, decode, EPS, maxAbsDiff } from './fixtures/fixtures';
import * as np from './index';
import type { Nested } from './ndarray/ndarray';

interface Arg {
  values: Nested;
  shape: number[];
}
interface Case {
  fn: 'norm' | 'cond' | 'det' | 'inv' | 'solve' | 'matrixRank' | 'matmul' | 'transpose';
  args: Arg[];
  ord?: np.linalg.NormOrder | null;
  axes?: number[] | null;
  result?: Nested;
  shape?: number[];
  error?: { type: string; message: string };
}
const fx = decode<{ cases: Case[] }>(raw);

const call = (c: Case): np.NDArray | number => {
  const [a, b] = c.args.map((x) => arrayOf(x.values, x.shape));
  const ord = c.ord ?? undefined;
  switch (c.fn) {
    case 'norm':
      return np.linalg.norm(a, ord);
    case 'cond':
      return np.linalg.cond(a, ord);
    case 'det':
      return np.linalg.det(a);
    case 'inv':
      return np.linalg.inv(a);
    case 'solve':
      return np.linalg.solve(a, b);
    case 'matrixRank':
      return np.linalg.matrixRank(a);
    case 'matmul':
      return np.matmul(a, b);
    case 'transpose':
      return np.transpose(a, c.axes ?? undefined);
  }
};

const label = (c: Case): string => {
  const shapes = c.args.map((x) => `(${x.shape.join(', ')})`).join(' ');
  const extra = c.fn === 'norm' || c.fn === 'cond' ? ` ord ${String(c.ord ?? 'None')}` : c.axes ? ` axes [${c.axes.join(', ')}]` : '';
  return `${c.fn} ${shapes}${extra}: ${c.error ? `raises ${c.error.type}` : JSON.stringify(c.result)}`;
};

// edges.json: NumPy on empty, 0-d, 1x1 and integer input, from the cases of
// numpy/linalg/tests/test_linalg.py (test_matrix_norm_empty, test_vector_norm_empty,
// test_0_size, test_empty_matrix_rank) and test_multiarray.py's test_transpose.
// Made by scripts/make-fixtures.py edge_fixtures(), with norm as NumPy >= 2.3
// (max reductions start at 0; min reductions of nothing raise) and matrix_rank
// as NumPy >= 2.5 (0 for an empty matrix).
describe('empty, 0-d, 1x1 and integer input match NumPy', () => {
  it.each(fx.cases.map((c) => [label(c), c] as const))('%s', (_, c) => {
    if (c.error) {
      // A NumPy exception is a MathError whose message starts with NumPy's words.
      const { message } = c.error;
      expect(() => call(c)).toThrow(MathError);
      expect(() => call(c)).toThrow(message);
      try {
        call(c);
      } catch (e) {
        expect((e as Error).message.startsWith(message), (e as Error).message).toBe(true);
      }
      return;
    }
    const got = call(c);
    const want = c.result as Nested;
    if (typeof got === 'number') {
      expect(c.shape).toEqual([]);
      if (!Number.isFinite(want as number) || want === 0) expect(got).toBe(want);
      else expect(Math.abs(got / (want as number) - 1)).toBeLessThanOrEqual(16 * EPS);
      return;
    }
    expect(got.shape).toEqual(c.shape);
    // NumPy's det goes through LU and a log; ours rounds differently in the last bits.
    expect(maxAbsDiff(got, want)).toBeLessThanOrEqual(16 * EPS * Math.max(1, ...got.data.map(Math.abs)));
  });
});
