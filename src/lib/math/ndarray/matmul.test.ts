import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShapeError } from '../errors';
import { arrayOf, decode, EPS, flat } from '../fixtures/fixtures';
import raw from '../fixtures/products.json';
import { array } from './create';
import { dot, outer } from './dot';
import { matmul } from './matmul';
import type { NDArray, Nested } from './ndarray';

interface Case {
  a: Nested;
  b: Nested;
  shapeA: number[];
  shapeB: number[];
  result?: Nested;
  shape?: number[];
  absBound?: Nested;
  error?: string;
}
const fx = decode<{ matmul: Case[]; dot: Case[]; outer: Case[] }>(raw);

/**
 * Each entry is a sum of k products; in any summation order its rounding error
 * is at most k·eps·(|A||B|)_ij (Higham, Accuracy and Stability, §3.1), and
 * NumPy's BLAS uses its own order, so we allow twice that.
 */
function expectProduct(r: NDArray, c: Case): void {
  expect(r.shape).toEqual(c.shape);
  const k = c.shapeA.at(-1) ?? 1;
  const [got, want, bound] = [flat(r), flat(c.result as Nested), flat(c.absBound as Nested)];
  got.forEach((g, i) => expect(Math.abs(g - want[i])).toBeLessThanOrEqual(2 * k * EPS * bound[i]));
}

const label = (c: Case) => `${JSON.stringify(c.shapeA)} @ ${JSON.stringify(c.shapeB)}`;

// products.json "matmul": np.matmul(a, b) on rng(4).standard_normal operands,
// every 1-D/2-D combination, stacks, and the mismatches with NumPy's messages.
describe('matmul matches NumPy', () => {
  it.each(fx.matmul.map((c) => [label(c), c] as const))('%s', (_, c) => {
    const [a, b] = [arrayOf(c.a, c.shapeA), arrayOf(c.b, c.shapeB)];
    if (c.error) {
      expect(() => matmul(a, b)).toThrow(ShapeError);
      // NumPy's stack message lists "remapped" shapes; ours explains the stack clash instead.
      if (!c.error.includes('remapped')) expect(() => matmul(a, b)).toThrow(c.error);
    } else expectProduct(matmul(a, b), c);
  });

  it('follows the 1-D rules: vector @ vector is a scalar, (2,3) @ (3,) is (2,)', () => {
    // np.array([1, 2, 3]) @ np.array([4, 5, 6]) -> 32
    expect(matmul([1, 2, 3], [4, 5, 6]).tolist()).toBe(32);
    expect(
      matmul(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [1, 0, 1],
      ).tolist(),
    ).toEqual([4, 10]);
  });

  it('names the inner dimensions', () => {
    expect(() =>
      matmul(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [1, 2],
      ),
    ).toThrow('needs the inner dimensions to match, but the number of columns of the left matrix is 3 and the length of the right vector is 2');
  });

  it('gives (AB)ᵀ = BᵀAᵀ (property)', () => {
    const entry = fc.double({ min: -10, max: 10, noNaN: true });
    const dims = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }));
    fc.assert(
      fc.property(
        dims.chain(([n, k, m]) =>
          fc.tuple(
            fc.array(fc.array(entry, { minLength: k, maxLength: k }), { minLength: n, maxLength: n }),
            fc.array(fc.array(entry, { minLength: m, maxLength: m }), { minLength: k, maxLength: k }),
          ),
        ),
        ([a, b]) => {
          const A = array(a);
          const B = array(b);
          // Each entry is the same sum of the same products in the same order: exactly equal.
          expect(matmul(A, B).T.tolist()).toEqual(matmul(B.T, A.T).tolist());
        },
      ),
      { numRuns: 200 },
    );
  });
});

// products.json "dot": np.dot(a, b), including scalars and N-D stacks.
describe('dot matches NumPy', () => {
  it.each(fx.dot.map((c) => [label(c), c] as const))('%s', (_, c) => {
    const [a, b] = [arrayOf(c.a, c.shapeA), arrayOf(c.b, c.shapeB)];
    if (c.error) expect(() => dot(a, b)).toThrow(c.error);
    else expectProduct(dot(a, b), c);
  });
});

// products.json "outer": np.outer(a, b); each entry is one product, so exact.
describe('outer matches NumPy', () => {
  it.each(fx.outer.map((c) => [label(c), c] as const))('%s', (_, c) => {
    expect(outer(arrayOf(c.a, c.shapeA), arrayOf(c.b, c.shapeB)).tolist()).toEqual(c.result);
  });
});
