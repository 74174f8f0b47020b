import { describe, expect, it } from 'vitest';
import { curvatureAt, gradientAt, largestStableLr, point, runOptimizer, updateAt, type OptimizerRun } from './optimize';
import type { Vec2 } from './vec2';

const bowl = (x: number, y: number): Vec2 => [2 * x, 2 * y];
const bowlF = (x: number, y: number) => x * x + y * y;
const elongated = (x: number, y: number): Vec2 => [2 * x, 20 * y];
const closeVec = (a: Vec2 | null, b: Vec2, digits = 14) => {
  expect(a).not.toBeNull();
  expect(a![0]).toBeCloseTo(b[0], digits);
  expect(a![1]).toBeCloseTo(b[1], digits);
};
const noNaN = (r: OptimizerRun) => {
  for (const a of [r.iterates, r.grads, r.updates, r.loss ?? [], ...Object.values(r.adam ?? {})])
    expect(Array.from(a).some(Number.isNaN)).toBe(false);
};

describe('gradient descent on the round bowl x² + y²', () => {
  it('lr 0.1 converges: each step multiplies the point by 1 − 2·0.1 = 0.8', () => {
    const r = runOptimizer({ grad: bowl, f: bowlF, start: [3, -2], optimizer: 'gd', lr: 0.1, steps: 50 });
    expect(r.diverged).toBe(false);
    expect(r.divergedAtStep).toBeNull();
    expect(r.count).toBe(51);
    expect(r.iterates.length).toBe(102);
    expect(point(r, 0)).toEqual([3, -2]);
    for (let k = 1; k < r.count; k++) {
      const [x, y] = point(r, k);
      const [px, py] = point(r, k - 1);
      expect(x).toBeCloseTo(0.8 * px, 15);
      expect(y).toBeCloseTo(0.8 * py, 15);
      closeVec(updateAt(r, k), [-0.1 * 2 * px, -0.1 * 2 * py], 15);
      closeVec(gradientAt(r, k - 1), [2 * px, 2 * py], 15);
    }
    expect(point(r, 50)[0]).toBeCloseTo(3 * 0.8 ** 50, 12);
    expect(r.loss![50]).toBeCloseTo(13 * 0.64 ** 50, 12);
    // The gradient at the end point is there to draw.
    closeVec(gradientAt(r, 50), [2 * point(r, 50)[0], 2 * point(r, 50)[1]]);
    expect(updateAt(r, 0)).toEqual([0, 0]);
    expect(r.adam).toBeNull();
  });

  it('lr 1.1 diverges: the factor is 1 − 2·1.1 = −1.2, so |x| passes 1e6 at step 76 from x = 1', () => {
    // 1.2^75 ≈ 8.6e5 ≤ 1e6 < 1.2^76 ≈ 1.03e6
    const r = runOptimizer({ grad: bowl, f: bowlF, start: [1, 0], optimizer: 'gd', lr: 1.1, steps: 200 });
    expect(r.diverged).toBe(true);
    expect(r.divergedAtStep).toBe(76);
    expect(r.count).toBe(76);
    const [x] = point(r, 75);
    expect(x / -(1.2 ** 75)).toBeCloseTo(1, 12);
    expect(point(r, 2)[0]).toBeCloseTo(1.44, 14);
    expect(r.loss!.length).toBe(76);
    noNaN(r);
  });

  it('the same step k on the same bowl from a scaled start', () => {
    const r = runOptimizer({ grad: bowl, start: [1e3, 0], optimizer: 'gd', lr: 1.1, steps: 200 });
    expect(r.divergedAtStep).toBe(38); // 1.2^37 ≈ 851 < 1e3 < 1.2^38 ≈ 1022
  });

  it('steps: 0 keeps only the start and the gradient there', () => {
    const r = runOptimizer({ grad: bowl, start: [1, 2], optimizer: 'gd', lr: 0.1, steps: 0 });
    expect(r.count).toBe(1);
    expect(Array.from(r.grads)).toEqual([2, 4]);
    expect(r.diverged).toBe(false);
  });
});

