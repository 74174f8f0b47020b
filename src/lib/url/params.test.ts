import { describe, expect, it } from 'vitest';
import { ParamReader, parseNumber, writeNumbers, writeQuery } from './params';

describe('ParamReader', () => {
  it('reads vectors, numbers and flags', () => {
    const r = new ParamReader('a=3,-2&k=0.5&show=sum,dot');
    expect(r.vec2('a', [0, 0])).toEqual([3, -2]);
    expect(r.number('k', 1, -5, 5)).toBe(0.5);
    expect(r.flags('show', ['sum', 'dot', 'diff'] as const, [])).toEqual(['sum', 'dot']);
    expect(r.problems).toEqual([]);
  });

  it.each([
    ['a=3,abc', /number 2: “abc” is not a number/],
    ['a=1e999,0', /outside the range/],
    ['a=' + ','.repeat(10_000), /characters long/],
    ['a=%00,1', /not a number/],
    ['a=<script>alert(1)</script>', /expected 2 numbers/],
    ['a=1', /expected 2 numbers separated by commas, got 1/],
    ['a=NaN,1', /not a number/],
    ['a=Infinity,1', /not a number/],
    ['a=0x10,1', /not a number/],
    ['a=,', /a number is missing/],
  ])('falls back and names the problem for %$', (query, why) => {
    const r = new ParamReader(query);
    expect(r.vec2('a', [3, -2])).toEqual([3, -2]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].key).toBe('a');
    expect(r.problems[0].message).toMatch(why);
  });

  it('hides control characters and shortens long values in messages', () => {
    const r = new ParamReader('a=%00abc,1');
    r.vec2('a', [0, 0]);
    expect(r.problems[0].message).not.toContain('\u0000');
  });

  it('reports unknown flags and keeps the known ones', () => {
    const r = new ParamReader('show=sum,bogus');
    expect(r.flags('show', ['sum', 'dot'] as const, ['dot'])).toEqual(['sum']);
    expect(r.problems[0].message).toMatch(/“bogus” not known/);
  });

  it('reports a repeated key and uses the first', () => {
    const r = new ParamReader('a=1,2&a=3,4');
    expect(r.vec2('a', [0, 0])).toEqual([1, 2]);
    expect(r.problems[0].message).toMatch(/given 2 times/);
  });

  it('keeps numbers inside their range', () => {
    const r = new ParamReader('k=99');
    expect(r.number('k', 2, -5, 5)).toBe(2);
    expect(r.problems[0].message).toMatch(/outside −5 to 5/);
  });

  it('survives broken percent escapes and absurd lengths', () => {
    expect(() => new ParamReader('a=%E0%A4%A')).not.toThrow();
    const r = new ParamReader('x='.padEnd(30_000, '1'));
    expect(r.problems[0].key).toBe('address');
    // A scene whose state is long text reads further, and its text reader takes any length.
    const long = new ParamReader('x='.padEnd(30_000, '1'), 40_000);
    expect(long.problems).toEqual([]);
    expect(long.anyText('x', '')).toHaveLength(29_998);
    expect(long.anyText('y', '')).toBeNull();
    expect(new ParamReader('x=%E0%A4%A').anyText('x', 'f')).toBeNull();
  });
});

describe('free text', () => {
  it('keeps a plus sign a plus sign', () => {
    const r = new ParamReader('f=x^2+y^2&g=sin(x%2By)');
    expect(r.text('f', '')).toBe('x^2+y^2');
    expect(r.text('g', '')).toBe('sin(x+y)');
    expect(r.text('missing', 'x')).toBe('x');
  });
  it('names broken escapes and overlong text', () => {
    const r = new ParamReader('f=%E0%A4%A&g=' + 'x'.repeat(2000));
    expect(r.text('f', 'x')).toBe('x');
    expect(r.text('g', 'x')).toBe('x');
    expect(r.problems.map((p) => p.key)).toEqual(['f', 'g']);
  });
});

describe('parseNumber', () => {
  it('accepts a true minus sign and normalises −0', () => {
    expect(parseNumber('\u22122', 10)).toEqual({ ok: true, value: -2 });
    expect(parseNumber('-0', 10)).toEqual({ ok: true, value: 0 });
    expect(Object.is((parseNumber('-0', 10) as { value: number }).value, 0)).toBe(true);
  });
});

describe('writing', () => {
  it('writes readable numbers and queries', () => {
    expect(writeNumbers([0.1 + 0.2, -2])).toBe('0.3,-2');
    expect(
      writeQuery([
        ['a', '3,-2'],
        ['show', null],
        ['t', 'a b'],
      ]),
    ).toBe('a=3,-2&t=a%20b');
  });
});
