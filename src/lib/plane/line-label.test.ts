import { describe, expect, it } from 'vitest';
import { labelBox, placeLineLabel, type LineLabelInput } from './line-label';

const bounds = { x0: 0, y0: 0, x1: 800, y1: 600 };
const search = { x0: 48, y0: 48, x1: 752, y1: 552 };
const base: LineLabelInput = { through: [400, 300], direction: [1, -1], chars: 8, em: 16, bounds, search, avoid: [] };

const overlaps = (a: { x0: number; x1: number; y0: number; y1: number }, p: [number, number]) =>
  p[0] >= a.x0 && p[0] <= a.x1 && p[1] >= a.y0 && p[1] <= a.y1;

describe('placeLineLabel', () => {
  it('puts the label on the line, out towards the edge, when nothing is in the way', () => {
    const l = placeLineLabel(base)!;
    // On the line y − 300 = −(x − 400).
    expect(l.at[1] - 300).toBeCloseTo(-(l.at[0] - 400), 9);
    expect(Math.hypot(l.at[0] - 400, l.at[1] - 300)).toBeGreaterThan(150);
  });

  it('moves away from a point that sits where it would go', () => {
    const first = placeLineLabel(base)!;
    const box = labelBox(first.at, base.chars, base.em, first.anchor);
    const centre: [number, number] = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
    const second = placeLineLabel({ ...base, avoid: [centre] })!;
    expect(overlaps(labelBox(second.at, base.chars, base.em, second.anchor), centre)).toBe(false);
  });

  it('keeps its box inside the bounds', () => {
    for (const direction of [
      [1, 0],
      [0, 1],
      [1, 3],
      [-2, 1],
    ] as [number, number][]) {
      const l = placeLineLabel({ ...base, direction, chars: 14, em: 30 })!;
      const b = labelBox(l.at, 14, 30, l.anchor);
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(800);
      expect(b.y0).toBeGreaterThanOrEqual(0);
      expect(b.y1).toBeLessThanOrEqual(600);
    }
  });

  it('keeps its previous place while that is about as good (no hopping under a drag)', () => {
    const first = placeLineLabel({ ...base, avoid: [[700, 60]] })!;
    const next = placeLineLabel({ ...base, direction: [1, -1.05], avoid: [[700, 60]], previous: first.key })!;
    expect(next.key).toBe(first.key);
  });

  it('gives nothing for a line that misses the view or has no direction', () => {
    expect(placeLineLabel({ ...base, through: [-500, -500], direction: [1, -1] })).toBeNull();
    expect(placeLineLabel({ ...base, direction: [0, 0] })).toBeNull();
    expect(placeLineLabel({ ...base, direction: [NaN, 1] })).toBeNull();
  });
});
