import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode, encode, readRatings } from './url';
import { DEFAULTS, MAX_STEPS, type EmbeddingsSnapshot, type Moved, type Ref } from './state.svelte';
import { PRESETS } from './presets';

describe('embeddings URL', () => {
  it('opens the lesson’s ratings by default, blanks as null', () => {
    const { value, problems } = decode('');
    expect(problems).toEqual([]);
    expect(value).toEqual(DEFAULTS);
    expect(value.ratings[0][4]).toBeNull();
  });

  it('reads ratings with blanks, row by row', () => {
    const { value, problems } = decode('r=1,2,3,4,5,_,_,_,_,_,5,4,3,2,1,0.5,,1,1,1&method=gd&step=40&user=3&cmp=m2,m5');
    expect(problems).toEqual([]);
    expect(value.ratings[0]).toEqual([1, 2, 3, 4, 5]);
    expect(value.ratings[1]).toEqual([null, null, null, null, null]);
    expect(value.ratings[3]).toEqual([0.5, null, 1, 1, 1]);
    expect(value.method).toBe('gd');
    expect(value.step).toBe(40);
    expect(value.user).toBe(2);
    expect(value.compare).toEqual([
      { kind: 'movie', index: 1 },
      { kind: 'movie', index: 4 },
    ]);
  });

  it('a bad value falls back with a message, and the rest of the link still applies', () => {
    const cases: [string, string, Partial<EmbeddingsSnapshot>][] = [
      ['r=5,3,x,1', 'r', { ratings: DEFAULTS.ratings }],
      ['r=5,3,abc,4,_,2,_,1,4,4,4,2,5,2,1,_,1,2,4,3', 'r', { ratings: DEFAULTS.ratings }],
      ['r=50,3,5,4,_,2,_,1,4,4,4,2,5,2,1,_,1,2,4,3', 'r', { ratings: DEFAULTS.ratings }],
      ['method=magic', 'method', { method: DEFAULTS.method }],
      ['lr=5', 'lr', { lr: DEFAULTS.lr }],
      ['lr=NaN', 'lr', { lr: DEFAULTS.lr }],
      ['seed=1.5', 'seed', { seed: DEFAULTS.seed }],
      ['step=99999', 'step', { step: DEFAULTS.step }],
      ['user=9', 'user', { user: DEFAULTS.user }],
      ['cmp=u1,x7', 'cmp', { compare: DEFAULTS.compare }],
      ['du=1,2', 'du', { moved: [] }],
      ['dm=7,1,1', 'dm', { moved: [] }],
      ['preset=nope', 'preset', { preset: 'lesson' }],
    ];
    for (const [q, key, expected] of cases) {
      const { value, problems } = decode(`${q}&movie=3`);
      expect(
        problems.map((p) => p.key),
        q,
      ).toEqual([key]);
      expect(value).toMatchObject(expected);
      expect(value.movie, q).toBe(2);
    }
  });

  it('names the cell that does not read', () => {
    const r = readRatings('5,3,5,4,_,2,_,1,4,4,4,2,5,2,1,_,1,2,oops,3');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.why).toMatch(/rating 19 \(user 4, movie 4\)/);
  });

  it('reads dragged points, the last word on each counting', () => {
    const { value, problems } = decode('du=2,1.5,-0.5,2,1,1&dm=5,0,2');
    expect(problems).toEqual([]);
    expect(value.moved).toEqual([
      { kind: 'user', index: 1, at: [1, 1] },
      { kind: 'movie', index: 4, at: [0, 2] },
    ]);
  });

  it('round-trips every state', () => {
    const rating = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -100, max: 100 }).map((k) => k / 10),
    );
    const row = fc.array(rating, { minLength: 5, maxLength: 5 });
    const ref = fc.oneof(
      fc.integer({ min: 0, max: 3 }).map((index): Ref => ({ kind: 'user', index })),
      fc.integer({ min: 0, max: 4 }).map((index): Ref => ({ kind: 'movie', index })),
    );
    const n = fc.integer({ min: -10_000, max: 10_000 }).map((k) => k / 100);
    const moved = fc
      .tuple(
        fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 5 }),
        fc.tuple(n, n),
      )
      .map(([us, ms, at]): Moved[] => [
        ...us.map((index): Moved => ({ kind: 'user', index, at })),
        ...ms.map((index): Moved => ({ kind: 'movie', index, at })),
      ]);
    fc.assert(
      fc.property(
        fc.record({
          preset: fc.constantFrom(...PRESETS.map((p) => p.id)),
          ratings: fc.array(row, { minLength: 4, maxLength: 4 }),
          method: fc.constantFrom('svd' as const, 'gd' as const),
          lr: fc.integer({ min: 1, max: 10_000 }).map((k) => k / 10_000),
          seed: fc.integer({ min: 0, max: 1_000_000 }),
          step: fc.integer({ min: 0, max: MAX_STEPS }),
          user: fc.integer({ min: 0, max: 3 }),
          movie: fc.integer({ min: 0, max: 4 }),
          compare: fc.tuple(ref, ref),
          moved,
        }),
        (s) => {
          const { value, problems } = decode(encode(s as EmbeddingsSnapshot));
          expect(problems).toEqual([]);
          expect(value).toEqual(s);
        },
      ),
      { numRuns: 300 },
    );
  });
});
