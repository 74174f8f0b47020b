import { describe, expect, it } from 'vitest';
import { boxAt, placeLabels, spotsAround, type Spot } from './label-layout';

const bounds = { x0: 0, y0: 0, x1: 400, y1: 300 };
const at = (x: number, y: number): Spot => ({ x, y, anchor: 'start', baseline: 'middle' });

describe('label placement', () => {
  it('boxes follow the anchor and the baseline', () => {
    expect(boxAt({ x: 10, y: 20, anchor: 'end', baseline: 'hanging' }, 30, 10)).toEqual({ x0: -20, y0: 19.2, x1: 10, y1: 29.2 });
    expect(boxAt({ x: 10, y: 20, anchor: 'middle', baseline: 'middle' }, 30, 10)).toEqual({ x0: -5, y0: 15, x1: 25, y1: 25 });
  });

  it('a label takes its first free spot, moving off a handle and off another label', () => {
    const handle = { x0: 95, y0: 95, x1: 125, y1: 125 };
    const one = { spots: [at(100, 100), at(200, 100)], width: 20, height: 10, priority: 0 };
    expect(placeLabels([one], [handle], bounds)).toEqual([1]);
    const two = { spots: [at(200, 100), at(200, 150)], width: 20, height: 10, priority: 0 };
    expect(placeLabels([one, two], [handle], bounds)).toEqual([1, 1]);
  });

  it('places higher priorities first, and keeps a label where it was while that stays free', () => {
    const a = { spots: [at(50, 50), at(50, 80)], width: 20, height: 10, priority: 1 };
    const b = { spots: [at(50, 50), at(50, 110)], width: 20, height: 10, priority: 0 };
    expect(placeLabels([b, a], [], bounds)).toEqual([1, 0]);
    expect(placeLabels([{ ...a, previous: 1 }], [], bounds)).toEqual([1]);
  });

  it('stays inside the plane when it can', () => {
    const edge = { spots: spotsAround([395, 150], null, 10), width: 40, height: 12, priority: 0 };
    const [k] = placeLabels([edge], [], bounds);
    const box = boxAt(edge.spots[k], 40, 12);
    expect(box.x1).toBeLessThanOrEqual(400);
  });
});

describe('a label whose every spot costs NaN', () => {
  it('takes its first spot rather than none (nothing reads past the spots)', () => {
    const nan = { x: NaN, y: NaN, anchor: 'start', baseline: 'middle' } as const;
    expect(placeLabels([{ spots: [nan, nan], width: 10, height: 10, priority: 0 }], [], { x0: 0, y0: 0, x1: 100, y1: 100 })).toEqual([0]);
  });
});
