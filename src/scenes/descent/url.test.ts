import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode, encode } from './url';
import { DEFAULTS } from './state.svelte';

describe('the Descent scene’s address', () => {
  it('reads the issue’s hand-written link, plus signs and all', () => {
    const { value, problems } = decode('f=(1-x)^2+100(y-x^2)^2&start=-1.5,2&lr=0.001&opt=gd,momentum,adam&beta=0.9&step=40');
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ f: '(1-x)^2+100(y-x^2)^2', start: [-1.5, 2], lr: 0.001, opt: ['gd', 'momentum', 'adam'], beta: 0.9, step: 40 });
  });

  it('an old Gradient link’s p is the start', () => {
    expect(decode('f=x^2+3y^2&p=2,1').value.start).toEqual([2, 1]);
    expect(decode('f=x&p=2,1&start=3,4').value.start).toEqual([3, 4]);
  });

  it('writes readable links, leaving out what is the default', () => {
    expect(encode(DEFAULTS)).toBe('f=x^2%20+%203y^2&start=2,1&lr=0.1&opt=gd,momentum,adam&step=0');
    expect(encode({ ...DEFAULTS, beta1: 0.8, levels: 'log', rate: 30 })).toMatch(/&beta1=0.8&step=0&rate=30&levels=log$/);
  });

  it.each([
    ['lr=0', 'lr'],
    ['lr=100', 'lr'],
    ['beta=1', 'beta'],
    ['step=-1', 'step'],
    ['step=5000', 'step'],
    ['opt=sgd', 'opt'],
    ['start=1', 'start'],
    ['eps=0', 'eps'],
  ])('%s falls back with a problem named by its key', (query, key) => {
    const { value, problems } = decode(query);
    expect(problems.map((p) => p.key)).toContain(key);
    expect(() => encode(value)).not.toThrow();
  });

  it('round-trips any snapshot', () => {
    fc.assert(
      fc.property(
        fc.record({
          f: fc.string({ maxLength: 60 }),
          lr: fc.double({ min: 1e-4, max: 10, noNaN: true }),
          step: fc.integer({ min: 0, max: 1000 }),
          start: fc.tuple(fc.double({ min: -999, max: 999, noNaN: true }), fc.double({ min: -999, max: 999, noNaN: true })),
        }),
        (r) => {
          const back = decode(encode({ ...DEFAULTS, ...r })).value;
          expect(back.f).toBe(r.f);
          expect(back.step).toBe(r.step);
          expect(back.lr).toBeCloseTo(r.lr, 10);
          expect(back.start[1]).toBeCloseTo(r.start[1], 8);
        },
      ),
      { numRuns: 500 },
    );
  });
});
