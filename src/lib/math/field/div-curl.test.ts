// The engine differentiates symbolically; central differences of P and Q are
// an independent check that div F = ∂P/∂x + ∂Q/∂y and curl F = ∂Q/∂x − ∂P/∂y
// come out right, sign and all.
import { describe, expect, it } from 'vitest';
import { engine } from '../expr/test/engine';

const H = 1e-5;

function field(text: string) {
  const r = engine.compileField(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

const points: [number, number][] = [
  [0, 0],
  [1, 2],
  [-1.5, 0.5],
  [0.3, -2.2],
];

describe('div and curl from the engine match central differences', () => {
  it.each([
    '(2x, x^2)',
    '(-y, x)',
    '(x, y)',
    '(y, 0)',
    '(x, -y)',
    '(x^2 - y^2, 2x y)',
    '(sin(x) y, cos(x y))',
    '(exp(x) cos(y), exp(x) sin(y))',
    '(-y/(1 + x^2 + y^2), x/(1 + x^2 + y^2))',
    '(x y^2, atan(x) + y^3)',
  ])('%s', (text) => {
    const F = field(text);
    const P = F.p.fn;
    const Q = F.q.fn;
    for (const [x, y] of points) {
      const Px = (P(x + H, y) - P(x - H, y)) / (2 * H);
      const Py = (P(x, y + H) - P(x, y - H)) / (2 * H);
      const Qx = (Q(x + H, y) - Q(x - H, y)) / (2 * H);
      const Qy = (Q(x, y + H) - Q(x, y - H)) / (2 * H);
      const scale = 1 + Math.abs(Px) + Math.abs(Py) + Math.abs(Qx) + Math.abs(Qy);
      expect(Math.abs(F.divergence.fn(x, y) - (Px + Qy))).toBeLessThan(1e-7 * scale);
      expect(Math.abs(F.curl.fn(x, y) - (Qx - Py))).toBeLessThan(1e-7 * scale);
      const [[a, b], [c, d]] = F.jacobian.fn(x, y);
      for (const [exact, fd] of [
        [a, Px],
        [b, Py],
        [c, Qx],
        [d, Qy],
      ]) {
        expect(Math.abs(exact - fd)).toBeLessThan(1e-7 * scale);
      }
    }
  });

  it("the lesson's (2x, x²): div F = 2 and curl F = 2x", () => {
    const F = field('(2x, x^2)');
    expect(F.divergence.tex).toBe('2');
    expect(F.curl.tex).toBe('2x');
    for (const [x, y] of points) {
      expect(F.divergence.fn(x, y)).toBe(2);
      expect(F.curl.fn(x, y)).toBeCloseTo(2 * x, 14);
    }
  });
});
