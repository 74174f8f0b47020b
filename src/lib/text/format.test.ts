import { describe, expect, it } from 'vitest';
import { fmt, fmtParen, fmtSurd, inWords, tex, texParen, texSurd, fmtDeg, MINUS } from './format';

describe('fmt', () => {
  it('writes integers as integers and a true minus', () => {
    expect(fmt(3)).toBe('3');
    expect(fmt(-2)).toBe(`${MINUS}2`);
    expect(fmt(-0)).toBe('0');
    expect(fmt(-0.0001)).toBe('0');
  });
  it('rounds to a few decimals without trailing zeros', () => {
    expect(fmt(Math.sqrt(13))).toBe('3.61');
    expect(fmt(Math.sqrt(13), 3)).toBe('3.606');
    expect(fmt(0.1 + 0.2)).toBe('0.3');
    expect(fmt(2.5)).toBe('2.5');
  });
  it('names non-finite values', () => {
    expect(fmt(Infinity)).toBe('∞');
    expect(fmt(-Infinity)).toBe(`${MINUS}∞`);
    expect(fmt(NaN)).toBe('undefined');
  });
  it('uses exponents for huge values', () => {
    expect(fmt(1.5e9)).toBe('1.50e+9');
    expect(tex(1.5e9)).toBe('1.50\\times10^{9}');
  });
  it('typesets negatives in parentheses inside a product', () => {
    expect(texParen(-2)).toBe('(-2)');
    expect(texParen(3)).toBe('3');
    expect(fmtParen(-2)).toBe('(−2)');
    expect(fmtParen(3)).toBe('3');
    expect(fmtParen(-0.001)).toBe('0');
  });
  it('prints degrees', () => {
    expect(fmtDeg(Math.PI / 2)).toBe('90°');
  });
});

describe('inWords', () => {
  it('reads [3, −2] as right 3, down 2', () => {
    expect(inWords([3, -2])).toBe('right 3, down 2');
    expect(inWords([-2, 5])).toBe('left 2, up 5');
    expect(inWords([0, 4])).toBe('up 4');
    expect(inWords([0, 0])).toBe('stays at the origin');
    expect(inWords([0.5, -0.25])).toBe('right 0.5, down 0.25');
  });
});

describe('surd', () => {
  it('simplifies square roots of whole numbers', () => {
    expect(fmtSurd(17)).toBe('√17');
    expect(fmtSurd(8)).toBe('2√2');
    expect(fmtSurd(9)).toBe('3');
    expect(fmtSurd(0)).toBe('0');
    expect(fmtSurd(1)).toBe('1');
    expect(fmtSurd(72)).toBe('6√2');
    expect(fmtSurd(2.5)).toBeNull();
    expect(texSurd(13)).toBe('\\sqrt{13}');
  });
});
