import { describe, expect, it } from 'vitest';
import { createRandom } from '../../random';
import { engine } from '../test/engine';

// Every typable function, alone and composed, including the ones mathjs cannot
// differentiate (sign, floor, ceil, mod, min, max, atan2: see partials.ts).
const LOSSES = [
  '(1-x)^2 + 100(y-x^2)^2',
  'sin(x*y) + exp(-(x^2+y^2))',
  'x^2 + 3y^2 - x*y + 2x - y + 1',
  'tan(x/2) + cos(y) + asin(x/4) + acos(y/4) + atan(x*y)',
  'sinh(x/2) cosh(y/3) + tanh(x - y)',
  'sqrt(x^2 + y^2 + 1) + abs(x - y) + ln(x^2 + 1) + log(y^2 + 2, x^2 + 3)',
  'x^y + 2^x + e^(x y) + pi x',
  'atan2(y, x) + atan2(x^2 + 1, y)',
  'min(x, y) + max(x^2, y, 1) + min(x, 2, y^2)',
  'mod(x*y, 1.5) + mod(x, y) + sign(x) y + floor(x) y^2 + ceil(y) x',
  'sin(mod(x*y, 2)) / (2 + cos(max(x, y)))',
  '1/x + 1/(x^2 + y^2)',
  '-(x - y)^3 / (1 + x^4)',
];

/** Central differences at two step sizes; undefined where they disagree (a kink, a jump, a pole). */
function centralDifference(f: (x: number, y: number) => number, x: number, y: number, axis: 0 | 1): number | undefined {
  const at = (h: number) => {
    const [dx, dy] = axis === 0 ? [h, 0] : [0, h];
    return (f(x + dx, y + dy) - f(x - dx, y - dy)) / (2 * h);
  };
  const v = axis === 0 ? x : y;
  const h = 1e-5 * Math.max(1, Math.abs(v));
  const a = at(h);
  const b = at(h / 4);
  if (!Number.isFinite(a) || !Number.isFinite(b) || Math.abs(a - b) > 1e-7 * Math.max(1, Math.abs(a))) return undefined;
  return b;
}

describe('symbolic derivatives match central finite differences', () => {
  it.each(LOSSES)('%s', (text) => {
    const r = engine.compileGradient(text);
    if (!r.ok) throw new Error(r.message);
    const random = createRandom(text.length);
    let checked = 0;
    for (let k = 0; k < 60; k++) {
      const x = random.next() * 6 - 3;
      const y = random.next() * 6 - 3;
      for (const axis of [0, 1] as const) {
        const exact = r.partials[axis].fn(x, y);
        const numeric = centralDifference(r.f.fn, x, y, axis);
        if (numeric === undefined || !Number.isFinite(exact)) continue;
        // Relative to max(1, |∂f|): near a zero of the derivative, relative error means nothing.
        expect(Math.abs(exact - numeric), `∂/∂${'xy'[axis]} at (${x}, ${y})`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(exact)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('differentiates by the first two variables only, with t as a parameter', () => {
    const r = engine.compileGradient('sin(x - t) y^2', { variables: ['x', 'y', 't'] });
    if (!r.ok) throw new Error(r.message);
    expect(r.partials[0].fn(1, 2, 1)).toBeCloseTo(4, 12);
    expect(r.partials[1].fn(1, 2, 1)).toBeCloseTo(0, 12);
    expect(r.fn(1, 2, 1)).toEqual([4, 0]);
  });
});

describe("a field's Jacobian, divergence and curl", () => {
  const FIELDS = ['(2x, x^2)', '(-y, x)', '(x y, sin(x)/y)', '[atan2(y, x), max(x, y)^2]', '(exp(-x^2) y, mod(x, 2) + y^3)'];
  it.each(FIELDS)('%s', (text) => {
    const r = engine.compileField(text);
    if (!r.ok) throw new Error(r.message);
    const random = createRandom(99);
    for (let k = 0; k < 30; k++) {
      const x = random.next() * 4 - 2;
      const y = random.next() * 4 - 2.1;
      const [[px, py], [qx, qy]] = r.jacobian.fn(x, y);
      const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
      if ([px, py, qx, qy].every(Number.isFinite)) {
        expect(close(r.divergence.fn(x, y), px + qy)).toBe(true);
        expect(close(r.curl.fn(x, y), qx - py)).toBe(true);
      }
      for (const [row, g] of [
        [0, r.p.fn],
        [1, r.q.fn],
      ] as const) {
        for (const axis of [0, 1] as const) {
          const numeric = centralDifference(g, x, y, axis);
          const exact = r.jacobian.fn(x, y)[row][axis];
          if (numeric !== undefined && Number.isFinite(exact)) {
            expect(Math.abs(exact - numeric)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(exact)));
          }
        }
      }
    }
    expect(r.fn(1, 2)).toEqual([r.p.fn(1, 2), r.q.fn(1, 2)]);
  });
});

describe('differentiation budget', () => {
  it('refuses to differentiate what would grow too large, but still compiles it', () => {
    const big = Array.from({ length: 40 }, () => 'x').join('^');
    expect(engine.compileExpression(big).ok).toBe(true);
    const r = engine.compileGradient(big);
    expect(r).toMatchObject({ ok: false, from: 0, to: big.length });
    if (!r.ok) expect(r.message).toBe('too complex to differentiate: its derivative would have about 3,500 terms (the limit is 2,000)');
  });
});
