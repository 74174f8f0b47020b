import { describe, expect, it } from 'vitest';
import { pack } from './arrow-pack';
import type { ArrowPicture } from './arrow-paint';

describe('packing an arrow picture for the worker', () => {
  it('keeps every number, in two buffers that can be transferred', () => {
    const f = (k: number) => Float64Array.from({ length: 3 }, (_, i) => 10 * k + i);
    const p: ArrowPicture = {
      n: 3,
      x: f(1),
      y: f(2),
      u: f(3),
      v: f(4),
      magnitude: f(5),
      pxPerMagnitude: 2,
      capPx: 20,
      anchor: 'middle',
      start: Uint32Array.of(0, 1, 3),
      index: Uint32Array.of(2, 0, 1),
      colors: ['red', 'blue'],
      outlined: [false, true],
      present: false,
      dark: true,
    };
    const { picture, transfer } = pack(p);
    expect(transfer).toHaveLength(2);
    for (const k of ['x', 'y', 'u', 'v', 'magnitude', 'start', 'index'] as const) expect([...picture[k]]).toEqual([...p[k]]);
    expect(picture.colors).toEqual(['red', 'blue']);
    // Moving the buffers away leaves the state's own arrays as they were.
    structuredClone(picture, { transfer });
    expect([...p.x]).toEqual([10, 11, 12]);
  });
});
