import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode, encode } from './url';
import { CONSTRUCTIONS, DEFAULTS, type VectorsSnapshot } from './state.svelte';

describe('vectors URL', () => {
  it('reads the documented example', () => {
    const { value, problems } = decode('a=3,-2&b=-2,5&show=sum,dot');
    expect(value).toEqual({ a: [3, -2], b: [-2, 5], k: 2, show: ['sum', 'dot'] });
    expect(problems).toEqual([]);
  });

  it('gives the lesson defaults for an empty query', () => {
    expect(decode('')).toEqual({ value: DEFAULTS, problems: [] });
  });

  it('ignores unknown keys, including the app’s own', () => {
    expect(decode('present=1&theme=dark&zzz=1').problems).toEqual([]);
  });

  it('falls back per key and names each bad key', () => {
    const { value, problems } = decode('a=3,abc&b=1,2&k=1e999&show=sum');
    expect(value.a).toEqual(DEFAULTS.a);
    expect(value.b).toEqual([1, 2]);
    expect(value.k).toBe(DEFAULTS.k);
    expect(value.show).toEqual(['sum']);
    expect(problems.map((p) => p.key)).toEqual(['a', 'k']);
  });

  it('round-trips every state: decode(encode(s)) equals s', () => {
    const coord = fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100);
    const snapshot = fc.record({
      a: fc.tuple(coord, coord),
      b: fc.tuple(coord, coord),
      k: fc.integer({ min: -30, max: 30 }).map((n) => n / 10),
      show: fc.subarray([...CONSTRUCTIONS]),
    });
    fc.assert(
      fc.property(snapshot, (s) => {
        const { value, problems } = decode(encode(s as VectorsSnapshot));
        expect(problems).toEqual([]);
        expect(value).toEqual({ ...s, k: s.k === 0 ? 0 : s.k });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => {
        const { value } = decode(q);
        expect(value.a).toHaveLength(2);
        expect(Number.isFinite(value.a[0]) && Number.isFinite(value.b[1]) && Number.isFinite(value.k)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
