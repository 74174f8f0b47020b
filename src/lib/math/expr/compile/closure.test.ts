import { describe, expect, it } from 'vitest';
import type { Expr } from '../tree/ast';
import { evaluate } from '../tree/evaluate';
import { createRandom } from '../../random';
import { engine } from '../test/engine';

// Each shape closure.ts specialises (x op y, x op k, k op x, small powers, every
// function) must mean exactly what the reference interpreter says it means.
const FORMULAS = [
  'x + y',
  'x - y',
  'x * y',
  'x / y',
  'y + x',
  'y - x',
  'y * x',
  'y / x',
  'x + x',
  'y - y',
  'x / x',
  'y * y',
  'x + 2',
  'x - 2',
  'x * 2',
  'x / 2',
  '2 + x',
  '2 - x',
  '2 * x',
  '2 / x',
  '2 + y',
  '2 - y',
  '2y',
  '2 / y',
  'y + 2',
  'y - 2',
  'y * 2',
  'y / 2',
  '(x+y) + 2',
  '(x+y) - 2',
  '(x+y) * 2',
  '(x+y) / 2',
  '2 + (x+y)',
  '2 - (x+y)',
  '2 * (x+y)',
  '2 / (x+y)',
  '(x-y) + (x*y)',
  '(x-y) - (x*y)',
  '(x-y) * (x*y)',
  '(x-y) / (x*y)',
  'x^2',
  'y^2',
  '(x+y)^2',
  'x^3',
  'x^4',
  'x^-1',
  'x^-2',
  'x^0.5',
  'x^5',
  'x^y',
  '2^x',
  'x^1',
  'x^0',
  '-x',
  '-y',
  '-(x+y)',
  'sin(x)',
  'cos(x)',
  'tan(x)',
  'asin(x/4)',
  'acos(x/4)',
  'atan(x)',
  'sinh(x)',
  'cosh(x)',
  'tanh(x)',
  'exp(x)',
  'log(x)',
  'ln(x)',
  'log(x, 3)',
  'sqrt(x)',
  'abs(x)',
  'sign(x)',
  'floor(x)',
  'ceil(x)',
  'atan2(y, x)',
  'mod(x, y)',
  'mod(x, 0)',
  'min(x, y)',
  'max(x, y)',
  'min(x, y, 1, -1)',
  'max(x, y, 1)',
  'pi x + e y',
  'x y (x - y)',
];

const values = (f: (x: number, y: number) => number, expr: Expr, x: number, y: number) => [f(x, y), evaluate(expr, [x, y])];

describe('compiled closures agree with the reference interpreter', () => {
  const random = createRandom(7);
  const points = Array.from({ length: 50 }, () => [random.next() * 8 - 4, random.next() * 8 - 4]);
  points.push([0, 0], [0, 2], [-3, 0], [Infinity, 1], [NaN, 1], [-0, 0]);

  it.each(FORMULAS)('%s', (text) => {
    const r = engine.compileExpression(text);
    if (!r.ok) throw new Error(r.message);
    for (const [x, y] of points) {
      const [got, want] = values(r.fn, r.expr, x, y);
      // x^3 as v*v*v may differ from Math.pow in the last bit.
      if (Number.isFinite(want)) expect(got).toBeCloseTo(want, 9);
      else expect(got).toBe(want);
    }
  });
});

describe('batch over a grid', () => {
  it('fills row-major with y_0 = yMin, like meshgrid(linspace, linspace)', () => {
    const r = engine.compileExpression('10y + x');
    if (!r.ok) throw new Error(r.message);
    const out = r.batch({ xMin: 0, xMax: 2, yMin: 0, yMax: 1, nx: 3, ny: 2 });
    expect([...out]).toEqual([0, 1, 2, 10, 11, 12]);
  });

  it('writes into a given array and passes t', () => {
    const r = engine.compileExpression('x + t', { variables: ['x', 'y', 't'] });
    if (!r.ok) throw new Error(r.message);
    const out = new Float64Array(4);
    expect(r.batch({ xMin: 0, xMax: 1, yMin: 0, yMax: 0, nx: 2, ny: 1 }, out, 5)).toBe(out);
    expect([...out]).toEqual([5, 6, 0, 0]);
  });

  it("throws on a programmer's bad grid", () => {
    const r = engine.compileExpression('x');
    if (!r.ok) throw new Error(r.message);
    expect(() => r.batch({ xMin: 0, xMax: 1, yMin: 0, yMax: 1, nx: 0, ny: 2 })).toThrow(/grid size/);
    expect(() => r.batch({ xMin: 0, xMax: 1, yMin: 0, yMax: 1, nx: 2, ny: 2 }, new Float64Array(3))).toThrow(/too short/);
  });
});

describe('semantics learners meet', () => {
  const at = (text: string, x: number, y = 0) => {
    const r = engine.compileExpression(text);
    if (!r.ok) throw new Error(r.message);
    return r.fn(x, y);
  };
  it('mod follows mathjs: the sign of the divisor, mod(a, 0) = a', () => {
    expect(at('mod(x, 3)', -1)).toBe(2);
    expect(at('mod(x, -3)', 1)).toBe(-2);
    expect(at('mod(x, 0)', 7)).toBe(7);
  });
  it('is real-valued: outside the domain is NaN, not a complex number', () => {
    expect(at('sqrt(x)', -1)).toBeNaN();
    expect(at('ln(x)', -1)).toBeNaN();
    expect(at('x^(1/3)', -8)).toBeNaN();
  });
});
