import { describe, expect, it } from 'vitest';
import { gridStep, MAX_LABEL_GAP_PX, MIN_LABEL_GAP_PX, ticks } from './grid-steps';

describe('gridStep', () => {
  it('keeps labelled lines 60–140 px apart at every zoom', () => {
    for (let px = 0.001; px < 1e6; px *= 1.037) {
      const { major, minor } = gridStep(px);
      const gap = major * px;
      expect(gap).toBeGreaterThanOrEqual(MIN_LABEL_GAP_PX * (1 - 1e-9));
      expect(gap).toBeLessThanOrEqual(MAX_LABEL_GAP_PX);
      expect(minor).toBeLessThan(major);
    }
  });
  it('uses whole units at the default zoom', () => {
    expect(gridStep(60)).toEqual({ major: 1, minor: 0.2 });
    expect(gridStep(40)).toEqual({ major: 2, minor: 0.5 });
  });
});

describe('ticks', () => {
  it('lists clean multiples', () => {
    expect(ticks(-0.25, 0.35, 0.1)).toEqual([-0.2, -0.1, 0, 0.1, 0.2, 0.3]);
    expect(ticks(1, 0, 1)).toEqual([]);
  });
  it('refuses absurd counts', () => {
    expect(ticks(0, 1e9, 1)).toEqual([]);
  });
});