// Debian's NumPy 1.24.2, g(x) = 2*x, x = np.array([1.0, 0.5]), the rules of optimize.ts, lr 0.1:
//   v = 0.9*v - 0.1*g(x); x = x + v
//   m = 0.9*m + 0.1*g; s = 0.999*s + (1-0.999)*(g*g); b1t *= 0.9; b2t *= 0.999
//   mh = m/(1-b1t); sh = s/(1-b2t); x = x - 0.1*mh/(np.sqrt(sh)+1e-8)
describe('momentum and Adam match NumPy on x² + y²', () => {
  it('momentum (β = 0.9): v starts at 0 and gathers speed', () => {
    const r = runOptimizer({ grad: bowl, start: [1, 0.5], optimizer: 'momentum', lr: 0.1, steps: 3 });
    closeVec(point(r, 1), [0.8, 0.4]);
    closeVec(updateAt(r, 1), [-0.2, -0.1]);
    closeVec(point(r, 2), [0.45999999999999996, 0.22999999999999998]);
    closeVec(updateAt(r, 2), [-0.3400000000000001, -0.17000000000000004]);
    closeVec(point(r, 3), [0.06199999999999983, 0.030999999999999917]);
    closeVec(updateAt(r, 3), [-0.39800000000000013, -0.19900000000000007]);
  });

  it('Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8): the first step is about η along −sign(g)', () => {
    const r = runOptimizer({ grad: bowl, start: [1, 0.5], optimizer: 'adam', lr: 0.1, steps: 3 });
    const { m, s, mHat, sHat } = r.adam!;
    const at = (a: Float64Array, k: number): Vec2 => [a[2 * k], a[2 * k + 1]];
    closeVec(point(r, 1), [0.9000000005, 0.400000001]);
    closeVec(at(m, 1), [0.19999999999999996, 0.09999999999999998]);
    closeVec(at(s, 1), [0.0040000000000000036, 0.0010000000000000009]);
    closeVec(at(mHat, 1), [2, 1]);
    closeVec(at(sHat, 1), [4, 1]);
    closeVec(point(r, 2), [0.8004122286917928, 0.30118742165916684]);
    closeVec(at(m, 2), [0.3600000000999999, 0.17000000019999995]);
    closeVec(at(sHat, 2), [3.619809906753429, 0.819909956578301]);
    closeVec(point(r, 3), [0.7015862729460303, 0.20487125256029964]);
    closeVec(at(m, 3), [0.48408244582835847, 0.2132374845118333]);
    closeVec(at(s, 3), [0.00979140294695386, 0.002000216455059589]);
    closeVec(at(mHat, 3), [1.7862820879275225, 0.7868541863905291]);
    closeVec(at(sHat, 3), [3.26706696025589, 0.6674060018864156]);
    // The update is −η·m̂/(√ŝ + ε), and it is what moved the point.
    const [ux, uy] = updateAt(r, 3);
    expect(ux).toBe(-((0.1 * mHat[6]) / (Math.sqrt(sHat[6]) + 1e-8)));
    expect(point(r, 3)[0]).toBe(point(r, 2)[0] + ux);
    expect(point(r, 3)[1]).toBe(point(r, 2)[1] + uy);
    expect(Array.from(m.subarray(0, 2))).toEqual([0, 0]);
  });
});

