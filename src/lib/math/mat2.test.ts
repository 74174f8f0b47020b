import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, EPS } from './fixtures/fixtures';
import raw from './fixtures/mat2.json';
import { apply, cond2, det2, eig2, identity2, inv2, lerpFromIdentity, mul, trace2, transpose2, type Eigen2, type Mat2 } from './mat2';
import type { Vec2 } from './vec2';

interface Case {
  name: string;
  m: Mat2;
  det: number;
  trace: number;
  v: Vec2;
  apply: Vec2;
  applyBound: Vec2;
  b: Mat2;
  mul: Mat2;
  mulBound: Mat2;
  inv: Mat2 | null;
  cond: number;
  eig: Eigen2;
}
const fx = decode<{ cases: Case[] }>(raw);
const cases = fx.cases.map((c) => [c.name, c] as const);
const close = (x: number, y: number, tol: number) => expect(Math.abs(x - y)).toBeLessThanOrEqual(tol);

// mat2.json: NumPy's A @ v and A @ B with the bound |A||v| (each entry is a
// 2-term sum, so |error| ≤ 2·eps·bound); det, inverse and the eigen-structure
// in exact rationals and 60-digit decimals of the float entries.
describe('mat2 matches NumPy and exact arithmetic', () => {
  it.each(cases)('%s: apply, mul, transpose, trace', (_, c) => {
    apply(c.m, c.v).forEach((x, i) => close(x, c.apply[i], 2 * EPS * c.applyBound[i]));
    mul(c.m, c.b).forEach((row, i) => row.forEach((x, j) => close(x, c.mul[i][j], 2 * EPS * c.mulBound[i][j])));
    expect(transpose2(c.m)).toEqual([
      [c.m[0][0], c.m[1][0]],
      [c.m[0][1], c.m[1][1]],
    ]);
    expect(trace2(c.m)).toBe(c.trace);
  });

  it.each(cases)('%s: det2 is the exact determinant, rounded', (_, c) => {
    // Two error-free products: within an ulp or so of the exact value, and
    // exactly 0 only for an exactly singular matrix.
    close(det2(c.m), c.det, 2 * EPS * Math.abs(c.det));
  });

  it.each(cases)('%s: inv2', (_, c) => {
    const inv = inv2(c.m);
    if (c.inv === null) return expect(inv).toBeNull();
    // adj(A)/det: each entry is one exact negation and a division by det,
    // which carries a relative error of ~2 eps.
    inv?.forEach((row, i) => row.forEach((x, j) => close(x, c.inv?.[i][j] as number, 4 * EPS * Math.abs(c.inv?.[i][j] as number))));
  });

  it.each(cases)('%s: cond2 as np.linalg.cond', (_, c) => {
    if (!Number.isFinite(c.cond) || c.cond > 1e15) return expect(cond2(c.m)).toBeGreaterThan(1e15);
    // σ1 and |det| are accurate to a few eps, so the ratio is too, whatever cond is;
    // NumPy's SVD loses cond·eps in σ2, hence the cond term.
    expect(Math.abs(cond2(c.m) / c.cond - 1)).toBeLessThanOrEqual(8 * EPS + 10 * c.cond * EPS);
  });

  it.each(cases)('%s: eig2', (_, c) => {
    const got = eig2(c.m);
    const want = c.eig;
    expect(got.kind).toBe(want.kind);
    if (got.kind === 'scalar' && want.kind === 'scalar') expect(got.value).toBe(want.value);
    if (got.kind === 'defective' && want.kind === 'defective') {
      close(got.value, want.value, 2 * EPS * Math.abs(want.value));
      got.vector.forEach((x, i) => close(x, want.vector[i], 4 * EPS));
    }
    if (got.kind === 'distinct' && want.kind === 'distinct') {
      // h ± r with h and r each within a couple of eps; the smaller root by
      // Vieta (det / larger root) keeps its relative accuracy, however small.
      const scale = Math.max(...want.values.map(Math.abs));
      got.values.forEach((x, i) => close(x, want.values[i], 4 * EPS * Math.min(scale, 4 * Math.abs(want.values[i]) || scale)));
      // Each vector is built from entries with a relative error of a few eps: no loss from a small gap.
      got.vectors.forEach((v, k) => v.forEach((x, i) => close(x, want.vectors[k][i], 8 * EPS)));
    }
    if (got.kind === 'complex' && want.kind === 'complex') {
      close(got.re, want.re, 2 * EPS * Math.abs(want.re));
      close(got.im, want.im, 4 * EPS * want.im);
      close(got.r, want.r, 4 * EPS * want.r);
      close(got.angle, want.angle, 4 * EPS * Math.abs(want.angle));
    }
  });
});

describe('mat2 helpers', () => {
  it('lerpFromIdentity runs from I to A', () => {
    const A: Mat2 = [
      [2, 1],
      [0, 3],
    ];
    expect(lerpFromIdentity(A, 0)).toEqual(identity2);
    expect(lerpFromIdentity(A, 1)).toEqual(A);
    expect(lerpFromIdentity(A, 0.5)).toEqual([
      [1.5, 0.5],
      [0, 2],
    ]);
  });

  it('A · inv2(A) = I and det2(AB) = det2(A)·det2(B) (property)', () => {
    const entry = fc.integer({ min: -100, max: 100 }).map((k) => k / 10);
    const mat = fc.tuple(fc.tuple(entry, entry), fc.tuple(entry, entry)) as fc.Arbitrary<Mat2>;
    fc.assert(
      fc.property(mat, mat, (a, b) => {
        const inv = inv2(a);
        if (inv) {
          const tol = 8 * cond2(a) * EPS;
          mul(a, inv).forEach((row, i) => row.forEach((x, j) => close(x, identity2[i][j], tol)));
        }
        // Rounding AB perturbs it by 2·eps·|A||B|, which moves its det by up to
        // about that times ‖AB‖, so the bound scales as (‖A‖_F ‖B‖_F)².
        const size = (m: Mat2) => Math.hypot(...m[0], ...m[1]) ** 2;
        close(det2(mul(a, b)), det2(a) * det2(b), 8 * EPS * size(a) * size(b));
      }),
      { numRuns: 300 },
    );
  });

  it('eig2 pairs satisfy A v = λ v (property)', () => {
    const entry = fc.double({ min: -100, max: 100, noNaN: true });
    const mat = fc.tuple(fc.tuple(entry, entry), fc.tuple(entry, entry)) as fc.Arbitrary<Mat2>;
    fc.assert(
      fc.property(mat, (m) => {
        const e = eig2(m);
        const norm = Math.hypot(...m[0], ...m[1]);
        const pairs: [number, Vec2][] =
          e.kind === 'distinct'
            ? [
                [e.values[0], e.vectors[0]],
                [e.values[1], e.vectors[1]],
              ]
            : e.kind === 'defective'
              ? [[e.value, e.vector]]
              : [];
        for (const [lambda, v] of pairs) {
          const r = apply(m, v);
          // Backward error of a few eps·‖A‖, also for a nearly defective A.
          expect(Math.hypot(r[0] - lambda * v[0], r[1] - lambda * v[1])).toBeLessThanOrEqual(16 * EPS * norm + 1e-300);
        }
        // The absolute floor covers entries so small that norm² underflows to subnormals.
        if (e.kind === 'complex') close(e.r * e.r, det2(m), 16 * EPS * norm * norm + 1e-300);
      }),
      { numRuns: 500 },
    );
  });
});
