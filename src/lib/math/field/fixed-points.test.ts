import { describe, expect, it } from 'vitest';
import type { Box } from '../box';
import type { Mat2 } from '../mat2';
import type { Vec2 } from '../vec2';
import { engine } from '../expr/test/engine';
import { fixedPoints, type FixedPoints } from './fixed-points';

const box: Box = { xMin: -5, xMax: 5, yMin: -4, yMax: 4 };

function compiled(text: string, view: Box = box): FixedPoints {
  const r = engine.compileField(text);
  if (!r.ok) throw new Error(r.message);
  return fixedPoints(r.fn, r.jacobian.fn, view);
}

describe('one fixed point at the origin, from the formula', () => {
  it.each([
    // np.linalg.eigvals([[1, 0], [0, -1]]) -> [ 1. -1.]
    [
      '(x, -y)',
      'saddle',
      { kind: 'real', values: [1, -1] },
      'a saddle: flow comes in along one direction (eigenvalue −1) and leaves along another (eigenvalue 1)',
    ],
    // np.linalg.eigvals([[0, -1], [1, 0]]) -> [0.+1.j 0.-1.j]
    ['(-y, x)', 'centre', { kind: 'complex', re: 0, im: 1 }, 'a centre: the flow circles around it (eigenvalues ±1i)'],
    ['(x, y)', 'source', { kind: 'real', values: [1, 1] }, 'a source: everything nearby flows away from it (eigenvalue 1, twice)'],
    ['(-x, -y)', 'sink', { kind: 'real', values: [-1, -1] }, 'a sink: everything nearby flows into it (eigenvalue −1, twice)'],
    // np.linalg.eigvals([[-1, -1], [1, -1]]) -> [-1.+1.j -1.-1.j]
    [
      '(-x - y, x - y)',
      'spiral-in',
      { kind: 'complex', re: -1, im: 1 },
      'a spiral sink: the flow turns around it and drifts inward (eigenvalues −1 ± 1i)',
    ],
    [
      '(x - y, x + y)',
      'spiral-out',
      { kind: 'complex', re: 1, im: 1 },
      'a spiral source: the flow turns around it and drifts outward (eigenvalues 1 ± 1i)',
    ],
  ])('%s is a %s', (text, kind, eigenvalues, sentence) => {
    const { points, curve } = compiled(text);
    expect(curve).toBeNull();
    expect(points).toHaveLength(1);
    const [p] = points;
    expect(p.kind).toBe(kind);
    expect(Math.hypot(...p.point)).toBeLessThan(1e-9);
    expect(p.eigenvalues).toEqual(eigenvalues);
    expect(p.sentence).toBe(sentence);
  });

  it('hands back the Jacobian and the eigenvector lines of a saddle', () => {
    const [p] = compiled('(x + y, 4x + y)').points;
    expect(p.jacobian).toEqual([
      [1, 1],
      [4, 1],
    ]);
    // np.linalg.eig([[1, 1], [4, 1]]) -> values [ 3. -1.], vectors (0.447, 0.894) and (-0.447, 0.894)
    expect(p.kind).toBe('saddle');
    expect(p.eigenvalues).toEqual({ kind: 'real', values: [3, -1] });
    expect(p.directions[0][0]).toBeCloseTo(1 / Math.sqrt(5), 12);
    expect(p.directions[0][1]).toBeCloseTo(2 / Math.sqrt(5), 12);
    expect(Math.abs(p.directions[1][0])).toBeCloseTo(1 / Math.sqrt(5), 12);
  });

  it('is the same verdict whatever the field is scaled by', () => {
    for (const k of ['1e-8', '1e8']) {
      expect(compiled(`(${k} * (-y), ${k} * x)`).points.map((p) => p.kind)).toEqual(['centre']);
      expect(compiled(`(${k} * x, -${k} * y)`).points.map((p) => p.kind)).toEqual(['saddle']);
    }
  });
});

