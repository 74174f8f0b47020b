import { describe, expect, it } from 'vitest';
import { spread2 } from '../../lib/math/stats/spread2';
import { PRESET_IDS, presetPoints } from './presets';

describe('PCA presets', () => {
  it('are the same points every time for a seed, and differ between seeds', () => {
    for (const id of PRESET_IDS) {
      expect(presetPoints(id, 50, 1)).toEqual(presetPoints(id, 50, 1));
      expect(presetPoints(id, 50, 1)).not.toEqual(presetPoints(id, 50, 2));
    }
  });

  it('look like their names', () => {
    const hw = spread2(presetPoints('height-weight', 500, 1))!;
    expect(hw.mean[0]).toBeGreaterThan(165);
    expect(hw.mean[0]).toBeLessThan(175);
    expect(hw.cov[0][1]).toBeGreaterThan(0);
    const line = spread2(presetPoints('line', 500, 1))!;
    expect(line.values[0] / line.total).toBeGreaterThan(0.95);
    expect(Math.abs(line.angle - (Math.atan(0.6) * 180) / Math.PI)).toBeLessThan(2);
    const blob = spread2(presetPoints('blob', 500, 1))!;
    expect(blob.values[0] / blob.total).toBeLessThan(0.6);
    const two = presetPoints('clusters', 80, 1);
    expect(two.filter((p) => p[0] < 0).length).toBeGreaterThan(30);
    expect(two.filter((p) => p[0] > 0).length).toBeGreaterThan(30);
  });
});
