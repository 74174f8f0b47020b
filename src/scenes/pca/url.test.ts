import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode, encode } from './url';
import { DEFAULTS, MAX_POINTS, SHOW, type PcaSnapshot } from './state.svelte';
import { PRESET_IDS, presetPoints } from './presets';

describe('PCA URL', () => {
  it('opens the default cloud with no query, and a preset by name, size and seed', () => {
    expect(decode('')).toEqual({ value: DEFAULTS, problems: [] });
    const { value, problems } = decode('preset=line&n=80&seed=3&angle=90');
    expect(problems).toEqual([]);
    expect(value.points).toEqual(presetPoints('line', 80, 3));
    expect(value.edited).toBe(false);
    expect(value.angle).toBe(90);
  });

  it('reads points written out, x,y after x,y, named x and y unless the link names them', () => {
    const { value, problems } = decode('pts=0,0,2,1,4,3.5,-6,2');
    expect(problems).toEqual([]);
    expect(value.points).toEqual([
      [0, 0],
      [2, 1],
      [4, 3.5],
      [-6, 2],
    ]);
    expect(value.edited).toBe(true);
    expect(value.names).toEqual(['x', 'y']);
    expect(decode('pts=1,2,3,4&names=height (cm),weight (kg)').value.names).toEqual(['height (cm)', 'weight (kg)']);
    expect(encode(value)).toBe('preset=height-weight&pts=0,0,2,1,4,3.5,-6,2&angle=0&show=axes,ellipses,projections,candidate');
  });

  it('falls back with a message naming the key, and keeps the rest of the link', () => {
    const cases: [string, string][] = [
      ['pts=1,2,abc,4&angle=45', 'pts'],
      ['pts=1,2,3&angle=45', 'pts'],
      ['pts=1,2&angle=45', 'pts'],
      ['pts=1e9,0,1,1&angle=45', 'pts'],
      ['preset=oops&angle=45', 'preset'],
      ['n=1&angle=45', 'n'],
      ['n=100000&angle=45', 'n'],
      ['names=a&angle=45', 'names'],
      ['dims=4&angle=45', 'dims'],
      ['turn=1,x&angle=45', 'turn'],
    ];
    for (const [query, key] of cases) {
      const { value, problems } = decode(query);
      expect(problems.map((p) => p.key)).toContain(key);
      expect(value.angle).toBe(45);
      expect(value.points.length).toBeGreaterThanOrEqual(2);
    }
    const { value, problems } = decode('angle=oops');
    expect(value.angle).toBe(DEFAULTS.angle);
    expect(problems[0].key).toBe('angle');
  });

  it('caps the points in a link and says so', () => {
    const many = Array.from({ length: MAX_POINTS + 5 }, (_, i) => `${i % 100},${(i * 7) % 13}`).join(',');
    const { value, problems } = decode(`pts=${many}`);
    expect(value.points.length).toBe(MAX_POINTS);
    expect(problems[0].message).toMatch(/at most 1000/);
  });

  it('writes 500 edited points in a link a browser takes', () => {
    const pts = presetPoints('height-weight', 500, 1);
    const q = encode({ ...DEFAULTS, n: 500, edited: true, points: pts });
    expect(q.length).toBeLessThan(8000);
    expect(decode(q).value.points).toEqual(pts);
  });

  it('round-trips every state', () => {
    const coord = fc.integer({ min: -100_000, max: 100_000 }).map((k) => k / 100);
    const name = fc.stringMatching(/^[a-z][a-z ()]{0,12}[a-z)]$/);
    fc.assert(
      fc.property(
        fc.record({
          preset: fc.constantFrom(...PRESET_IDS),
          n: fc.integer({ min: 2, max: 50 }),
          seed: fc.integer({ min: 0, max: 1000 }),
          edited: fc.boolean(),
          points: fc.array(fc.tuple(coord, coord), { minLength: 2, maxLength: 30 }),
          names: fc.tuple(name, name),
          angle: fc.integer({ min: 0, max: 1799 }).map((k) => k / 10),
          show: fc.subarray([...SHOW]),
          dims: fc.constantFrom(2 as const, 3 as const),
          turn: fc.tuple(fc.integer({ min: -180, max: 180 }), fc.integer({ min: -90, max: 90 })),
        }),
        (r) => {
          const s: PcaSnapshot = r.edited
            ? r
            : { ...r, points: presetPoints(r.preset, r.n, r.seed), names: decode(`preset=${r.preset}`).value.names };
          const { value, problems } = decode(encode(s));
          expect(problems).toEqual([]);
          expect(value).toEqual(s);
        },
      ),
      { numRuns: 200 },
    );
  });
});
