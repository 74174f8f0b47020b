import { describe, expect, it } from 'vitest';
import type { Box } from '../box';
import { engine } from '../expr/test/engine';
import { tracePath, type Trace, type TraceOptions } from './trace';

const box: Box = { xMin: -5, xMax: 5, yMin: -5, yMax: 5 };
const ds = 10 / 400;

function traced(text: string, start: readonly [number, number], options?: TraceOptions, view: Box = box): Trace {
  const r = engine.compileField(text);
  if (!r.ok) throw new Error(r.message);
  return tracePath(r.p.fn, r.q.fn, start, view, options);
}

const xs = (t: Trace) => t.points.filter((_, i) => i % 2 === 0);
const ys = (t: Trace) => t.points.filter((_, i) => i % 2 === 1);
const point = (t: Trace, k: number) => [t.points[2 * k], t.points[2 * k + 1]];
const last = (t: Trace) => point(t, t.points.length / 2 - 1);

describe('closed orbits', () => {
  it('the rotation (−y, x) traces a circle of radius 2 and comes back', () => {
    const t = traced('(-y, x)', [2, 0]);
    expect(t.stop).toBe('closed');
    expect(t.closed).toBe(true);
    expect(last(t)).toEqual([2, 0]);
    for (let k = 0; k < t.points.length; k += 2) expect(Math.hypot(t.points[k], t.points[k + 1])).toBeCloseTo(2, 8);
    // One turn takes 2π; each move is about box/400, so the circle has about 4π/ds points.
    expect(t.time).toBeCloseTo(2 * Math.PI, 6);
    expect(t.points.length / 2).toBeGreaterThan(0.9 * ((4 * Math.PI) / ds));
    expect(t.points.length / 2).toBeLessThan(1.1 * ((4 * Math.PI) / ds) + 2);
    // Counter-clockwise: the second point is above the first.
    expect(t.points[3]).toBeGreaterThan(0);
  });

  it('twice as fast a rotation has half the period, and the same points', () => {
    const slow = traced('(-y, x)', [1, 1]);
    const fast = traced('(-2y, 2x)', [1, 1]);
    expect(fast.time).toBeCloseTo(Math.PI, 6);
    expect(fast.points.length).toBe(slow.points.length);
  });

  it('an orbit of the pendulum (y, −sin x) closes', () => {
    const t = tracePath(
      (_, y) => y,
      (x) => -Math.sin(x),
      [1, 0],
      box,
    );
    expect(t.stop).toBe('closed');
  });

  it('a path spiralling onto a limit cycle never closes', () => {
    // Van der Pol, μ = 1: from near the origin the path winds out onto the cycle without returning.
    const t = traced('(y, (1 - x^2) y - x)', [0.5, 0], {}, { xMin: -4, xMax: 4, yMin: -4, yMax: 4 });
    expect(t.stop).toBe('max-points');
    expect(t.closed).toBe(false);
    expect(t.points.length).toBe(2 * 4000);
    expect(Math.max(...xs(t))).toBeCloseTo(2, 1);
  });
});

describe('where a path ends', () => {
  it('from a source it leaves the box, by at most its margin and one move', () => {
    const t = traced('(x, y)', [1, 0.5]);
    expect(t.stop).toBe('left-box');
    const [x, y] = last(t);
    expect(x).toBeGreaterThan(5);
    expect(x).toBeLessThan(5 + 0.05 * 10 + 2 * ds);
    expect(y / x).toBeCloseTo(0.5, 8); // along the ray it started on
  });

  it('into a sink it stalls at the fixed point', () => {
    const t = traced('(-x, -y)', [3, 2]);
    expect(t.stop).toBe('stalled');
    expect(Math.hypot(...last(t))).toBeLessThan(ds);
    expect(t.points.length / 2).toBeLessThan(400);
  });

  it('into a spiral sink it stalls at the fixed point', () => {
    const t = traced('(-x/5 - y, x - y/5)', [3, 0]);
    expect(t.stop).toBe('stalled');
    expect(Math.hypot(...last(t))).toBeLessThan(ds);
  });

  it('toward x = 0 in (−1/x, 1) it stops at the singularity, every point finite', () => {
    // x² = 4 − 2t: the speed blows up as x reaches 0 at t = 2.
    const t = traced('(-1/x, 1)', [2, -1]);
    expect(t.stop).toBe('singular');
    expect(t.points.every(Number.isFinite)).toBe(true);
    const [x, y] = last(t);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(2 * ds);
    expect(y).toBeCloseTo(1, 2); // y = −1 + t, and t = 2 at the singularity
  });

  it('at the edge of where F is defined, (−1, √x) at x = 0, it stops', () => {
    const t = traced('(-1, sqrt(x))', [2, 0]);
    expect(t.stop).toBe('singular');
    expect(t.points.every(Number.isFinite)).toBe(true);
    expect(Math.min(...xs(t))).toBeGreaterThanOrEqual(0);
    expect(last(t)[0]).toBeLessThan(ds);
  });

  it('a start where F is undefined is a path of one point', () => {
    const t = traced('(1/x, 1)', [0, 1]);
    expect(t.stop).toBe('singular');
    expect([...t.points]).toEqual([0, 1]);
  });

  it('a start at a fixed point stays put', () => {
    const t = traced('(x, -y)', [0, 0]);
    expect(t.stop).toBe('stalled');
    expect([...t.points]).toEqual([0, 0]);
  });

  it('stops at maxPoints', () => {
    const t = traced('(-y, x)', [2, 0], { maxPoints: 100 });
    expect(t.stop).toBe('max-points');
    expect(t.points.length).toBe(200);
  });
});

describe('backward in time', () => {
  it('a saddle (x, −y) traced both ways: in along y, out along x', () => {
    const t = traced('(x, -y)', [0.5, 0.5], { direction: 'both' });
    expect(t.stop).toBe('left-box');
    expect(t.backStop).toBe('left-box');
    expect(point(t, t.start)).toEqual([0.5, 0.5]);
    // Time order: first point far up the y-axis side, last far along x; xy = 0.25 throughout.
    expect(t.points[1]).toBeGreaterThan(5);
    expect(last(t)[0]).toBeGreaterThan(5);
    for (let k = 0; k < t.points.length; k += 2) expect(t.points[k] * t.points[k + 1]).toBeCloseTo(0.25, 8);
    // The start appears once.
    expect(xs(t).filter((x) => x === 0.5)).toHaveLength(1);
  });

  it('backward out of a sink is forward out of a source', () => {
    const back = traced('(-x, -y)', [1, 0.5], { direction: 'backward' });
    expect(back.stop).toBe('left-box');
    expect(back.backStop).toBeNull();
    expect(back.start).toBe(0);
    expect(point(back, 0)).toEqual([1, 0.5]);
    expect(Math.max(...ys(back))).toBeGreaterThan(2.5);
  });

  it('a closed orbit is not traced twice', () => {
    const t = traced('(-y, x)', [2, 0], { direction: 'both' });
    expect(t.closed).toBe(true);
    expect(t.backStop).toBeNull();
    expect(t.start).toBe(0);
  });
});
