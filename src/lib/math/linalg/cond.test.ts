import { describe, expect, it } from 'vitest';
import { decode, EPS } from '../fixtures/fixtures';
import raw from '../fixtures/linalg.json';
import type { Nested } from '../ndarray/ndarray';
import { cond } from './cond';
import type { NormOrder } from './norm';

interface Square {
  name: string;
  a: Nested;
  rank: number;
  cond: Record<string, number>;
}
interface Rect {
  name: string;
  a: Nested;
  cond: number;
}
const fx = decode<{ square: Square[]; rectangular: Rect[] }>(raw);
const ORDERS: Record<string, NormOrder | undefined> = {
  default: undefined,
  '1': 1,
  '-1': -1,
  '2': 2,
  '-2': -2,
  Infinity: Infinity,
  '-Infinity': -Infinity,
  fro: 'fro',
};

// linalg.json "square"[].cond: np.linalg.cond(a, p) for p in None, ±1, ±2, ±inf, 'fro'.
describe('cond matches NumPy', () => {
  const full = fx.square.filter((c) => c.rank === (c.a as number[][]).length);
  it.each(full.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const n = (c.a as number[][]).length;
    for (const [key, p] of Object.entries(ORDERS)) {
      const want = c.cond[key];
      // σmin, or the inverse, carries a relative error of about n·cond·eps.
      const tol = 10 * n * c.cond.default * EPS;
      expect(Math.abs(cond(c.a, p) / want - 1), `p = ${key}`).toBeLessThanOrEqual(tol);
    }
  });

  it.each(fx.square.filter((c) => !full.includes(c)).map((c) => [c.name, c] as const))(
    '%s: singular, so cond is at least 1e15 (or Infinity) like NumPy',
    (_, c) => {
      expect(cond(c.a)).toBeGreaterThan(1e15);
      expect(c.cond.default).toBeGreaterThan(1e15);
    },
  );

  it.each(fx.rectangular.map((c) => [c.name, c] as const))('rectangular %s', (_, c) => {
    const got = cond(c.a);
    if (c.cond > 1e15) expect(got).toBeGreaterThan(1e15);
    else expect(Math.abs(got / c.cond - 1)).toBeLessThanOrEqual(50 * c.cond * EPS);
  });
});