describe('divergence stops cleanly', () => {
  it('a NaN gradient stops the run at that step, at the last finite point', () => {
    // √x's gradient is NaN left of 0: GD from x = 1 with a big step lands at x < 0.
    const grad = (x: number, y: number): Vec2 => [x >= 0 ? 0.5 / Math.sqrt(x) : NaN, 2 * y];
    const r = runOptimizer({ grad, start: [1, 1], optimizer: 'gd', lr: 4, steps: 10 });
    // step 1: x = 1 − 4·0.5 = −1; step 2 reads ∇ at −1, which is NaN.
    expect(point(r, 1)).toEqual([-1, -7]);
    expect(r.diverged).toBe(true);
    expect(r.divergedAtStep).toBe(2);
    expect(r.count).toBe(2);
    expect(r.grads.length).toBe(2); // only the start's
    expect(gradientAt(r, 1)).toBeNull();
    noNaN(r);
  });

  it.each(['gd', 'momentum', 'adam'] as const)('%s: a gradient that is NaN at the start stops at step 1', (optimizer) => {
    const r = runOptimizer({ grad: () => [NaN, 0], f: bowlF, start: [1, 1], optimizer, lr: 0.1, steps: 10 });
    expect(r).toMatchObject({ count: 1, diverged: true, divergedAtStep: 1 });
    expect(Array.from(r.iterates)).toEqual([1, 1]);
    expect(r.grads.length).toBe(0);
    noNaN(r);
  });

  it('an infinite step is caught before it is stored', () => {
    const r = runOptimizer({ grad: () => [1e308, 0], start: [0, 0], optimizer: 'momentum', lr: 10, steps: 5 });
    expect(r).toMatchObject({ count: 1, diverged: true, divergedAtStep: 1 });
    noNaN(r);
  });

  it('says why a run stopped: the bound, a gradient that is not finite, or none', () => {
    expect(runOptimizer({ grad: bowl, start: [1, 0], optimizer: 'gd', lr: 1.1, steps: 200 }).stopped).toBe('bound');
    expect(runOptimizer({ grad: () => [NaN, 0], start: [1, 1], optimizer: 'gd', lr: 0.1, steps: 10 }).stopped).toBe('gradient');
    expect(runOptimizer({ grad: bowl, start: [1, 0], optimizer: 'gd', lr: 0.1, steps: 20 }).stopped).toBeNull();
  });

  it.each(['gd', 'momentum', 'adam'] as const)('%s: a step to where f is undefined stops the run before it (log x from x = 2)', (optimizer) => {
    // f = log x + y², ∇f = (1/x, 2y) is finite left of 0 too: only f says the point is outside.
    const f = (x: number, y: number) => Math.log(x) + y * y;
    const grad = (x: number, y: number): Vec2 => [1 / x, 2 * y];
    const r = runOptimizer({ grad, f, start: [2, 1], optimizer, lr: 0.5, steps: 200 });
    expect(r.stopped).toBe('loss');
    expect(r.divergedAtStep).toBe(r.count);
    // Every stored point is inside the domain, with its loss.
    for (let k = 0; k < r.count; k++) expect(point(r, k)[0]).toBeGreaterThan(0);
    expect(Array.from(r.loss!).every(Number.isFinite)).toBe(true);
  });

  it('a start where f is undefined takes no step', () => {
    const r = runOptimizer({ grad: () => [1, 1], f: () => NaN, start: [1, 1], optimizer: 'gd', lr: 0.1, steps: 10 });
    expect(r).toMatchObject({ count: 1, diverged: true, divergedAtStep: 0, stopped: 'loss' });
  });

  it('Adam stops when its average of g² overflows, instead of sitting still (x^1000 at x = 2)', () => {
    const grad = (x: number): Vec2 => [1000 * x ** 999, 0];
    const r = runOptimizer({ grad, start: [2, 0], optimizer: 'adam', lr: 0.1, steps: 10 });
    expect(r).toMatchObject({ count: 1, divergedAtStep: 1, stopped: 'overflow' });
    noNaN(r);
  });

  it('divergeAbove sets the bound', () => {
    const r = runOptimizer({ grad: bowl, start: [1, 0], optimizer: 'gd', lr: 1.1, steps: 200, divergeAbove: 10 });
    expect(r.divergedAtStep).toBe(13); // 1.2^12 ≈ 8.9, 1.2^13 ≈ 10.7
  });

  it('GD with lr 0.2 > 2/20 diverges on the elongated bowl; Adam with its per-coordinate scale does not', () => {
    const lr = 0.2; // above 2/20 = 0.1 for GD
    expect(runOptimizer({ grad: elongated, start: [1, 1], optimizer: 'gd', lr, steps: 500 }).diverged).toBe(true);
    const adam = runOptimizer({ grad: elongated, start: [1, 1], optimizer: 'adam', lr: 0.05, steps: 500 });
    expect(adam.diverged).toBe(false);
    expect(Math.hypot(...point(adam, 500))).toBeLessThan(0.1);
  });

  it('programmer errors throw, naming the value', () => {
    expect(() => runOptimizer({ grad: bowl, start: [NaN, 0], optimizer: 'gd', lr: 0.1, steps: 1 })).toThrow(/invalid start/);
    expect(() => runOptimizer({ grad: bowl, start: [0, 0], optimizer: 'gd', lr: 0.1, steps: 1.5 })).toThrow(/invalid steps: 1.5/);
    expect(() => runOptimizer({ grad: bowl, start: [0, 0], optimizer: 'sgd' as 'gd', lr: 0.1, steps: 1 })).toThrow(/invalid optimizer: sgd/);
  });
});

