import { describe, expect, it } from 'vitest';
import { engine } from '../test/engine';

const compile = (text: string) => engine.compileExpression(text);

function failureOf(text: string) {
  const r = compile(text);
  if (r.ok) throw new Error(`expected "${text}" to fail`);
  return r;
}

describe('what a learner may type', () => {
  it.each([
    ['2x', [3, 0], 6],
    ['3(x+1)', [1, 0], 6],
    ['x(1 - x)', [0.5, 0], 0.25],
    ['(1-x)^2 + 100(y-x^2)^2', [1, 1], 0],
    ['sin(x*y) + exp(-(x^2+y^2))', [0, 0], 1],
    ['2pi x', [1, 0], 2 * Math.PI],
    ['e^x', [1, 0], Math.E],
    ['ln(e) + log(8, 2)', [0, 0], 4],
    ['atan2(y, x)', [0, 1], Math.PI / 2],
    ['min(x, y, 3) + max(x, y)', [5, 4], 8],
    ['mod(x, 3) + x mod 3', [-1, 0], 4],
    ['2 mod(x, 3) + x mod (y + 1)', [-1, 2], 6],
    ['sign(x) floor(y) ceil(y)', [-2, 1.5], -1 * 1 * 2],
    ['sqrt(abs(x))', [-4, 0], 2],
    ['sinh(x) cosh(x) tanh(x) tan(x) asin(y) acos(y) atan(y) cos(x)', [0, 0], 0],
    ['-x^2', [3, 0], -9],
    ['2^-x', [1, 0], 0.5],
    ['x^3^2', [2, 0], 512],
  ])('%s', (text, [x, y], value) => {
    const r = compile(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.fn(x, y)).toBeCloseTo(value, 12);
  });

  it('reads what learners paste: x², 2·x, −y, π, x⁻¹', () => {
    const r = compile('x² + 2·x − y·π + x⁻¹ × 2 ÷ 2');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.fn(2, 1)).toBeCloseTo(4 + 4 - Math.PI + 0.5, 12);
  });

  it('takes a third variable when the caller names it', () => {
    const r = engine.compileExpression('sin(x - t) y', { variables: ['x', 'y', 't'] });
    expect(r.ok && r.fn(1, 2, 1)).toBe(0);
  });

  it('treats a NaN or ±∞ at some points as holes, not errors', () => {
    const r = compile('1/x + sqrt(y)');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fn(0, 1)).toBe(Infinity);
    expect(r.fn(1, -1)).toBeNaN();
  });
});