describe('several fixed points', () => {
  it('(x² − 1, y): a saddle at (−1, 0) and a source at (1, 0)', () => {
    // J = [[2x, 0], [0, 1]]: np.linalg.eigvals([[-2, 0], [0, 1]]) -> [-2.  1.]; at x = 1 -> [2. 1.]
    const { points } = compiled('(x^2 - 1, y)');
    expect(points.map((p) => p.kind)).toEqual(['saddle', 'source']);
    expect(points[0].point[0]).toBeCloseTo(-1, 12);
    expect(points[1].point[0]).toBeCloseTo(1, 12);
    expect(points[0].eigenvalues).toEqual({ kind: 'real', values: [1, -2] });
    expect(points[1].eigenvalues).toEqual({ kind: 'real', values: [2, 1] });
  });

  it('keeps only the fixed points inside the box', () => {
    const { points } = compiled('(x^2 - 1, y)', { xMin: 0, xMax: 3, yMin: -1, yMax: 1 });
    expect(points.map((p) => p.kind)).toEqual(['source']);
  });

  it('finds the four equilibria of a predator–prey field', () => {
    // Competing species: x(3 − x − 2y), y(2 − x − y), with zeros (0,0), (0,2), (3,0), (1,1).
    const { points } = compiled('(x (3 - x - 2y), y (2 - x - y))', { xMin: -0.5, xMax: 3.5, yMin: -0.5, yMax: 2.5 });
    expect(points.map((p) => [...p.point.map((v) => Math.round(v * 1e9) / 1e9 + 0), p.kind])).toEqual([
      [0, 0, 'source'],
      [0, 2, 'sink'],
      [1, 1, 'saddle'],
      [3, 0, 'sink'],
    ]);
  });
});

