import { describe, expect, it } from 'vitest';
import { lab, rgb } from 'd3-color';
import { interpolatePuOr, interpolateRdBu } from 'd3-scale-chromatic';
import { LUT_SIZE, diverging } from '.';

const hex = (c: string) => rgb(c).formatHex();
const tableIndex = (s: ReturnType<typeof diverging>, v: number) => Math.round(s.fraction(v) * (LUT_SIZE - 1));

describe('diverging scales', () => {
  it('are centred on 0 with a symmetric domain', () => {
    const s = diverging({ values: [-1, 0.5, 3, NaN] });
    expect(s.domain).toEqual([-3, 3]);
    expect(s.fraction(0)).toBe(0.5);
    expect(s.color(0)).toBe(hex(interpolateRdBu(0.5)));
    expect(s.levels).toContain(0);
    expect(s.levels.map((l) => -l || 0).reverse()).toEqual(s.levels);
  });

  it('put v and −v at mirrored places, equally strong', () => {
    const s = diverging({ domain: [-2, 5], scheme: 'PuOr' });
    const ramp = interpolatePuOr;
    for (const v of [0.1, 1, 2.7, 5, 9]) {
      expect(s.fraction(-v)).toBeCloseTo(1 - s.fraction(v), 12);
      expect(s.color(v)).toBe(hex(ramp(s.fraction(v))));
      expect(s.color(-v)).toBe(hex(ramp(1 - s.fraction(v))));
      expect(tableIndex(s, -v)).toBe(LUT_SIZE - 1 - tableIndex(s, v));
    }
    // The table's middle entry is 0's own.
    const out = new Uint8ClampedArray(4);
    s.rgb(0, out);
    const c = rgb(ramp(0.5));
    expect([...out]).toEqual([c.r, c.g, c.b, 255]);
  });

  it('show negative as blue and positive as red with RdBu (reversed)', () => {
    const s = diverging({ domain: [-1, 1] });
    expect(s.color(-1)).toBe(hex(interpolateRdBu(1)));
    expect(s.color(1)).toBe(hex(interpolateRdBu(0)));
    expect(rgb(s.color(-1)).b).toBeGreaterThan(rgb(s.color(-1)).r);
  });

  it('take the background’s neighbour as the colour of 0', () => {
    const s = diverging({ domain: [-1, 1], middle: '#24282d' });
    expect(s.color(0)).toBe('#24282d');
    expect(s.color(1)).toBe(hex(interpolateRdBu(0.3)));
    expect(s.fraction(-0.4)).toBeCloseTo(1 - s.fraction(0.4), 12);
  });

  it('grow lighter away from a dark middle, so strong values stand out on a dark background', () => {
    for (const scheme of ['RdBu', 'PuOr'] as const) {
      const s = diverging({ domain: [-1, 1], middle: '#24282d', scheme });
      expect(s.color(0)).toBe('#24282d');
      const l = (v: number) => lab(s.color(v)).l;
      expect(l(1)).toBeGreaterThan(65);
      expect(l(-1)).toBeGreaterThan(65);
      for (const [a, b] of [
        [0, 0.3],
        [0.3, 0.6],
        [0.6, 1],
      ]) {
        expect(l(b)).toBeGreaterThan(l(a));
        expect(l(-b)).toBeGreaterThan(l(-a));
      }
      // Each side keeps its hue: blue below 0 with RdBu.
      if (scheme === 'RdBu') expect(rgb(s.color(-1)).b).toBeGreaterThan(rgb(s.color(-1)).r);
    }
  });

  it('label both ends and 0 on the legend, with a true minus', () => {
    const s = diverging({ values: [-0.25, 0.2] });
    const texts = s.ticks.map((t) => t.text);
    expect(texts[0]).toBe('\u22120.25');
    expect(texts).toContain('0');
    expect(texts[texts.length - 1]).toBe('0.25');
    expect(s.ticks.find((t) => t.value === 0)?.at).toBe(0.5);
    expect(s.describe).toMatch(/0 in the middle/);
  });

  it('leave holes for undefined values and cope with all zeros', () => {
    const s = diverging({ values: [0, 0] });
    expect(s.color(NaN)).toBe('transparent');
    expect(s.fraction(0)).toBe(0.5);
    const out = new Uint8ClampedArray(4).fill(7);
    s.rgb(NaN, out);
    expect(out[3]).toBe(0);
    expect(diverging({ values: [NaN] }).ticks).toEqual([]);
  });
});

describe('a pole does not set a diverging scale', () => {
  it('1/x-like values: the ends clip to the bulk, and the legend says so', () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => (i === 500 ? -12500 : i === 501 ? 12500 : Math.sin(i) * 2));
    const s = diverging({ values });
    expect(s.domain[1]).toBeLessThan(10);
    expect(s.domain[0]).toBe(-s.domain[1]);
    expect(s.describe).toMatch(/clipped to the ends/);
    expect(s.fraction(12500)).toBe(1);
  });
});
