import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode, encode } from './url';
import { DEFAULTS, type FieldSnapshot } from './state.svelte';

describe('the Field scene’s address', () => {
  it('reads the issue’s hand-written link', () => {
    const { value, problems } = decode('F=2x,x^2&show=arrows,particles,div&n=50000&probe=1,1');
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ F: '2x,x^2', f: null, show: ['arrows', 'particles', 'div'], n: 50000, probe: [1, 1] });
  });

  it('writes F without its outer brackets and a space after a comma, and only what differs from the defaults', () => {
    expect(encode(DEFAULTS)).toBe('F=2x,x^2&show=arrows,particles,fixed,probe&n=10000&probe=1,1');
    expect(
      encode({
        ...DEFAULTS,
        F: '[-y, x]',
        lengths: 'true',
        dye: [
          [1, 0],
          [-2, 1.5],
        ],
      }),
    ).toBe('F=-y,x&show=arrows,particles,fixed,probe&arrows=true&n=10000&probe=1,1&dye=1,0,-2,1.5');
  });

  it('keeps brackets that do not enclose the whole text', () => {
    expect(decode(encode({ ...DEFAULTS, F: '(x, y) + (1, 2)' })).value.F).toBe('(x,y) + (1,2)');
    expect(decode(encode({ ...DEFAULTS, F: '(x)*(y), 1' })).value.F).toBe('(x)*(y),1');
    expect(decode(encode({ ...DEFAULTS, F: '((x-1)*y, x)' })).value.F).toBe('(x-1)*y,x');
  });

  it('a loss f opens the downhill field, plus signs kept', () => {
    const { value } = decode('f=x^2+3y^2&probe=2,1');
    expect(value.f).toBe('x^2+3y^2');
    expect(encode(value)).toMatch(/^f=x\^2\+3y\^2&/);
  });

  it('a link with both F and f says which it shows', () => {
    expect(decode('F=y,x&f=x^2').problems.map((p) => p.key)).toEqual(['F']);
  });

  it('shows one heat map: divergence when a link asks for both', () => {
    expect(decode('show=curl,div').value.show).toEqual(['div']);
  });

  it.each([
    ['n=12', 'n'],
    ['n=lots', 'n'],
    ['speed=100', 'speed'],
    ['trail=2', 'trail'],
    ['probe=1', 'probe'],
    ['dye=1,2,3', 'dye'],
    ['show=arrows,sparkles', 'show'],
    ['arrows=long', 'arrows'],
    ['F=%E0%A4', 'F'],
  ])('%s falls back with a problem named by its key', (query, key) => {
    const { value, problems } = decode(query);
    expect(problems.map((p) => p.key)).toContain(key);
    expect(() => encode(value)).not.toThrow();
  });

  it('keeps the last eight dye points', () => {
    const { value, problems } = decode(`dye=${Array.from({ length: 20 }, (_, i) => i).join(',')}`);
    expect(value.dye).toHaveLength(8);
    expect(value.dye[7]).toEqual([18, 19]);
    expect(problems[0].key).toBe('dye');
  });

  it('round-trips any snapshot', () => {
    const vec = fc.tuple(fc.double({ min: -999, max: 999, noNaN: true }), fc.double({ min: -999, max: 999, noNaN: true }));
    fc.assert(
      fc.property(
        fc.record({
          F: fc.string({ maxLength: 80 }).map((t) => `(${t.replace(/[()[\]]/g, '')})`),
          f: fc.option(fc.string({ maxLength: 80 })),
          probe: vec,
          dye: fc.array(vec, { maxLength: 8 }),
          n: fc.integer({ min: 1000, max: 500_000 }),
          trail: fc.double({ min: 0, max: 0.99, noNaN: true }),
        }),
        (r) => {
          const s: FieldSnapshot = { ...DEFAULTS, ...r, F: r.F.replace(/, /g, ',') };
          const back = decode(encode(s)).value;
          if (s.f !== null) expect(back.f).toBe(s.f);
          else expect(`(${back.F})`).toBe(s.F);
          expect(back.n).toBe(s.n);
          expect(back.probe[0]).toBeCloseTo(s.probe[0], 6);
          expect(back.dye).toHaveLength(s.dye.length);
          expect(back.trail).toBeCloseTo(s.trail, 9);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