describe('zeros that are not isolated', () => {
  it('(2x, x²) is zero all along the line x = 0', () => {
    const { points, curve } = compiled('(2x, x^2)');
    expect(points).toEqual([]);
    expect(curve?.sentence).toBe('F = 0 all along the line x = 0 here');
    expect(curve!.points.length).toBeGreaterThanOrEqual(5);
    for (const [x, y] of curve!.points) {
      expect(Math.abs(x)).toBeLessThan(1e-9);
      expect(Math.abs(y)).toBeLessThanOrEqual(4);
    }
  });

  it('a circle of zeros is a curve, not a row of points', () => {
    const { points, curve } = compiled('((x^2 + y^2 - 4) x, (x^2 + y^2 - 4) y)');
    // The origin is an isolated source; the circle r = 2 is a curve of zeros.
    expect(points.map((p) => p.kind)).toEqual(['sink']);
    expect(curve?.sentence).toMatch(/^F = 0 all along a curve here \(through \(/);
    for (const [x, y] of curve!.points) expect(Math.hypot(x, y)).toBeCloseTo(2, 9);
  });

  it('an isolated zero with a singular Jacobian is a degenerate point', () => {
    const { points, curve } = compiled('(x^2, y^2)');
    expect(curve).toBeNull();
    expect(points).toHaveLength(1);
    expect(points[0].kind).toBe('degenerate');
    expect(Math.hypot(...points[0].point)).toBeLessThan(1e-6);
    expect(points[0].sentence).toMatch(/^a degenerate fixed point: the Jacobian is singular here \(eigenvalue 0, twice\)/);
  });

  it('(x², y): a saddle and a source merged into one degenerate point', () => {
    const { points, curve } = compiled('(x^2, y)');
    expect(curve).toBeNull();
    expect(points.map((p) => p.kind)).toEqual(['degenerate']);
    expect(points[0].sentence).toContain('(eigenvalues 0 and 1)');
  });

  it('(2x, x²) as plain closures', () => {
    const r = fixedPoints(
      (x) => [2 * x, x * x],
      (x) => [
        [2, 0],
        [2 * x, 0],
      ],
      { xMin: -1, xMax: 3, yMin: 2, yMax: 3 },
    );
    expect(r.points).toEqual([]);
    expect(r.curve?.sentence).toBe('F = 0 all along the line x = 0 here');
  });

  it('F = 0 everywhere', () => {
    const r = fixedPoints(
      () => [0, 0],
      () => [
        [0, 0],
        [0, 0],
      ],
      box,
    );
    expect(r.points).toEqual([]);
    expect(r.curve?.sentence).toBe('F = 0 everywhere here');
  });
});

describe('fields with nothing to find', () => {
  const zero: Mat2 = [
    [0, 0],
    [0, 0],
  ];

  it('(1, 0) has no fixed points', () => {
    expect(
      fixedPoints(
        () => [1, 0],
        () => zero,
        box,
      ),
    ).toEqual({ points: [], curve: null, crowded: false });
  });

  it('(x² + 1, y) has a minimum of |F| but no zero', () => {
    expect(compiled('(x^2 + 1, y)').points).toEqual([]);
  });

  it('(1/x, 1/y) is undefined on the axes and zero nowhere', () => {
    expect(compiled('(1/x, 1/y)')).toEqual({ points: [], curve: null, crowded: false });
  });

  it('a field undefined everywhere gives nothing', () => {
    expect(compiled('(sqrt(-1 - x^2), y)')).toEqual({ points: [], curve: null, crowded: false });
  });
});

describe('plain closures', () => {
  const f = (x: number, y: number): Vec2 => [y, -Math.sin(x)];
  const j = (x: number): Mat2 => [
    [0, 1],
    [-Math.cos(x), 0],
  ];

  it('the pendulum: centres at 0 and ±2π, saddles at ±π', () => {
    const { points } = fixedPoints(f, j, { xMin: -7, xMax: 7, yMin: -3, yMax: 3 });
    expect(points.map((p) => p.kind)).toEqual(['centre', 'saddle', 'centre', 'saddle', 'centre']);
    const xs = points.map((p) => p.point[0] / Math.PI);
    xs.forEach((x, k) => expect(x).toBeCloseTo(k - 2, 10));
  });
});

describe('bounded work', () => {
  it('(sin 10x, cos 10y) has ~1000 zeros in view: the search stops with a bounded count, soon', () => {
    const r = engine.compileField('(sin(10x), cos(10y))');
    if (!r.ok) throw new Error(r.message);
    let calls = 0;
    const f = (x: number, y: number) => (calls++, r.fn(x, y));
    const jac = (x: number, y: number) => (calls++, r.jacobian.fn(x, y));
    const view: Box = { xMin: -5, xMax: 5, yMin: -5, yMax: 5 };
    // The best of a few runs, so a garbage collection or a busy machine does not fail the test.
    let ms = Infinity;
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      fixedPoints(f, jac, view);
      ms = Math.min(ms, performance.now() - t0);
    }
    calls = 0;
    const { points, crowded } = fixedPoints(f, jac, view);
    expect(points.length).toBeGreaterThan(10);
    expect(points.length).toBeLessThanOrEqual(100);
    expect(crowded).toBe(true);
    for (const p of points) {
      expect(Math.abs(Math.sin(10 * p.point[0]))).toBeLessThan(1e-9);
      expect(p.kind).toMatch(/^(saddle|source|sink)$/);
    }
    // 100 seed values, 6000 for the search, at most 1500 for the curve test, one Jacobian per point.
    expect(calls).toBeLessThanOrEqual(100 + 6000 + 1500 + points.length);
    expect(ms).toBeLessThan(20); // about 0.5 ms here
  });

  it('more seeds find more of them', () => {
    const r = engine.compileField('(sin(10x), cos(10y))');
    if (!r.ok) throw new Error(r.message);
    const view: Box = { xMin: -1, xMax: 1, yMin: -1, yMax: 1 };
    // Zeros at x = kπ/10 (7 values) and y = (k + ½)π/10 (6 values): 42 in all.
    const { points } = fixedPoints(r.fn, r.jacobian.fn, view, { seeds: 30, maxEvaluations: 40000 });
    expect(points).toHaveLength(42);
  });
});
