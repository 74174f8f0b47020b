// The particles' picture as one byte of ink per device pixel, faded in place
// each frame: far cheaper than stroking 200,000 canvas paths. Every particle is
// the same colour, so a pixel only needs its ink (alpha); a 256-entry table
// turns ink into the RGBA word that putImageData copies. A frame: plot, then
// compose.

import type { Box } from '../../math/box';
import type { ParticleSystem } from '../../math/field/particles';

/** A step longer than this many pixels is a jump (a wrap-around, a near-pole): only its end is drawn. */
const LONGEST_SEGMENT = 64;

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export class Trails {
  readonly width: number;
  readonly height: number;
  /** Ink per pixel, 0 (none) … 255 (a particle's head). */
  readonly ink: Uint8Array;
  /** The same pixels as non-premultiplied RGBA, for an ImageData. */
  readonly rgba: Uint8ClampedArray<ArrayBuffer>;
  readonly #words: Uint32Array;
  readonly #ink32: Uint32Array;
  readonly #fade = new Uint8Array(256);
  readonly #colour = new Uint32Array(256);

  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    // Padded to whole 32-bit words, so compose can skip four empty pixels at a time.
    this.#ink32 = new Uint32Array(Math.ceil((width * height) / 4));
    this.ink = new Uint8Array(this.#ink32.buffer, 0, width * height);
    this.rgba = new Uint8ClampedArray(width * height * 4);
    this.#words = new Uint32Array(this.rgba.buffer);
    this.setTrail(0.9);
    this.setColour(0, 0, 0, 1);
  }

  /** trail 0 … 1: the share of its ink a pixel keeps from one frame to the next (capped at 0.99). */
  setTrail(trail: number): void {
    const keep = Math.min(0.99, Math.max(0, Number.isFinite(trail) ? trail : 0));
    // Rounded down, so ink always falls by at least one step; and every trail ends on 1, which is
    // drawn as nothing, before 0, which compose skips: so no pixel keeps a word it no longer has ink for.
    this.#fade[0] = 0;
    this.#fade[1] = 0;
    for (let a = 2; a < 256; a++) this.#fade[a] = Math.max(1, Math.floor(a * keep));
  }

  /** r, g, b 0 … 255, alpha 0 … 1 (the colour's own; ink scales it). Recolours what is drawn. */
  setColour(r: number, g: number, b: number, alpha: number): void {
    for (let a = 0; a < 256; a++) {
      const A = Math.round(a * alpha);
      this.#colour[a] = a <= 1 ? 0 : LITTLE_ENDIAN ? ((A << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | A) >>> 0;
    }
    const { ink } = this;
    const words = this.#words;
    const colour = this.#colour;
    for (let i = 0; i < ink.length; i++) words[i] = colour[ink[i]];
  }

  clear(): void {
    this.#ink32.fill(0);
    this.#words.fill(0);
  }

  /**
   * The picture from the ink (into rgba), then every pixel keeps its share of ink (setTrail) for the
   * next frame: one pass over the pixels a frame, after plot. Four pixels at a time, as one 32-bit
   * word of ink: four empty pixels are skipped at once, and otherwise there is no branch per pixel
   * (trails make the ink patchy, and a branch on it mispredicts about every other pixel).
   */
  compose(): void {
    const ink32 = this.#ink32;
    const words = this.#words;
    const fade = this.#fade;
    const colour = this.#colour;
    if (!LITTLE_ENDIAN) return this.#composeBytes();
    // The padding past the last pixel is never inked, so its word of ink is 0 and skipped.
    const full = (this.ink.length >> 2) << 2;
    for (let k = 0; k < ink32.length; k++) {
      const w = ink32[k];
      if (w === 0) continue;
      const i = k << 2;
      const a0 = w & 255;
      const a1 = (w >>> 8) & 255;
      const a2 = (w >>> 16) & 255;
      const a3 = w >>> 24;
      if (i < full) {
        words[i] = colour[a0];
        words[i + 1] = colour[a1];
        words[i + 2] = colour[a2];
        words[i + 3] = colour[a3];
        ink32[k] = fade[a0] | (fade[a1] << 8) | (fade[a2] << 16) | (fade[a3] << 24);
      } else this.#composeBytes(i);
    }
  }

  /** compose() a byte at a time from pixel `from`: for the last, partial word, and big-endian machines. */
  #composeBytes(from = 0): void {
    const { ink } = this;
    const words = this.#words;
    const fade = this.#fade;
    const colour = this.#colour;
    for (let i = from; i < ink.length; i++) {
      const a = ink[i];
      words[i] = colour[a];
      ink[i] = fade[a];
    }
  }

  /**
   * Each particle that moved in its last step, as the segment from where it was to where it is,
   * in full ink; `box` is the world region at the canvas's edges. Returns how many heads landed on
   * the canvas. Only the ink: compose() makes the picture. (Writing the RGBA word here too, at
   * scattered addresses in a buffer four times larger, cost more than the whole compose pass.)
   */
  plot(s: ParticleSystem, box: Box): number {
    const W = this.width;
    const H = this.height;
    const kx = W / (box.xMax - box.xMin);
    const ky = H / (box.yMax - box.yMin);
    const { xMin, yMax } = box;
    const { x: X, y: Y, px: PX, py: PY, moved } = s;
    const { ink } = this;
    let drawn = 0;
    for (let i = 0; i < s.count; i++) {
      if (moved[i] === 0) continue;
      const x1 = (X[i] - xMin) * kx;
      const y1 = (yMax - Y[i]) * ky;
      const x0 = (PX[i] - xMin) * kx;
      const y0 = (yMax - PY[i]) * ky;
      if (x1 >= 0 && x1 < W && y1 >= 0 && y1 < H) drawn++;
      const dx = x1 - x0;
      const dy = y1 - y0;
      const n = Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
      // A jump, or no move at all: only the end.
      if (n > LONGEST_SEGMENT || n < 1) {
        if (x1 >= 0 && x1 < W && y1 >= 0 && y1 < H) {
          const j = (y1 | 0) * W + (x1 | 0);
          ink[j] = 255;
        }
        continue;
      }
      const sx = dx / n;
      const sy = dy / n;
      // From the pixel after the start to the end: the start was last frame's end, already inked.
      for (let k = 1; k <= n; k++) {
        const px = x0 + sx * k;
        const py = y0 + sy * k;
        if (px >= 0 && px < W && py >= 0 && py < H) {
          const j = (py | 0) * W + (px | 0);
          ink[j] = 255;
        }
      }
    }
    return drawn;
  }
}
