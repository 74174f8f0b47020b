import { describe, expect, it } from 'vitest';
import { texNumber } from './tex';
import { engine } from './test/engine';

const texOf = (text: string, variables?: string[]) => {
  const r = engine.compileExpression(text, variables && { variables });
  if (!r.ok) throw new Error(r.message);
  return r.tex;
};

describe('TeX of what was typed', () => {
  it.each([
    ['2x', '2x'],
    ['x^2', 'x^{2}'],
    ['(1-x)^2 + 100(y-x^2)^2', '\\left(1 - x\\right)^{2} + 100\\left(y - x^{2}\\right)^{2}'],
    ['sin(x*y) + exp(-(x^2+y^2))', '\\sin\\left(x y\\right) + e^{-\\left(x^{2} + y^{2}\\right)}'],
    ['2pi x', '2\\pi x'],
    ['pi*x', '\\pi x'],
    ['x - (y - 1)', 'x - \\left(y - 1\\right)'],
    ['x - (-y)', 'x - \\left(-y\\right)'],
    ['x * -y', 'x \\left(-y\\right)'],
    ['-x^2', '-x^{2}'],
    ['(-x)^2', '\\left(-x\\right)^{2}'],
    ['x/y', '\\frac{x}{y}'],
    ['2 * 3', '2 \\cdot 3'],
    ['2 * (1/x)', '2 \\cdot \\frac{1}{x}'],
    ['sin(x)^2', '\\sin^{2}\\left(x\\right)'],
    ['sqrt(x)', '\\sqrt{x}'],
    ['abs(x)^2', '\\left|x\\right|^{2}'],
    ['ln(x) + log(x, 2)', '\\ln\\left(x\\right) + \\log_{2}\\left(x\\right)'],
    ['floor(x) + ceil(y)', '\\left\\lfloor x\\right\\rfloor + \\left\\lceil y\\right\\rceil'],
    [
      'atan2(y, x) + mod(x, 2) + sign(x)',
      '\\operatorname{atan2}\\left(y, x\\right) + \\operatorname{mod}\\left(x, 2\\right) + \\operatorname{sgn}\\left(x\\right)',
    ],
    ['asin(x)', '\\arcsin\\left(x\\right)'],
    ['1e21 x + 0.5', '1 \\times 10^{21} x + 0.5'],
    ['1e999', '\\infty'],
  ])('%s → %s', (text, tex) => {
    expect(texOf(text)).toBe(tex);
  });

  it('writes multi-letter variable names in italic as one symbol', () => {
    expect(texOf('speed t', ['speed', 't'])).toBe('\\mathit{speed} t');
  });

  it('formats numbers', () => {
    expect(texNumber(-0.25)).toBe('-0.25');
    expect(texNumber(1.5e-7)).toBe('1.5 \\times 10^{-7}');
    expect(texNumber(-Infinity)).toBe('-\\infty');
    expect(texNumber(NaN)).toBe('\\mathrm{NaN}');
  });
});

describe('TeX of fields and gradients', () => {
  it('typesets a field as a column vector', () => {
    const r = engine.compileField('(2x, x^2)');
    if (!r.ok) throw new Error(r.message);
    expect(r.tex).toBe('F(x,y) = \\begin{pmatrix}2x\\\\x^{2}\\end{pmatrix}');
    expect(r.jacobian.tex).toBe('J_F(x,y) = \\begin{pmatrix}2 & 0\\\\2x & 0\\end{pmatrix}');
    expect(r.divergence.equation).toBe('\\nabla \\cdot F(x,y) = 2');
    expect(r.curl.equation).toBe('(\\nabla \\times F)_z(x,y) = 2x');
  });

  it('typesets the Rosenbrock gradient tidily', () => {
    const r = engine.compileGradient('(1-x)^2 + 100(y-x^2)^2');
    if (!r.ok) throw new Error(r.message);
    expect(r.partials.map((p) => p.tex)).toEqual(['-2\\left(1 - x\\right) - 400x \\left(y - x^{2}\\right)', '200\\left(y - x^{2}\\right)']);
    expect(r.tex).toMatch(/^\\nabla f\(x,y\) = \\begin\{pmatrix\}/);
  });

  it('cancels and combines what the chain rule leaves behind', () => {
    const d = (text: string) => {
      const r = engine.compileGradient(text);
      if (!r.ok) throw new Error(r.message);
      return r.partials[0].tex;
    };
    expect(d('sqrt(x^2 + y^2)')).toBe('\\frac{x}{\\sqrt{x^{2} + y^{2}}}');
    expect(d('sin(x) / y')).toBe('\\frac{\\cos\\left(x\\right)}{y}');
    expect(d('tan(x)')).toBe('\\sec^{2}\\left(x\\right)');
    expect(d('e^x')).toBe('e^{x}');
    expect(d('x^3')).toBe('3x^{2}');
  });
});
