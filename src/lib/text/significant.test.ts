import { describe, expect, it } from 'vitest';
import { fmtFull, fmtSignificant } from './significant';

describe('fmtSignificant', () => {
  it('rounds to a few significant digits and drops trailing zeros', () => {
    expect(fmtSignificant(Math.sqrt(3) / 2)).toBe('0.866');
    expect(fmtSignificant(-0.5)).toBe('−0.5');
    expect(fmtSignificant(12.3456)).toBe('12.35');
    expect(fmtSignificant(0.00123456)).toBe('0.001235');
  });
  it('keeps whole numbers whole', () => {
    expect(fmtSignificant(1000)).toBe('1000');
    expect(fmtSignificant(-1000)).toBe('−1000');
    expect(fmtSignificant(12345, 3)).toBe('12345');
  });
  it('reads float noise as the number meant', () => {
    expect(fmtSignificant(Math.cos(Math.PI / 2))).toBe('0');
    expect(fmtFull(Math.cos(Math.PI / 3))).toBe('0.5');
    expect(fmtSignificant(-1e-17)).toBe('0');
  });
});

describe('fmtFull', () => {
  it('shows every digit that matters', () => {
    expect(fmtFull(Math.sqrt(3) / 2)).toBe('0.866025403784');
    expect(fmtFull(Math.PI / 4)).toBe('0.785398163397');
    expect(fmtFull(-999.123456789)).toBe('−999.123456789');
    expect(fmtFull(3)).toBe('3');
  });
});
