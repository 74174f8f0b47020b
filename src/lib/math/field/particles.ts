// Particles carried by a plane vector field F = (P, Q), for the flow picture.
// Struct of arrays (one typed array per coordinate), so a frame of 200,000
// particles allocates nothing and stays in the CPU's cache lines.
//
// Integrator: RK2, the explicit midpoint rule (Hairer, Nørsett & Wanner,
// "Solving Ordinary Differential Equations I", §II.1). At one step per frame the
// error per step is far below a pixel, so it draws the same picture as RK4 at
// half the field evaluations; rk4Step is here for callers that need accuracy.

import type { Box } from '../box';
import { createRandom, type Random } from '../random';

/** A compiled component of the field, positional: (x, y, t) — the shape compile() returns. */
export type Component = (a: number, b: number, c: number) => number;

/** One step of the midpoint rule from (x, y) at time t; writes the new point into out[0], out[1]. */
export function rk2Step(p: Component, q: Component, x: number, y: number, t: number, h: number, out: Float64Array | number[]): void {
  const mx = x + 0.5 * h * p(x, y, t);
  const my = y + 0.5 * h * q(x, y, t);
  const th = t + 0.5 * h;
  out[0] = x + h * p(mx, my, th);
  out[1] = y + h * q(mx, my, th);
}

/** One step of the classical Runge–Kutta method (RK4); writes the new point into out[0], out[1]. */
export function rk4Step(p: Component, q: Component, x: number, y: number, t: number, h: number, out: Float64Array | number[]): void {
  const hh = 0.5 * h;
  const k1x = p(x, y, t);
  const k1y = q(x, y, t);
  const k2x = p(x + hh * k1x, y + hh * k1y, t + hh);
  const k2y = q(x + hh * k1x, y + hh * k1y, t + hh);
  const k3x = p(x + hh * k2x, y + hh * k2y, t + hh);
  const k3y = q(x + hh * k2x, y + hh * k2y, t + hh);
  const k4x = p(x + h * k3x, y + h * k3y, t + h);
  const k4y = q(x + h * k3x, y + h * k3y, t + h);
  out[0] = x + (h / 6) * (k1x + 2 * k2x + 2 * k3x + k4x);
  out[1] = y + (h / 6) * (k1y + 2 * k2y + 2 * k3y + k4y);
}

/** Horizontal bands particles start in, top to bottom (see #respawn). */
const BANDS = 256;

export interface AdvanceOptions {
  /** The field's time at the start of the step (its third argument); 0 when omitted. */
  readonly t?: number;
  /** Wall-clock seconds this step stands for: particles age by it. Defaults to |h|. */
  readonly dt?: number;
  /** A particle leaves when it is this fraction of the box's width or height outside it (0.05). */
  readonly margin?: number;
  /**
   * A particle stalls, and starts again elsewhere, when it crosses less than this fraction of the
   * box per unit of field time (0.002: two pixels a second on a 1000 px view at speed 1). Per field
   * time, not per wall second, so a slower playback speed does not stall everything. Near a sink
   * particles would otherwise pile up on one pixel while the rest of the view empties.
   */
  readonly stall?: number;
}

export interface AdvanceResult {
  /** Particles that moved this step and may be drawn from (px, py) to (x, y). */
  readonly alive: number;
  /** Particles started again this step (left the box, aged out, stalled or met a non-finite value). */
  readonly respawned: number;
}

export interface ParticleOptions {
  /** Mean lifetime in wall-clock seconds (4); each particle's own is drawn from 0.5–1.5× of it. */
  readonly lifetime?: number;
}

export class ParticleSystem {
  readonly count: number;
  /** Positions now. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Positions before the last step: a particle is drawn as the segment from here to (x, y). */
  readonly px: Float64Array;
  readonly py: Float64Array;
  /** Seconds since the particle started, and the age at which it starts again. */
  readonly age: Float32Array;
  readonly maxAge: Float32Array;
  /** 1 when the last step moved the particle (draw it), 0 when it was started again (don't). */
  readonly moved: Uint8Array;
  readonly #random: Random;
  readonly #lifetime: number;
  readonly #bands: number;

