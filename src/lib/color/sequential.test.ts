import { describe, expect, it } from 'vitest';
import { rgb } from 'd3-color';
import { interpolateCividis, interpolateViridis } from 'd3-scale-chromatic';
import { LUT_SIZE, quantileLevels, rangeText, sequential } from '.';

const hex = (c: string) => rgb(c).formatHex();
const rosenbrock = Array.from({ length: 1001 }, (_, i) => (i / 1000) ** 4 * 2500);

describe('sequential scales', () => {
  it('paint the ends with viridis and cividis as d3-scale-chromatic has them', () => {
    for (const [scheme, ramp] of [
      ['viridis', interpolateViridis],
      ['cividis', interpolateCividis],
    ] as const) {
      for (const spacing of ['linear', 'log', 'quantile'] as const) {
        const s = sequential({ values: rosenbrock.map((v) => v + 1), scheme, spacing });
        expect(s.color(s.domain[0])).toBe(hex(ramp(0)));
        expect(s.color(s.domain[1])).toBe(hex(ramp(1)));
        expect(s.stops[0].color).toBe(hex(ramp(0)));
        expect(s.stops[s.stops.length - 1].color).toBe(hex(ramp(1)));
        const out = new Uint8ClampedArray(4);
        s.rgb(s.domain[1], out);
        const c = rgb(ramp(1));
        expect([...out]).toEqual([c.r, c.g, c.b, 255]);
      }
    }
  });

  it('default to equally spaced levels, so the spacing of contour lines shows steepness', () => {
    const s = sequential({ values: rosenbrock });
    expect(s.spacing).toBe('linear');
    expect(s.describe).toBe('equally spaced levels');
    const steps = s.levels
      .slice(1, -1)
      .map((l, k, all) => (k ? l - all[k - 1] : NaN))
      .slice(1);
    for (const d of steps) expect(d).toBeCloseTo(steps[0], 9);
  });

  it('level by rank when asked, as the app once did', () => {
    const s = sequential({ values: rosenbrock, spacing: 'quantile' });
    expect(s.spacing).toBe('quantile');
    expect(s.levels).toEqual(quantileLevels(rosenbrock, 14));
    expect(s.describe).toBe('levels by rank (quantiles)');
    // The median is half-way along the colours, though it is a sixteenth of the range.
    expect(s.fraction(156.25)).toBeCloseTo(0.5, 2);
  });

  it('spread colours by value or by log when asked, and say so', () => {
    const linear = sequential({ domain: [0, 2500], spacing: 'linear', count: 5 });
    expect(linear.fraction(625)).toBe(0.25);
    expect(linear.fraction(-1)).toBe(0);
    expect(linear.fraction(1e9)).toBe(1);
    expect(linear.levels).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(linear.describe).toBe('equally spaced levels');
    const log = sequential({ domain: [1, 1e4], spacing: 'log' });
    expect(log.fraction(100)).toBeCloseTo(0.5, 12);
    expect(log.fraction(0)).toBe(0);
    expect(log.describe).toBe('log-spaced levels');
  });

  it('leave holes where the function is undefined', () => {
    const s = sequential({ values: [0, 1, 2, NaN] });
    const out = new Uint8ClampedArray([9, 9, 9, 9, 9, 9, 9, 9]);
    s.rgb(NaN, out, 4);
    expect([...out.slice(4)]).toEqual([0, 0, 0, 0]);
    s.rgb(Infinity, out, 0);
    expect(out[3]).toBe(0);
    expect(s.color(NaN)).toBe('transparent');
    expect(Number.isNaN(s.fraction(-Infinity))).toBe(true);
    expect(s.domain).toEqual([0, 2]);
  });

  it('paint from a table that agrees with the exact colour', () => {
    const s = sequential({ domain: [0, 1], spacing: 'linear' });
    expect(s.lut).toHaveLength(LUT_SIZE * 4);
    const out = new Uint8ClampedArray(4);
    for (const v of [0, 0.1, 0.37, 0.5, 0.93]) {
      s.rgb(v, out);
      const c = rgb(s.color(v));
      // A table step is 1/256 of the ramp: a colour channel moves at most a few units per step.
      expect(Math.abs(out[0] - c.r) + Math.abs(out[1] - c.g) + Math.abs(out[2] - c.b)).toBeLessThanOrEqual(6);
    }
  });

  it('hand its legend ticks from the same object', () => {
    const s = sequential({ values: rosenbrock, spacing: 'quantile' });
    expect(s.ticks.map((t) => t.text)).toEqual(['0', '156', '2500']);
    expect(s.ticks.map((t) => t.at)).toEqual([0, 0.5, 1]);
    for (const t of s.ticks) expect(t.at).toBe(s.fraction(t.value));
    expect(rangeText(s)).toBe('from 0 to 2500');
    const linear = sequential({ domain: [-0.00123456, 0.5], spacing: 'linear' });
    expect(linear.ticks[0].text).toBe('\u22120.00123');
    for (const t of linear.ticks) expect(t.at).toBeCloseTo(linear.fraction(t.value), 12);
    // Inner ticks keep clear of the ends so their texts don't collide.
    for (let k = 1; k < linear.ticks.length; k++) expect(linear.ticks[k].at - linear.ticks[k - 1].at).toBeGreaterThanOrEqual(0.18);
  });

  it('have nothing to show without finite values, and one colour for a constant', () => {
    const none = sequential({ values: [NaN, NaN] });
    expect(none.levels).toEqual([]);
    expect(none.ticks).toEqual([]);
    expect(rangeText(none)).toBe('no values in view');
    const flat = sequential({ values: [3, 3], spacing: 'linear' });
    expect(flat.fraction(3)).toBe(0.5);
    expect(flat.levels).toEqual([3]);
  });

  it('clip a pole instead of letting it set the scale, and say so', () => {
    // 1/x over a grid that passes close to x = 0: two samples are huge, the rest lie within ±10.
    const xs = Array.from({ length: 2001 }, (_, i) => -10 + i / 100).filter((x) => Math.abs(x) > 1e-9);
    const values = xs.map((x) => 1 / x);
    const s = sequential({ values });
    expect(s.clipped).toEqual({ low: true, high: true });
    expect(s.domain[1]).toBeLessThan(20);
    expect(s.domain[0]).toBeGreaterThan(-20);
    expect(s.describe).toBe('equally spaced levels; the lowest and highest values clipped to the ends');
    expect(s.fraction(1e6)).toBe(1);
    // A bowl has no outliers: its corners keep their colour and their contour lines.
    const bowl = Array.from({ length: 101 * 101 }, (_, k) => ((k % 101) / 50 - 1) ** 2 + (Math.floor(k / 101) / 50 - 1) ** 2);
    const b = sequential({ values: bowl });
    expect(b.clipped).toEqual({ low: false, high: false });
    expect(b.domain).toEqual([0, 2]);
  });
});

describe('legend labels never touch', () => {
  it('a long low end keeps the next label at a distance: 0.000644 to 238 labels no 50 beside it', () => {
    // As a 350 px bar showed it: "0.00064450" (the end and the tick at 50, 0.21 of the way along, touching).
    const values = Array.from({ length: 400 }, (_, i) => 0.000644 + (i / 399) * (238 - 0.000644));
    const texts = sequential({ values }).ticks.map((t) => t.text);
    expect(texts[0]).toBe('0.000644');
    expect(texts).not.toContain('50');
    expect(texts).toContain('100');
    expect(texts.at(-1)).toBe('238');
  });
});
