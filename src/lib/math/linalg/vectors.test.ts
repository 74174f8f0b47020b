import { describe, expect, it } from 'vitest';
import { ShapeError } from '../errors';
import { decode, EPS, flat } from '../fixtures/fixtures';
import raw from '../fixtures/vectors.json';
import { angle, project } from './vectors';

interface Case {
  name: string;
  a: number[];
  b: number[];
  angle: number;
  project: number[];
}
const fx = decode<{ angles: Case[] }>(raw);

// vectors.json "angles": the angle between the float inputs computed in exact
// rationals (make-fixtures.py exact_angle), so it is right to about one ulp;
// the projection (a·b / b·b) b is exact, then rounded.
//
// Tolerance: a relative rounding of eps in any input coordinate turns the
// angle by up to about eps radians, at 0° and 180° too: the angle is
// absolutely (not relatively) well-conditioned. A stable formula therefore
// has an absolute error of a few eps everywhere; acos(a·b / |a||b|) is off by
// up to √eps ≈ 1e-8 near 0 and π (see vec2.test.ts for NumPy's arccos).
describe('angle is accurate to a few eps at every angle', () => {
  it.each(fx.angles.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const got = angle(c.a, c.b);
    if (Number.isNaN(c.angle)) expect(got).toBeNaN();
    else expect(Math.abs(got - c.angle)).toBeLessThanOrEqual(8 * c.a.length * EPS);
  });

  it('wants two vectors of the same length', () => {
    expect(() => angle([1, 2], [1, 2, 3])).toThrow(ShapeError);
    expect(() => angle([[1, 2]], [[1, 2]])).toThrow('angle takes two vectors of the same length, got shapes (1,2) and (1,2).');
  });
});

describe('project matches the exact projection', () => {
  it.each(fx.angles.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const got = flat(project(c.a, c.b));
    if (c.project.some(Number.isNaN)) return expect(got.every(Number.isNaN)).toBe(true);
    // |p| ≤ |a|; each step (normalise, dot, scale) adds about n·eps·|a|.
    const tol = 4 * c.a.length * EPS * Math.hypot(...c.a);
    got.forEach((x, i) => expect(Math.abs(x - c.project[i]), `p[${i}]`).toBeLessThanOrEqual(tol));
  });
});