describe('largestStableLr: 2/L, L the largest Hessian eigenvalue', () => {
  it('x² + 10y² has Hessian diag(2, 20): 2/20 = 0.1, wherever it is estimated', () => {
    for (const at of [
      [0, 0],
      [3, -7],
      [1e5, 2e-3],
    ] as Vec2[])
      expect(largestStableLr(elongated, at)).toBeCloseTo(0.1, 10);
  });

  it('a tilted quadratic: x² + xy + y² has Hessian [[2,1],[1,2]], eigenvalues 3 and 1', () => {
    expect(largestStableLr((x, y) => [2 * x + y, x + 2 * y], [0.5, 2])).toBeCloseTo(2 / 3, 10);
  });

  it('at and beyond that rate GD stops converging on the elongated bowl', () => {
    const lr = largestStableLr(elongated, [1, 1])!;
    expect(runOptimizer({ grad: elongated, start: [1, 1], optimizer: 'gd', lr: 0.99 * lr, steps: 3000 }).diverged).toBe(false);
    expect(runOptimizer({ grad: elongated, start: [1, 1], optimizer: 'gd', lr: 1.01 * lr, steps: 3000 }).diverged).toBe(true);
  });

  it('null without positive curvature or with a non-finite gradient', () => {
    expect(largestStableLr((x, y) => [-2 * x, -2 * y], [1, 1])).toBeNull();
    expect(largestStableLr(() => [0, 0], [1, 1])).toBeNull();
    expect(largestStableLr(() => [NaN, 0], [1, 1])).toBeNull();
    // The saddle x² − y² still has a direction of positive curvature: 2/2.
    expect(largestStableLr((x, y) => [2 * x, -2 * y], [0, 0])).toBeCloseTo(1, 10);
  });
});

describe('curvatureAt: the Hessian’s eigenvalues', () => {
  it('a saddle x² − y² curves up by 2 and down by 2', () => {
    const c = curvatureAt((x, y) => [2 * x, -2 * y], [0.3, -0.7])!;
    expect(c.max).toBeCloseTo(2, 8);
    expect(c.min).toBeCloseTo(-2, 8);
  });
  it('the elongated bowl x² + 10y²: 20 and 2', () => {
    const c = curvatureAt((x, y) => [2 * x, 20 * y], [1, 1])!;
    expect([c.max, c.min].map((v) => Math.round(v * 1e8) / 1e8)).toEqual([20, 2]);
  });
  it('null where the gradient is not finite', () => expect(curvatureAt(() => [NaN, 0], [1, 1])).toBeNull());
});
