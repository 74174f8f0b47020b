import { describe, expect, it } from 'vitest';
import { clipParams, clipSegment, screenRect } from './clip';

const R = { x0: 0, y0: 0, x1: 100, y1: 50 };

describe('clipSegment', () => {
  it('keeps a segment that lies inside', () => {
    expect(clipSegment([10, 10], [90, 40], R)).toEqual({ from: [10, 10], to: [90, 40], skipped: 0 });
  });

  it('cuts a long line to the rectangle and says how much was skipped at the start', () => {
    const c = clipSegment([-1000, 25], [1000, 25], R)!;
    expect(c.from).toEqual([0, 25]);
    expect(c.to).toEqual([100, 25]);
    expect(c.skipped).toBeCloseTo(1000);
  });

  it('cuts a diagonal through a corner region', () => {
    const c = clipSegment([-50, -50], [150, 150], R)!;
    expect(c.from[0]).toBeCloseTo(0);
    expect(c.from[1]).toBeCloseTo(0);
    expect(c.to[0]).toBeCloseTo(50);
    expect(c.to[1]).toBeCloseTo(50);
  });

  it('drops a segment that misses the rectangle', () => {
    expect(clipSegment([-10, -10], [-1, 60], R)).toBeNull();
    expect(clipSegment([110, 10], [200, 40], R)).toBeNull();
    expect(clipSegment([0, 60], [100, 70], R)).toBeNull(); // horizontal, below
  });

  it('gives null for non-finite ends instead of drawing garbage', () => {
    expect(clipSegment([NaN, 0], [1, 1], R)).toBeNull();
    expect(clipSegment([0, 0], [Infinity, 1], R)).toBeNull();
  });

  it('keeps a point-sized segment inside, drops one outside', () => {
    expect(clipParams([5, 5], [5, 5], R)).toEqual([0, 1]);
    expect(clipParams([-5, 5], [-5, 5], R)).toBeNull();
  });

  it('grows the screen by a margin', () => {
    expect(screenRect(100, 50, 10)).toEqual({ x0: -10, y0: -10, x1: 110, y1: 60 });
  });
});
