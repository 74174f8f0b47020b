import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from './random';

const draws = (r: Random, n: number, draw: (r: Random) => number = (x) => x.next()) => Array.from({ length: n }, () => draw(r));

function moments(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
  return { mean, variance };
}

describe('createRandom', () => {
  // The gist's algorithm transcribed to Python, independently of random.ts:
  // python3 -c "M=0xffffffff
  // def g(a):
  //   while True:
  //     a=(a+0x6D2B79F5)&M; t=a; t=(t^(t>>15))*(t|1)&M; t^=(t+((t^(t>>7))*(t|61)&M))&M; yield ((t^(t>>14))&M)/2**32
  // r=g(42); print([next(r) for _ in range(4)])"
  //   -> [0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693]
  it('is mulberry32', () => {
    expect(draws(createRandom(42), 4)).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693]);
    expect(createRandom(0).next()).toBe(0.26642920868471265);
  });

  it('gives the same sequence for the same seed, a different one for another', () => {
    const a = draws(createRandom(7), 1000);
    expect(draws(createRandom(7), 1000)).toEqual(a);
    expect(draws(createRandom(8), 1000)).not.toEqual(a);
    const r = createRandom(7);
    expect([r.normal(), r.uniform(-1, 1), r.int(10)]).toEqual(((s) => [s.normal(), s.uniform(-1, 1), s.int(10)])(createRandom(7)));
  });

  it('takes seeds modulo 2^32', () => {
    expect(draws(createRandom(-1), 5)).toEqual(draws(createRandom(2 ** 32 - 1), 5));
  });

  it('keeps every value in range', () => {
    const r = createRandom(1);
    for (const u of draws(r, 10_000)) expect(0 <= u && u < 1).toBe(true);
    for (const u of draws(r, 10_000, (x) => x.uniform(-3, 5))) expect(-3 <= u && u <= 5).toBe(true);
    for (const n of draws(r, 10_000, (x) => x.normal())) expect(Number.isFinite(n)).toBe(true);
  });

  // Uniform on [0, 1): mean 1/2, variance 1/12. With 100,000 draws the
  // standard error of the mean is about 0.0009 (uniform) and 0.006 (normal,
  // sd 2), of the variance about 0.0001 and 0.018: the tolerances are ~5 of them.
  it('has the moments of a uniform distribution', () => {
    const { mean, variance } = moments(draws(createRandom(2024), 100_000));
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.001);
    const scaled = moments(draws(createRandom(5), 100_000, (r) => r.uniform(-2, 4)));
    expect(Math.abs(scaled.mean - 1)).toBeLessThan(0.03);
    expect(Math.abs(scaled.variance - 3)).toBeLessThan(0.05);
  });

  it('has the moments of a normal distribution', () => {
    const standard = moments(draws(createRandom(3), 100_000, (r) => r.normal()));
    expect(Math.abs(standard.mean)).toBeLessThan(0.02);
    expect(Math.abs(standard.variance - 1)).toBeLessThan(0.03);
    const shifted = moments(draws(createRandom(4), 100_000, (r) => r.normal(3, 2)));
    expect(Math.abs(shifted.mean - 3)).toBeLessThan(0.03);
    expect(Math.abs(shifted.variance - 4)).toBeLessThan(0.1);
    // About 68.3% of a normal lies within one sd of the mean.
    const inside = draws(createRandom(6), 100_000, (r) => r.normal()).filter((z) => Math.abs(z) < 1).length / 100_000;
    expect(Math.abs(inside - 0.6827)).toBeLessThan(0.01);
  });

  it('draws int(n) from all of 0..n-1, evenly', () => {
    const r = createRandom(11);
    const counts = new Array<number>(7).fill(0);
    for (const k of draws(r, 70_000, (x) => x.int(7))) {
      expect(Number.isInteger(k) && k >= 0 && k < 7).toBe(true);
      counts[k]++;
    }
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
    expect(draws(r, 100, (x) => x.int(1))).toEqual(new Array(100).fill(0));
  });

  it('resumes from its state', () => {
    const r = createRandom(9);
    draws(r, 17);
    const resumed = createRandom(r.state);
    expect(draws(resumed, 50)).toEqual(draws(r, 50));
  });

  it('forks a reproducible stream that differs from its parent', () => {
    const a = createRandom(12);
    const b = createRandom(12);
    const fa = a.fork();
    const fb = b.fork();
    expect(draws(fa, 20)).toEqual(draws(fb, 20));
    expect(draws(a, 20)).toEqual(draws(b, 20));
    expect(draws(createRandom(12).fork(), 20)).not.toEqual(draws(createRandom(12), 20));
  });

  it('throws on a programmer error, naming the value', () => {
    expect(() => createRandom(0.5)).toThrow('createRandom needs an integer seed, got 0.5');
    expect(() => createRandom(NaN)).toThrow('got NaN');
    expect(() => createRandom(1).int(0)).toThrow('int(n) needs an integer n from 1 to 2^32, got 0');
    expect(() => createRandom(1).int(2.5)).toThrow('got 2.5');
  });
});
