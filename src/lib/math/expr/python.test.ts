import { describe, expect, it } from 'vitest';
import { pyLiteral, python } from './python';
import { engine } from './test/engine';

const compiled = (text: string) => {
  const r = engine.compileExpression(text);
  if (!r.ok) throw new Error(r.message);
  return r;
};
const py = (text: string) => python(compiled(text).expr);

describe('Python of what was typed', () => {
  it.each([
    ['2x', '2*x'],
    ['x^2 + 3y^2', 'x**2 + 3*y**2'],
    ['(1 - x)^2 + 100(y - x^2)^2', '(1 - x)**2 + 100*(y - x**2)**2'],
    ['sin(x*y) + exp(-(x^2+y^2))', 'np.sin(x*y) + np.exp(-(x**2 + y**2))'],
    ['2pi x', '2*np.pi*x'],
    ['x - (y - 1)', 'x - (y - 1)'],
    ['x - (-y)', 'x - (-y)'],
    ['x * -y', 'x*(-y)'],
    ['-x^2', '-x**2'],
    ['(-x)^2', '(-x)**2'],
    ['x^-1', 'x**-1'],
    ['(x^2)^3', '(x**2)**3'],
    ['x^y^2', 'x**y**2'],
    ['x/(y*2)', 'x/(y*2)'],
    ['x/y*2', 'x/y*2'],
    ['ln(x) + log(x, 2)', 'np.log(x) + np.log(x)/np.log(2)'],
    ['asin(x) + atan2(y, x) + mod(x, 2) + sign(x)', 'np.arcsin(x) + np.arctan2(y, x) + np.mod(x, 2) + np.sign(x)'],
    ['min(x, y, 1) + abs(x)', 'np.minimum(np.minimum(x, y), 1) + np.abs(x)'],
    ['sqrt(x^2 + y^2)', 'np.sqrt(x**2 + y**2)'],
    ['1e21 x + 0.5', '1e+21*x + 0.5'],
    ['1e999', 'np.inf'],
    ['e^x', 'np.e**x'],
  ])('%s → %s', (text, expected) => {
    expect(py(text)).toBe(expected);
  });

  // Each printed expression evaluated by Python at x = 0.7, y = -1.3 equals our evaluator's value:
  //   /usr/bin/python3 -c 'import numpy as np; x, y = np.float64(0.7), np.float64(-1.3); print(repr(float(EXPR)))'
  it.each([
    ['(1 - x)^2 + 100(y - x^2)^2', 320.49999999999994], // (1 - x)**2 + 100*(y - x**2)**2
    ['sin(x*y) + exp(-(x^2+y^2))', -0.6764622090495006], // np.sin(x*y) + np.exp(-(x**2 + y**2))
    ['x - (y - 1) * x / y^2', 1.652662721893491], // x - (y - 1)*x/y**2
  ])('%s evaluates as Python does', (text, value) => {
    expect(py(text)).not.toContain('^');
    expect(compiled(text).fn(0.7, -1.3)).toBeCloseTo(value, 12);
  });

  it('writes numbers as Python reads them back', () => {
    expect(pyLiteral(100)).toBe('100');
    expect(pyLiteral(0.1)).toBe('0.1');
    expect(pyLiteral(1e-5)).toBe('1e-05');
    expect(pyLiteral(2.5e20)).toBe('2.5e+20');
  });
});
