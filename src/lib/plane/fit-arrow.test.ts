import { describe, expect, it } from 'vitest';
import { fitArrow, insetRect } from './fit-arrow';

// A plane 400 × 300 px, 20 px per unit, the origin at its centre.
const toScreen = (p: readonly [number, number]): [number, number] => [200 + 20 * p[0], 150 - 20 * p[1]];
const inner = insetRect(400, 300, 40);

describe('fitArrow', () => {
  it('leaves an arrow that fits alone', () => {
    expect(fitArrow([0, 0], [2, 1], toScreen, inner)).toBe(1);
  });
  it('shortens an arrow whose tip would leave the view, keeping the direction', () => {
    // Right edge of the inner rect is x = 360 px, i.e. 8 units from the centre.
    expect(fitArrow([0, 0], [16, 0], toScreen, inner)).toBeCloseTo(0.5, 12);
    expect(fitArrow([4, 0], [0, 100], toScreen, inner)).toBeCloseTo(0.055, 12);
  });
  it('caps the world length first', () => {
    expect(fitArrow([0, 0], [5, 0], toScreen, inner, 2.5)).toBeCloseTo(0.5, 12);
  });
  it('draws nothing from a tail out of view, or for a zero or undefined vector', () => {
    expect(fitArrow([100, 0], [1, 0], toScreen, inner)).toBe(0);
    expect(fitArrow([0, 0], [0, 0], toScreen, inner)).toBe(0);
    expect(fitArrow([0, 0], [NaN, 1], toScreen, inner)).toBe(0);
  });
});
