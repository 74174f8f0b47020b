import { describe, expect, it } from 'vitest';
import { ValueError } from '../errors';
import { decode, EPS } from '../fixtures/fixtures';
import raw from '../fixtures/linalg.json';
import vraw from '../fixtures/vectors.json';
import type { Nested } from '../ndarray/ndarray';
import { norm, type NormOrder } from './norm';

interface Case {
  name: string;
  a: Nested;
  singularValues: number[];
  norm: Record<string, number>;
}
const fx = decode<{ square: Case[]; rectangular: Case[]; errors: Record<string, { message: string }> }>(raw);
const vx = decode<{ norms: ({ v: number[]; exact2: number } & Record<string, number | null>)[] }>(vraw);
const key = (p: NormOrder | undefined) => (p === undefined ? 'default' : String(p));

// linalg.json: np.linalg.norm(a, ord) for every matrix and ord.
describe('matrix norms match NumPy', () => {
  it.each([...fx.square, ...fx.rectangular].map((c) => [c.name, c] as const))('%s', (_, c) => {
    const [m, n] = [(c.a as number[][]).length, (c.a as number[][])[0].length];
    const s1 = c.singularValues[0];
    for (const p of [undefined, 'fro', 'nuc', 1, -1, 2, -2, Infinity, -Infinity] as const) {
      const want = c.norm[key(p)];
      // Sums of m·n terms (or SVD-based norms, accurate to about max(m,n)·eps·σ1).
      const tol = 10 * Math.max(m, n) * EPS * (p === 'nuc' ? Math.min(m, n) * s1 : Math.max(s1, want));
      expect(Math.abs(norm(c.a, p) - want), `ord ${key(p)}`).toBeLessThanOrEqual(tol);
    }
  });

  it('rejects orders NumPy rejects, in its words', () => {
    expect(() => norm([1, 2, 3], 'fro')).toThrow(ValueError);
    expect(() => norm([1, 2, 3], 'fro')).toThrow(fx.errors['norm fro of vector'].message);
    expect(() =>
      norm(
        [
          [1, 2],
          [3, 4],
        ],
        3,
      ),
    ).toThrow(fx.errors['norm 3 of matrix'].message);
  });
});

// vectors.json "norms": np.linalg.norm(v, ord) and, in exact2, √(Σv²) in exact
// arithmetic. NumPy overflows to inf on [1e200, 1e200] and underflows to 0 on
// [1e-200, 1e-200]; we rescale there and match the exact value instead.
describe('vector norms match NumPy', () => {
  it.each(vx.norms.map((c) => [JSON.stringify(c.v), c] as const))('%s', (_, c) => {
    const exactRange = Number.isFinite(c['ord default']) && (c['ord default'] as number) > 1e-150;
    for (const p of [undefined, 1, 2, Infinity, -Infinity, 0, 3, 0.5, -1] as const) {
      const want = c[`ord ${key(p)}`];
      if (want === null) continue;
      const got = norm(c.v, p);
      if ((p === undefined || p === 2) && !exactRange) {
        expect(Math.abs(got - c.exact2)).toBeLessThanOrEqual(2 * EPS * c.exact2);
        continue;
      }
      if (!Number.isFinite(want) || want === 0) expect(got, `ord ${key(p)}`).toBe(want);
      else expect(Math.abs(got / want - 1), `ord ${key(p)}`).toBeLessThanOrEqual(10 * c.v.length * EPS);
    }
  });
});
