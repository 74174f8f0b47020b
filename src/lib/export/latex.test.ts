import { describe, expect, it } from 'vitest';
import { latexColumn, latexFactor, latexLines, latexMatrix, latexNumber } from './latex';

describe('LaTeX for the scenes’ numbers', () => {
  it('writes numbers as a person would', () => {
    expect(latexNumber(3)).toBe('3');
    expect(latexNumber(-2)).toBe('-2');
    expect(latexNumber(-0)).toBe('0');
    expect(latexNumber(0.1 + 0.2)).toBe('0.3');
    expect(latexNumber(Math.SQRT2)).toBe('1.4142');
    expect(latexNumber(1 / 3, 2)).toBe('0.33');
    expect(latexNumber(1.5e-7)).toBe('1.5 \\times 10^{-7}');
    expect(latexNumber(2.5e9)).toBe('2.5 \\times 10^{9}');
    expect(latexNumber(Infinity)).toBe('\\infty');
    expect(latexNumber(NaN)).toBe('\\text{NaN}');
    expect(latexFactor(-2)).toBe('(-2)');
    expect(latexFactor(2)).toBe('2');
  });
  it('writes matrices and columns in square brackets, spaced', () => {
    expect(
      latexMatrix([
        [1, 2],
        [3, 4],
      ]),
    ).toBe('\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}');
    expect(latexColumn([3, -2])).toBe('\\begin{bmatrix} 3 \\\\ -2 \\end{bmatrix}');
  });
  it('puts one statement a line, leaving out what is off', () => {
    expect(latexLines(['a = 1', null, false, 'b = 2'])).toBe('a = 1\nb = 2\n');
  });
});
