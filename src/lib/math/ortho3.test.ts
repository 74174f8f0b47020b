import { describe, expect, it } from 'vitest';
import { turn, turnMatrix } from './ortho3';

describe('orthographic turn', () => {
  it('is the identity unturned and keeps lengths', () => {
    expect(turn(turnMatrix(0, 0), [1, 2, 3])).toEqual([1, 2, 3]);
    const m = turnMatrix(-35, 20);
    for (const p of [
      [1, 0, 0],
      [0, 1, 0],
      [3, -4, 12],
    ] as const) {
      const q = turn(m, p);
      expect(Math.hypot(...q)).toBeCloseTo(Math.hypot(...p), 12);
    }
  });
  it('turns x towards the viewer by yaw, and tilts the top away by pitch', () => {
    const q = turn(turnMatrix(90, 0), [1, 0, 0]);
    expect(q[0]).toBeCloseTo(0, 12);
    expect(q[2]).toBeCloseTo(-1, 12);
    const t = turn(turnMatrix(0, 90), [0, 1, 0]);
    expect(t[1]).toBeCloseTo(0, 12);
    expect(t[2]).toBeCloseTo(1, 12);
  });
});
