import { describe, expect, it } from 'vitest';
import { tickText } from './tick-format';

describe('legend numbers', () => {
  it('keep three significant digits with a true minus sign', () => {
    expect(tickText(1234.5)).toBe('1230');
    expect(tickText(0.000123456)).toBe('0.000123');
    expect(tickText(-2.5)).toBe('\u22122.5');
    expect(tickText(2500)).toBe('2500');
    expect(tickText(0)).toBe('0');
    expect(tickText(-0)).toBe('0');
  });
  it('write an exponent for very large and very small values', () => {
    expect(tickText(1.5e7)).toBe('1.5e7');
    expect(tickText(-1.234e-5)).toBe('\u22121.23e-5');
  });
});
