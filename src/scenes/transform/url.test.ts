import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode, encode } from './url';
import { DEFAULTS, SHOW, APPLIED, type TransformSnapshot } from './state.svelte';

describe('transform URL', () => {
  it('reads the lesson’s link, row-major', () => {
    const { value, problems } = decode('m=1,2,3,4&x=5,6');
    expect(problems).toEqual([]);
    expect(value.m).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(value.x).toEqual([5, 6]);
    expect(value.applied).toBe('A');
  });

  it('keeps the last good matrix for bad entries and names the key', () => {
    for (const bad of ['m=1,2,abc,4', 'm=1e400,0,0,1', 'm=NaN,0,0,1', 'm=1,2,3']) {
      const { value, problems } = decode(bad);
      expect(value.m).toEqual(DEFAULTS.m);
      expect(problems[0].key).toBe('m');
    }
  });

  it('round-trips every state', () => {
    const n = fc.integer({ min: -100_000, max: 100_000 }).map((k) => k / 100);
    const mat = fc.tuple(fc.tuple(n, n), fc.tuple(n, n));
    fc.assert(
      fc.property(
        fc.record({
          m: mat,
          x: fc.tuple(n, n),
          b: mat,
          applied: fc.constantFrom(...APPLIED),
          t: fc.integer({ min: 0, max: 100 }).map((k) => k / 100),
          angle: fc.integer({ min: -360, max: 360 }),
          show: fc.subarray([...SHOW]),
        }),
        (s) => {
          const { value, problems } = decode(encode(s as TransformSnapshot));
          expect(problems).toEqual([]);
          expect(value).toEqual(s);
        },
      ),
      { numRuns: 300 },
    );
  });
});