  /** `count` particles spread uniformly over `box`, from `seed`: equal seeds give equal runs. */
  constructor(count: number, box: Box, seed: number, options: ParticleOptions = {}) {
    if (!Number.isInteger(count) || count < 0) throw new Error(`particle count must be a whole number ≥ 0, got ${count}`);
    this.count = count;
    this.x = new Float64Array(count);
    this.y = new Float64Array(count);
    this.px = new Float64Array(count);
    this.py = new Float64Array(count);
    this.age = new Float32Array(count);
    this.maxAge = new Float32Array(count);
    this.moved = new Uint8Array(count);
    this.#random = createRandom(seed);
    this.#lifetime = options.lifetime ?? 4;
    this.#bands = Math.max(1, Math.min(BANDS, count));
    this.scatter(box);
  }

  /** Every particle to a fresh random point of `box` (after a pan or zoom), at a random point of its life. */
  scatter(box: Box): void {
    for (let i = 0; i < this.count; i++) {
      this.#respawn(i, box);
      // Spread over their lives, so they don't all start again in one wave.
      this.age[i] = this.#random.next() * this.maxAge[i];
    }
  }

  #respawn(i: number, box: Box): void {
    const r = this.#random;
    // Stratified by slot: particle i starts somewhere in horizontal band i·BANDS/count. Still
    // uniform over the box (each band has the same number of slots), but particles next to each
    // other in the arrays start near each other, so drawing them walks memory in order instead of
    // missing the cache at every particle (a third of the drawing time at 200,000).
    const band = Math.floor((i * this.#bands) / this.count);
    const x = box.xMin + (box.xMax - box.xMin) * r.next();
    const y = box.yMax - ((box.yMax - box.yMin) * (band + r.next())) / this.#bands;
    this.x[i] = this.px[i] = x;
    this.y[i] = this.py[i] = y;
    this.age[i] = 0;
    this.maxAge[i] = this.#lifetime * (0.5 + r.next());
    this.moved[i] = 0;
  }

  /**
   * One RK2 step of length h (field time units) for every particle. A particle starts again at a
   * random point of `box` when it leaves the box (by more than the margin), outlives its lifetime,
   * stalls, or meets a non-finite value (1/x at x = 0): such a step is never drawn.
   */
  advance(p: Component, q: Component, h: number, box: Box, options: AdvanceOptions = {}): AdvanceResult {
    const t = options.t ?? 0;
    const dt = options.dt ?? Math.abs(h);
    const margin = options.margin ?? 0.05;
    const w = box.xMax - box.xMin;
    const hgt = box.yMax - box.yMin;
    const x0 = box.xMin - margin * w;
    const x1 = box.xMax + margin * w;
    const y0 = box.yMin - margin * hgt;
    const y1 = box.yMax + margin * hgt;
    // Compared squared: a step shorter than this (in world units) is a stall.
    const minStep = (options.stall ?? 0.002) * Math.min(w, hgt) * Math.abs(h);
    const minStep2 = minStep * minStep;
    const hh = 0.5 * h;
    const th = t + hh;
    const { x: X, y: Y, px: PX, py: PY, age, maxAge, moved } = this;
    let alive = 0;
    let respawned = 0;
    for (let i = 0; i < this.count; i++) {
      const x = X[i];
      const y = Y[i];
      const a = age[i] + dt;
      const mx = x + hh * p(x, y, t);
      const my = y + hh * q(x, y, t);
      const nx = x + h * p(mx, my, th);
      const ny = y + h * q(mx, my, th);
      const dx = nx - x;
      const dy = ny - y;
      // The box test also catches NaN and ±Infinity at the end (every comparison with NaN is
      // false); the midpoint's own test catches an infinite first slope that the second washed
      // out (1/x at x = 0, then 1/∞ = 0), which would otherwise draw a step through a pole.
      const keep = nx >= x0 && nx <= x1 && ny >= y0 && ny <= y1 && mx - mx === 0 && my - my === 0 && a < maxAge[i] && dx * dx + dy * dy >= minStep2;
      if (keep) {
        PX[i] = x;
        PY[i] = y;
        X[i] = nx;
        Y[i] = ny;
        age[i] = a;
        moved[i] = 1;
        alive++;
      } else {
        this.#respawn(i, box);
        respawned++;
      }
    }
    return { alive, respawned };
  }
}
