import { describe, expect, it } from 'vitest';
import { chartLayout, decadeText, lossPath, lossText, seriesExtent, type LossSeries } from './loss-chart';

const series = (loss: number[], divergedAt?: number | null): LossSeries => ({ id: 's', name: 's', color: 'red', loss, divergedAt });

describe('seriesExtent', () => {
  it('ends at the last finite loss and names the first non-finite step', () => {
    expect(seriesExtent(series([3, 2, 1]))).toEqual({ end: 2, divergedAt: null });
    expect(seriesExtent(series([3, 9, Infinity, NaN]))).toEqual({ end: 1, divergedAt: 2 });
    expect(seriesExtent(series([NaN]))).toEqual({ end: -1, divergedAt: 0 });
  });
  it('never draws past the step the series says it diverged at', () => {
    expect(seriesExtent(series([1, 10, 1e5, 1e9, 1e20], 2))).toEqual({ end: 2, divergedAt: 2 });
  });
});

describe('lossText', () => {
  it('three significant digits with a true minus, exponents past 10⁵ and under 10⁻⁴', () => {
    expect(lossText(0.012345)).toBe('0.0123');
    expect(lossText(0.0004)).toBe('0.0004');
    expect(lossText(-2.5)).toBe('−2.5');
    expect(lossText(1.234e-7)).toBe('1.23 × 10⁻⁷');
    expect(lossText(1.234e-7, true)).toBe('1.23e−7');
    expect(lossText(2.5e12)).toBe('2.5 × 10¹²');
    expect(lossText(0)).toBe('0');
    expect(lossText(Infinity)).toBe('∞');
  });
  it('decades', () => {
    expect([-6, 0, 1, 2].map(decadeText)).toEqual(['10⁻⁶', '1', '10', '10²']);
  });
});

describe('chartLayout', () => {
  const layoutOf = (...ss: LossSeries[]) => chartLayout(ss, ss.map(seriesExtent), 400, 180, 12);

  it('positive losses: a log axis over whole decades', () => {
    const l = layoutOf(series([2, 0.5, 1e-6]));
    expect(l.kind).toBe('log');
    expect(l.yTicks.at(0)!.value).toBeCloseTo(1e-6, 18);
    expect(l.yTicks.map((t) => t.text)).toContain('1');
    expect(l.y(10)).toBeCloseTo(l.plot.top, 6);
    expect(l.y(1e-6)).toBeCloseTo(l.plot.bottom, 6);
  });

  it('thins decade ticks over a wide range', () => {
    const l = layoutOf(series([1e30, 1e-30]));
    expect(l.yTicks.length).toBeLessThanOrEqual(6);
    expect(l.yTicks.length).toBeGreaterThanOrEqual(2);
  });

  it('a loss ≤ 0 switches to linear', () => {
    const l = layoutOf(series([1, 0, -3]));
    expect(l.kind).toBe('linear');
    expect(l.scaleNote).toMatch(/linear/);
    expect(l.yTicks.map((t) => t.text)).toContain('0');
  });

  it('copes with nothing to draw, one point, and the ends of the double range', () => {
    for (const s of [series([]), series([NaN]), series([5]), series([5e-324, 1.7e308]), series([0, 0])]) {
      const l = layoutOf(s);
      expect(l.yTicks.every((t) => Number.isFinite(l.y(t.value)))).toBe(true);
      expect(lossPath(s.loss, seriesExtent(s).end, l.x, l.y)).not.toMatch(/NaN|Infinity/);
    }
  });

  it('steps map to pixels and back', () => {
    const l = layoutOf(series(Array.from({ length: 101 }, (_, k) => 1 / (k + 1))));
    expect(l.last).toBe(100);
    expect(l.stepAt(l.x(37))).toBe(37);
    expect(l.stepAt(-50)).toBe(0);
    expect(l.stepAt(1e4)).toBe(100);
  });
});

describe('lossPath', () => {
  it('one vertex a step while there is room', () => {
    expect(
      lossPath(
        [1, 2, 3],
        2,
        (k) => k * 10,
        (v) => v,
      ),
    ).toBe('M0,1L10,2L20,3');
  });
  it('many steps a pixel keep each column’s extremes and the exact end', () => {
    const loss = Array.from({ length: 10001 }, (_, k) => (k % 2 ? 1 : -1) / (1 + k / 1000));
    const d = lossPath(
      loss,
      10000,
      (k) => k / 100,
      (v) => 50 - 40 * v,
    );
    const vertices = d.split(/[ML]/).filter(Boolean);
    expect(vertices.length).toBeLessThanOrEqual(4 * 101);
    const ys = vertices.map((p) => Number(p.split(',')[1]));
    expect(Math.min(...ys)).toBeCloseTo(10, 1);
    expect(Math.max(...ys)).toBeCloseTo(90, 1);
    expect(vertices.at(-1)).toBe(`100,${Math.round((50 - 40 * loss[10000]) * 10) / 10}`);
  });
});
