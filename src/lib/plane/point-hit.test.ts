import { describe, expect, it } from 'vitest';
import type { Vec2 } from '../math/vec2';
import { dotsPath, nearestPoint } from './point-hit';

const toScreen = (p: Vec2): Vec2 => [100 + 10 * p[0], 100 - 10 * p[1]];

describe('point cloud layer', () => {
  const pts: Vec2[] = [
    [0, 0],
    [1, 0],
    [5, 5],
  ];
  it('draws every point but the skipped one as a dot of the one path', () => {
    expect(dotsPath(pts, toScreen)).toBe('M100.0 100.0h0M110.0 100.0h0M150.0 50.0h0');
    expect(dotsPath(pts, toScreen, 1)).toBe('M100.0 100.0h0M150.0 50.0h0');
    expect(dotsPath([[NaN, 0]], toScreen)).toBe('');
  });
  it('finds the nearest point within the radius, never the skipped one', () => {
    expect(nearestPoint(pts, toScreen, [104, 100], 12)).toBe(0);
    expect(nearestPoint(pts, toScreen, [106, 100], 12)).toBe(1);
    expect(nearestPoint(pts, toScreen, [106, 100], 12, 1)).toBe(0);
    expect(nearestPoint(pts, toScreen, [130, 80], 12)).toBe(-1);
    expect(nearestPoint([], toScreen, [0, 0], 12)).toBe(-1);
  });
});
