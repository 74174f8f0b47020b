import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode, encode } from './url';

describe('gradient URL', () => {
  it('reads a hand-written formula with plus signs', () => {
    expect(decode('f=x^2+3y^2&p=2,1').value).toEqual({ f: 'x^2+3y^2', p: [2, 1], levels: 'linear' });
  });
  it('writes readable links', () => {
    expect(encode({ f: '(1 - x)^2 + 100(y - x^2)^2', p: [-1, 2], levels: 'linear' })).toBe('f=(1%20-%20x)^2%20+%20100(y%20-%20x^2)^2&p=-1,2');
    expect(encode({ f: 'x', p: [0, 0], levels: 'log' })).toBe('f=x&p=0,0&levels=log');
    expect(decode('f=x&levels=log').value.levels).toBe('log');
    expect(decode('f=x&levels=quantile').problems[0].key).toBe('levels');
  });
  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (f) => {
        expect(decode(encode({ f, p: [0, 0], levels: 'linear' })).value.f).toBe(f);
      }),
      { numRuns: 2000 },
    );
  });
});
