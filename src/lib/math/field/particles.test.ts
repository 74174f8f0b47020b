import { describe, expect, it } from 'vitest';
import type { Box } from '../box';
import { ParticleSystem, rk2Step, rk4Step, type Component } from './particles';

// The rotation field F = (−y, x): every orbit is a circle, once around in time 2π.
const rotP: Component = (_x, y) => -y;
const rotQ: Component = (x) => x;
const BOX: Box = { xMin: -2, xMax: 2, yMin: -2, yMax: 2 };

function orbit(step: typeof rk2Step, n: number, start: readonly [number, number]) {
  const out = new Float64Array(2);
  let [x, y] = start;
  const h = (2 * Math.PI) / n;
  for (let k = 0; k < n; k++) {
    step(rotP, rotQ, x, y, k * h, h, out);
    x = out[0];
    y = out[1];
  }
  return Math.hypot(x - start[0], y - start[1]);
}

describe('rk2Step and rk4Step', () => {
  it('RK2 with 600 steps comes back round the rotation to within 1e-3 of the radius', () => {
    // Midpoint rule on (−y, x): phase error about 2π·h²/6 ≈ 1.1e-4 at h = 2π/600.
    expect(orbit(rk2Step, 600, [1, 0])).toBeLessThan(1e-3);
    expect(orbit(rk2Step, 600, [0, 1.5]) / 1.5).toBeLessThan(1e-3);
  });

  it('RK4 with 100 steps comes back round the rotation to within 1e-6 of the radius', () => {
    expect(orbit(rk4Step, 100, [1, 0])).toBeLessThan(1e-6);
  });

  it('pass the time to the field: dx/dt = t from 0 to 1 gives 1/2 exactly', () => {
    const out = [0, 0];
    let x = 0;
    for (let k = 0; k < 10; k++) {
      rk2Step(
        (_a, _b, t) => t,
        () => 0,
        x,
        0,
        k / 10,
        1 / 10,
        out,
      );
      x = out[0];
    }
    expect(x).toBeCloseTo(0.5, 12);
  });
});

describe('ParticleSystem', () => {
  it('RK2 with 600 steps: particles that stay in the box come back round the rotation to within 1e-3 of their radius', () => {
    const s = new ParticleSystem(500, BOX, 7, { lifetime: 1e9 });
    const x0 = Float64Array.from(s.x);
    const y0 = Float64Array.from(s.y);
    const stayed = new Uint8Array(s.count).fill(1);
    const n = 600;
    for (let k = 0; k < n; k++) {
      s.advance(rotP, rotQ, (2 * Math.PI) / n, BOX);
      for (let i = 0; i < s.count; i++) if (!s.moved[i]) stayed[i] = 0;
    }
    let checked = 0;
    for (let i = 0; i < s.count; i++) {
      if (!stayed[i]) continue;
      const r = Math.hypot(x0[i], y0[i]);
      expect(Math.hypot(s.x[i] - x0[i], s.y[i] - y0[i]) / r).toBeLessThan(1e-3);
      checked++;
    }
    // Those inside the circle of radius 2 (π/4 of the square) never leave it.
    expect(checked).toBeGreaterThan(0.7 * s.count);
  });

  it('particles start spread evenly over the box (within 3% in each quarter)', () => {
    const s = new ParticleSystem(20_000, BOX, 9);
    const quarters = [0, 0, 0, 0];
    for (let i = 0; i < s.count; i++) quarters[(s.x[i] > 0 ? 1 : 0) + (s.y[i] > 0 ? 2 : 0)]++;
    for (const n of quarters) expect(Math.abs(n / s.count - 0.25)).toBeLessThan(0.03);
  });

  it('the same seed gives the same particles, another seed others', () => {
    const run = (seed: number) => {
      const s = new ParticleSystem(200, BOX, seed, { lifetime: 0.5 });
      for (let k = 0; k < 100; k++) s.advance(rotP, rotQ, 0.05, BOX, { dt: 1 / 60 });
      return [...s.x, ...s.y];
    };
    expect(run(1)).toEqual(run(1));
    expect(run(2)).not.toEqual(run(1));
  });

  it('particles meeting NaN or ±Infinity start again and never hold a non-finite position', () => {
    const fields: [string, Component, Component][] = [
      ['sqrt(x), NaN left of the y axis', (x) => Math.sqrt(x), () => 1],
      ['1/x rounded to a grid, Infinity on the y axis', (x) => 1 / Math.round(x * 4), () => 0.3],
      ['-Infinity below the x axis', () => 1, (_x, y) => (y < 0 ? -Infinity : 1)],
    ];
    for (const [name, p, q] of fields) {
      const s = new ParticleSystem(1000, BOX, 3);
      let respawned = 0;
      for (let k = 0; k < 50; k++) {
        respawned += s.advance(p, q, 0.02, BOX).respawned;
        for (const a of [s.x, s.y, s.px, s.py]) expect(a.every(Number.isFinite), name).toBe(true);
        // A drawn segment never ends on a point where the field is undefined.
        for (let i = 0; i < s.count; i++) if (s.moved[i]) expect(Number.isFinite(p(s.px[i], s.py[i], 0) + q(s.px[i], s.py[i], 0)), name).toBe(true);
      }
      expect(respawned, name).toBeGreaterThan(0);
    }
  });

  it('a particle that leaves the box starts again inside it', () => {
    const box: Box = { xMin: 0, xMax: 1, yMin: 0, yMax: 1 };
    const s = new ParticleSystem(300, box, 5, { lifetime: 1e9 });
    let respawned = 0;
    for (let k = 0; k < 40; k++) {
      respawned += s.advance(
        () => 1,
        () => -0.5,
        0.05,
        box,
        { margin: 0.1 },
      ).respawned;
      for (let i = 0; i < s.count; i++) {
        expect(s.x[i]).toBeGreaterThanOrEqual(-0.1);
        expect(s.x[i]).toBeLessThanOrEqual(1.1);
        expect(s.y[i]).toBeGreaterThanOrEqual(-0.1);
        if (!s.moved[i]) expect(s.x[i] >= 0 && s.x[i] <= 1 && s.y[i] >= 0 && s.y[i] <= 1).toBe(true);
      }
    }
    // Two box widths of travel: every particle has left at least once.
    expect(respawned).toBeGreaterThanOrEqual(300);
  });

  it('lifetimes differ from particle to particle, so they start again a few at a time, not in waves', () => {
    const s = new ParticleSystem(2000, BOX, 11, { lifetime: 1 });
    const dt = 1 / 60;
    let most = 0;
    let total = 0;
    for (let k = 0; k < 180; k++) {
      const { respawned } = s.advance(rotP, rotQ, 0.01, BOX, { dt, margin: 10 });
      most = Math.max(most, respawned);
      total += respawned;
    }
    // Three seconds at a mean lifetime of one: about 6000 respawns, some 33 a frame.
    expect(total).toBeGreaterThan(4000);
    expect(most).toBeLessThan(0.05 * s.count);
  });

  it('particles stall and start again where the field vanishes, but not while the step is 0', () => {
    const s = new ParticleSystem(100, BOX, 2);
    expect(
      s.advance(
        () => 0,
        () => 0,
        0.1,
        BOX,
      ),
    ).toEqual({ alive: 0, respawned: 100 });
    expect(
      s.advance(
        () => 0,
        () => 0,
        0,
        BOX,
        { dt: 1 / 60 },
      ).alive,
    ).toBe(100);
  });
});
