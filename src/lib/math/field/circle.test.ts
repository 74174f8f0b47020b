import { describe, expect, it } from 'vitest';
import type { Vec2 } from '../vec2';
import { engine } from '../expr/test/engine';
import { circleFlux, paddleRate } from './circle';

function field(text: string) {
  const r = engine.compileField(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** div and curl from central differences of P and Q, step h. */
function finiteDivCurl(f: (x: number, y: number) => Vec2, [x, y]: Vec2, h = 1e-5): [div: number, curl: number] {
  const [Pe, Qe] = f(x + h, y);
  const [Pw, Qw] = f(x - h, y);
  const [Pn, Qn] = f(x, y + h);
  const [Ps, Qs] = f(x, y - h);
  return [(Pe - Pw + Qn - Qs) / (2 * h), (Qe - Qw - (Pn - Ps)) / (2 * h)];
}

describe('a small circle measures divergence and curl', () => {
  const fields = [
    '(2x, x^2)',
    '(-y, x)',
    '(x, y)',
    '(y, 0)',
    '(x^2 - y^2, 2x y)',
    '(sin(x) y, cos(x y))',
    '(exp(x) cos(y), exp(x) sin(y))',
    '(x y^2, -x^2 y + y)',
  ];
  const at: Vec2[] = [
    [0, 0],
    [1.5, -2],
    [-0.7, 0.3],
  ];
  it.each(fields)('%s: outflow/area → div F, circulation/area → curl F', (text) => {
    const F = field(text);
    for (const c of at) {
      const { outflowPerArea, circulationPerArea } = circleFlux(F.fn, c, 1e-3);
      const [fdDiv, fdCurl] = finiteDivCurl(F.fn, c);
      const scale = 1 + Math.abs(F.divergence.fn(...c)) + Math.abs(F.curl.fn(...c));
      expect(Math.abs(outflowPerArea - F.divergence.fn(...c))).toBeLessThan(1e-5 * scale);
      expect(Math.abs(circulationPerArea - F.curl.fn(...c))).toBeLessThan(1e-5 * scale);
      expect(Math.abs(outflowPerArea - fdDiv)).toBeLessThan(1e-5 * scale);
      expect(Math.abs(circulationPerArea - fdCurl)).toBeLessThan(1e-5 * scale);
    }
  });

  it('the error shrinks like r²: it is the mean over the disc, not the value at the centre', () => {
    // (x³, 0): div = 3x², whose mean over the disc of radius r about 0 is 3r²/4.
    const f = (x: number): Vec2 => [x ** 3, 0];
    for (const r of [1, 0.1, 0.01]) expect(circleFlux(f, [0, 0], r).outflowPerArea).toBeCloseTo((3 * r * r) / 4, 12);
  });
});

describe('exact for low-degree fields, at any radius', () => {
  it('(2x, x²): div = 2 and curl = 2x, so around (1.5, −2) with r = 1 the means are 2 and 3', () => {
    const F = field('(2x, x^2)');
    const c = circleFlux(F.fn, [1.5, -2], 1);
    expect(c.area).toBeCloseTo(Math.PI, 14);
    expect(c.outflowPerArea).toBeCloseTo(2, 12);
    expect(c.circulationPerArea).toBeCloseTo(3, 12);
    expect(c.outflow).toBeCloseTo(2 * Math.PI, 12);
  });

  it('the rotation (−y, x) circulates 2πr² and sends nothing out', () => {
    const c = circleFlux((x, y) => [-y, x], [0, 0], 2);
    expect(c.circulation).toBeCloseTo(8 * Math.PI, 12);
    expect(c.outflow).toBeCloseTo(0, 12);
    expect(c.circulationPerArea).toBeCloseTo(2, 12);
  });

  it('the shear (y, 0) circulates clockwise though every flow line is straight', () => {
    expect(circleFlux((_, y) => [y, 0], [3, 1], 0.5).circulationPerArea).toBeCloseTo(-1, 12);
  });
});

describe('a point source', () => {
  const f = (x: number, y: number): Vec2 => [x / (x * x + y * y), y / (x * x + y * y)];
  it('sends out 2π through every circle around it, and nothing through one beside it', () => {
    for (const r of [0.01, 1, 3]) expect(circleFlux(f, [0, 0], r).outflow).toBeCloseTo(2 * Math.PI, 10);
    expect(circleFlux(f, [2, 1], 0.5).outflow).toBeCloseTo(0, 10);
  });
});

describe('edges', () => {
  it('is NaN when F is undefined on the rim', () => {
    const c = circleFlux((x) => [Math.sqrt(x), 0], [0, 0], 1);
    expect(c.outflow).toBeNaN();
    expect(c.circulationPerArea).toBeNaN();
  });

  it('refuses a radius that is not positive', () => {
    expect(() => circleFlux(() => [0, 0], [0, 0], 0)).toThrow('circleFlux needs a positive radius, got 0');
  });
});

describe('the paddle wheel', () => {
  it('turns at half the curl: in (−y, x) (curl 2) once per 2π, with the flow', () => {
    expect(paddleRate(2)).toBe(1);
    expect(paddleRate(-1)).toBe(-0.5);
  });
});