describe('what it refuses, and where', () => {
  it.each([
    // text, message, from, to
    ['x + y + z', 'unknown name "z" at column 9 — use x or y', 8, 9],
    ['x*y + 3z^2', 'unknown name "z" at column 8 — use x or y', 7, 8],
    ['sin(x +', '"(" at column 4 is never closed — add ")"', 3, 7],
    ['x + 1)', '")" at column 6 has no matching "("', 5, 6],
    ['x = 2', '"=" at column 3 is not allowed — type only the right-hand side, e.g. x^2 + y^2', 2, 3],
    ['f(x) = x^2', '"=" at column 6 is not allowed — type only the right-hand side, e.g. x^2 + y^2', 5, 6],
    [
      'import(x)',
      'unknown function "import" at column 1 — the functions are sin, cos, tan, asin, acos, atan, atan2, sinh, cosh, tanh, exp, log, sqrt, abs, sign, min, max, floor, ceil, mod or ln',
      0,
      6,
    ],
    ['sine(x)', 'unknown function "sine" at column 1 — did you mean sin?', 0, 4],
    ['xy', 'unknown name "xy" at column 1 — write x*y for a product', 0, 2],
    ['x2 + 1', 'unknown name "x2" at column 1 — write x^2 for a power or x*2 for a product', 0, 2],
    ['sinx', 'unknown name "sinx" at column 1 — write sin(x)', 0, 4],
    ['2 sin', '"sin" at column 3 needs its argument in brackets: sin(x)', 2, 5],
    ['atan2(y)', 'atan2 at column 1 takes 2 arguments, not 1', 0, 5],
    ['ln(x, 2)', 'ln at column 1 takes 1 argument, not 2', 0, 2],
    ['x(1, 2)', '"x" at column 1 is a number, not a function — write x*(…)', 0, 1],
    ['a.b', '"." at column 2 can only be a decimal point, as in 0.5', 1, 2],
    ['"x"', '""" at column 1 is not allowed — quoted text is not allowed', 0, 1],
    ['[1, 2]', '"[" at column 1 is not allowed — use ( ) for grouping; [P, Q] only writes a whole field', 0, 1],
    ['x!', '"!" at column 2 is not allowed — factorials are not supported', 1, 2],
    ['x % 2', '"%" at column 3 is not allowed — for a remainder write mod(a, b)', 2, 3],
    ['x > 0', '">" at column 3 is not allowed — comparisons are not supported', 2, 3],
    ['x; y', '";" at column 2 is not allowed — type one expression', 1, 2],
    ['\\sqrt{x}', '"\\" at column 1 is not allowed — type sqrt(x), not \\sqrt{x}', 0, 1],
    ['x and y', '"and" at column 3 is not supported: logic has no place in a formula here', 2, 5],
    ['2 cm', 'unknown name "cm" at column 3 — use x or y', 2, 4],
    ['Infinity', '"Infinity" at column 1 is not allowed — to see where f blows up, plot it', 0, 8],
    ['0x', '"0x" at column 1 reads as a hex, binary or octal number — write 0*x for a product', 0, 2],
    ['2 +', 'something is missing after "+" at column 3', 2, 3],
    ['* x', '"*" at column 1 needs a number, a name or "(" before it', 0, 1],
    ['1 2', 'unexpected "2" at column 3 — is an operator missing?', 2, 3],
    ['x, y', '"," at column 2 only separates a function\'s arguments, as in atan2(y, x); a field is written (P, Q)', 1, 2],
    ['', 'type an expression, e.g. x^2 + y^2', 0, 0],
    ['x ж', '"ж" at column 3 is not allowed', 2, 3],
    ['x + 😀', '"😀" at column 5 is not allowed', 4, 6],
    ['x\ny', 'a line break at column 2 is not allowed — type one expression on one line', 1, 2],
  ])('%j', (text, message, from, to) => {
    expect(failureOf(text)).toEqual({ ok: false, message, from, to });
  });

  it('names the leftmost problem first', () => {
    expect(failureOf('q + foo(x) + z').message).toMatch(/^unknown name "q" at column 1/);
    expect(failureOf('x + foo(x) + z').message).toMatch(/^unknown function "foo" at column 5/);
  });

  it("underlines the learner's own characters after normalising x² and π", () => {
    // "π" became " pi " and "²" became "^2" inside; the span still points at z in the original.
    const f = failureOf('π x² + z');
    expect(f).toMatchObject({ from: 7, to: 8, message: 'unknown name "z" at column 8 — use x or y' });
  });

  it('names t when the caller allows it', () => {
    expect(engine.compileExpression('x + s', { variables: ['x', 'y', 't'] })).toMatchObject({
      message: 'unknown name "s" at column 5 — use x, y or t',
    });
  });
});

describe('limits, checked before parsing', () => {
  it('refuses more than 1,000 characters, underlining the excess', () => {
    const text = 'x+'.repeat(600) + 'x';
    expect(failureOf(text)).toEqual({
      ok: false,
      message: 'too long: 1,201 characters (the limit is 1,000)',
      from: 1000,
      to: 1201,
    });
  });

  it('refuses brackets nested deeper than 64, at the 65th', () => {
    const text = '('.repeat(65) + 'x' + ')'.repeat(65);
    expect(failureOf(text)).toMatchObject({ message: 'brackets nested deeper than 64 levels at column 65', from: 64, to: 65 });
    expect(compile('('.repeat(64) + 'x' + ')'.repeat(64)).ok).toBe(true);
  });

  it('folds 9^9^9^9 to ∞ instead of computing it per point', () => {
    const r = compile('9^9^9^9 + x');
    expect(r.ok && r.fn(1, 0)).toBe(Infinity);
  });
});

describe('programmer errors throw with the fix', () => {
  it.each([[[]], [['x', 'x']], [['pi']], [['sin']], [['x', 'y', 'z', 'w']], [['2x']]])('variables %j', (variables) => {
    expect(() => engine.compileExpression('x', { variables })).toThrow(/variable/);
  });
});
