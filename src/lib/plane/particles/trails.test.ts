import { describe, expect, it } from 'vitest';
import { ParticleSystem } from '../../math/field/particles';
import { Trails } from './trails';

const BOX = { xMin: 0, xMax: 10, yMin: 0, yMax: 10 };

/** One particle stepped from `from` to `to` (world units; the 10×10 canvas is one pixel per unit). */
function moved(from: [number, number], to: [number, number]) {
  const s = new ParticleSystem(1, BOX, 1);
  s.px[0] = from[0];
  s.py[0] = from[1];
  s.x[0] = to[0];
  s.y[0] = to[1];
  s.moved[0] = 1;
  return s;
}

describe('Trails', () => {
  it('plots a step as the pixels from just after its start to its end, y up', () => {
    const t = new Trails(10, 10);
    expect(t.plot(moved([1.5, 8.5], [4.5, 8.5]), BOX)).toBe(1);
    // World y = 8.5 is pixel row 1 (row 0 at the top, y = 10).
    const row = [...t.ink.subarray(10, 20)];
    expect(row).toEqual([0, 0, 255, 255, 255, 0, 0, 0, 0, 0]);
  });

  it('does not draw particles that were started again', () => {
    const t = new Trails(10, 10);
    const s = moved([1, 1], [2, 2]);
    s.moved[0] = 0;
    expect(t.plot(s, BOX)).toBe(0);
    expect(t.ink.every((a) => a === 0)).toBe(true);
  });

  it('compose paints the ink, which then fades by the trail share each frame and always reaches 0', () => {
    const t = new Trails(10, 10);
    t.setTrail(0.99);
    t.plot(moved([0.5, 0.5], [1.5, 0.5]), BOX);
    const j = 9 * 10 + 1;
    t.compose();
    expect(t.ink[j]).toBe(252);
    let frames = 1;
    while (t.ink[j] > 0 && frames < 10_000) {
      t.compose();
      frames++;
    }
    expect(t.ink[j]).toBe(0);
    expect(frames).toBeLessThan(1000);
    // Ink 1 shows nothing, so the pixel is cleared before compose stops looking at it.
    expect([...t.rgba.subarray(4 * j, 4 * j + 4)]).toEqual([0, 0, 0, 0]);
  });

  it('with no trail, a step shows for one frame only', () => {
    const t = new Trails(10, 10);
    t.setTrail(0);
    t.plot(moved([0.5, 0.5], [1.5, 0.5]), BOX);
    const j = 9 * 10 + 1;
    t.compose();
    expect(t.rgba[4 * j + 3]).toBe(255);
    t.compose();
    expect(t.rgba[4 * j + 3]).toBe(0);
    expect(t.ink.every((a) => a === 0)).toBe(true);
  });

  it('writes the colour with the ink as alpha into RGBA', () => {
    const t = new Trails(2, 1);
    t.setColour(10, 20, 30, 0.5);
    t.plot(moved([0.2, 5], [0.5, 5]), { xMin: 0, xMax: 2, yMin: 0, yMax: 10 });
    t.compose();
    expect([...t.rgba.subarray(0, 4)]).toEqual([10, 20, 30, 128]);
    expect([...t.rgba.subarray(4, 8)]).toEqual([0, 0, 0, 0]);
    // Recoloured from the ink kept for the next frame (255 · 0.9, rounded down).
    t.setColour(200, 100, 0, 1);
    expect([...t.rgba.subarray(0, 4)]).toEqual([200, 100, 0, 229]);
  });

  it('a jump longer than 64 pixels draws only its end', () => {
    const t = new Trails(100, 1);
    t.plot(moved([0.5, 0.5], [99.5, 0.5]), { xMin: 0, xMax: 100, yMin: 0, yMax: 1 });
    expect(t.ink.reduce((n, a) => n + (a > 0 ? 1 : 0), 0)).toBe(1);
    expect(t.ink[99]).toBe(255);
  });
});

describe('Trails at a size that is not a multiple of four pixels', () => {
  it('composes the last, partial word too', () => {
    const t = new Trails(7, 1);
    t.plot(moved([5.2, 0.5], [6.5, 0.5]), { xMin: 0, xMax: 7, yMin: 0, yMax: 1 });
    t.compose();
    expect([...t.ink]).toEqual([0, 0, 0, 0, 0, 229, 229]);
    expect(t.rgba[4 * 6 + 3]).toBe(255);
    expect(t.rgba[4 * 4 + 3]).toBe(0);
  });
});
