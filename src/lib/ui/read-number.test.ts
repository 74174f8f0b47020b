import { describe, expect, it } from 'vitest';
import { loadEngine } from '../math/expr';
import { readNumber } from './read-number';

const engine = await loadEngine();
const read = (text: string, limit = 1000) => readNumber(text, limit, engine);
const value = (text: string) => {
  const r = read(text);
  if (r.kind !== 'value') throw new Error(`${text} did not read: ${JSON.stringify(r)}`);
  return r.value;
};

describe('readNumber', () => {
  it('reads plain numbers without the engine', () => {
    expect(readNumber('-3e-2', 1000, undefined)).toEqual({ kind: 'value', value: -0.03, expression: false });
    expect(readNumber('−2', 1000, undefined)).toEqual({ kind: 'value', value: -2, expression: false });
    expect(readNumber(' .5 ', 1000, undefined)).toEqual({ kind: 'value', value: 0.5, expression: false });
    expect(readNumber('5000', 1000, undefined)).toEqual({ kind: 'error', why: '“5000” is outside the range −1000 to 1000' });
    expect(readNumber('', 1000, undefined)).toEqual({ kind: 'error', why: 'a number is missing' });
  });

  it('waits for the engine for anything else', () => {
    expect(readNumber('1/2', 1000, undefined)).toEqual({ kind: 'needs-engine' });
  });

  it('reads constant expressions as Desmos does', () => {
    expect(value('1/2')).toBe(0.5);
    expect(value('pi/4')).toBeCloseTo(Math.PI / 4, 15);
    expect(value('sqrt(2)')).toBeCloseTo(Math.SQRT2, 15);
    expect(value('2^9')).toBe(512);
    expect(value('cos(pi/3)')).toBeCloseTo(0.5, 15);
    expect(value('2−3')).toBe(-1);
    expect(value('π')).toBeCloseTo(Math.PI, 15);
    expect(read('pi/4')).toMatchObject({ expression: true });
  });

  it('names variables and unknown names', () => {
    expect(read('x')).toEqual({ kind: 'error', why: 'a number is expected here: x is a variable' });
    expect(read('2y + 1')).toEqual({ kind: 'error', why: 'a number is expected here: y is a variable' });
    expect(read('xy')).toEqual({ kind: 'error', why: 'a number is expected here: x is a variable' });
    expect(read('cos(x)')).toEqual({ kind: 'error', why: 'a number is expected here: x is a variable' });
    expect(read('z')).toMatchObject({ kind: 'error', why: expect.stringMatching(/^a number is expected here: z is not a known name/) });
  });

  it('keeps to the range and to real values', () => {
    expect(read('2^10')).toEqual({ kind: 'error', why: '“2^10” = 1024 is outside the range −1000 to 1000' });
    expect(read('1/0')).toEqual({ kind: 'error', why: '“1/0” is outside the range −1000 to 1000' });
    expect(read('sqrt(-1)')).toEqual({ kind: 'error', why: '“sqrt(-1)” has no real value' });
    expect(read('2+')).toMatchObject({ kind: 'error', why: expect.stringContaining('missing after "+"') });
  });
});
