import { describe, expect, it } from 'vitest';
import { presetOf } from './presets';

describe('which preset a field is', () => {
  it.each([['(2x, x^2)'], ['2x,x^2'], ['[2x, x^2]'], ['( 2x , x^2 )']])('%s is the lesson’s field', (F) => {
    expect(presetOf(F, null)?.name).toBe('the lesson’s (2x, x²)');
  });
  it('a field of its own is none', () => {
    expect(presetOf('(x)*(y), 1', null)).toBeUndefined();
    expect(presetOf('-y,x', null)?.name).toBe('rotation');
  });
  it('a loss is the downhill preset', () => {
    expect(presetOf(null, 'x^2')?.name).toBe('downhill on a loss');
  });
});
