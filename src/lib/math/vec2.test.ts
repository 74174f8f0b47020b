import { describe, expect, it } from 'vitest';
import { decode, EPS } from './fixtures/fixtures';
import raw from './fixtures/vec2.json';
import { add, angleBetween, dot, hadamard, norm1, norm2, normInf, project, type Vec2 } from './vec2';

interface Basic {
  a: Vec2;
  b: Vec2;
  add: Vec2;
  hadamard: Vec2;
  dot: number;
  norm1: number;
  normInf: number;
  norm2: number;
  numpyNorm2: number;
}
interface Angle {
  name: string;
  a: Vec2;
  b: Vec2;
  angle: number;
  project: Vec2;
  numpyAcos: number | null;
}
const fx = decode<{ basic: Basic[]; angles: Angle[] }>(raw);

// vec2.json "basic": a + b and a * b from NumPy (one IEEE rounding each, so
// identical); dot and norm2 exact in rationals then rounded once;
// np.linalg.norm(a, 1) and (a, np.inf).
describe('vec2 arithmetic matches NumPy', () => {
  it.each(fx.basic.map((c, i) => [i, c] as const))('pair %i', (_, c) => {
    expect(add(c.a, c.b)).toEqual(c.add);
    expect(hadamard(c.a, c.b)).toEqual(c.hadamard);
    expect(norm1(c.a)).toBe(c.norm1);
    expect(normInf(c.a)).toBe(c.normInf);
    // Two products and a sum: |error| ≤ 2·eps·(|a0 b0| + |a1 b1|).
    const scale = Math.abs(c.a[0] * c.b[0]) + Math.abs(c.a[1] * c.b[1]);
    expect(Math.abs(dot(c.a, c.b) - c.dot)).toBeLessThanOrEqual(2 * EPS * scale);
    // Math.hypot is within about an ulp of the exact norm, even where NumPy's
    // √(x² + y²) overflows (numpyNorm2 = inf for [1e200, 1e200]).
    expect(Math.abs(norm2(c.a) - c.norm2)).toBeLessThanOrEqual(2 * EPS * c.norm2);
  });
});

// vec2.json "angles": exact angles and projections of the float inputs
// (make-fixtures.py exact_angle / exact_project). numpyAcos is what
// np.arccos(a·b / |a||b|) gives: wrong in the 8th digit near 0 and π.
describe('angleBetween is accurate near 0° and 180°', () => {
  it.each(fx.angles.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const got = angleBetween(c.a, c.b);
    if (Number.isNaN(c.angle)) return expect(got).toBeNaN();
    // The angle is absolutely well-conditioned: a few eps, at every angle.
    expect(Math.abs(got - c.angle)).toBeLessThanOrEqual(8 * EPS);
  });

  it('beats the acos formula NumPy users write', () => {
    const worst = Math.max(...fx.angles.filter((c) => c.numpyAcos !== null).map((c) => Math.abs((c.numpyAcos as number) - c.angle)));
    expect(worst).toBeGreaterThan(1e-9);
  });
});

describe('project matches the exact projection', () => {
  it.each(fx.angles.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const got = project(c.a, c.b);
    if (Number.isNaN(c.project[0])) return expect(got.every(Number.isNaN)).toBe(true);
    const tol = 8 * EPS * Math.hypot(...c.a);
    expect(Math.abs(got[0] - c.project[0])).toBeLessThanOrEqual(tol);
    expect(Math.abs(got[1] - c.project[1])).toBeLessThanOrEqual(tol);
  });
});
