import { describe, expect, it } from 'vitest';
import { createStepper } from './optimizer-step';
import { runOptimizer, type Optimizer } from './optimize';

// f(x, y) = x² + 10y² + xy: a tilted bowl, so each coordinate's step depends on both.
const grad = (x: number, y: number): [number, number] => [2 * x + y, 20 * y + x];

describe('createStepper', () => {
  for (const optimizer of ['gd', 'momentum', 'adam'] as Optimizer[]) {
    it(`takes exactly runOptimizer's steps with two parameters: ${optimizer}`, () => {
      const lr = optimizer === 'adam' ? 0.3 : 0.04;
      const run = runOptimizer({ grad, start: [3, -2], optimizer, lr, steps: 40 });
      const p = new Float64Array([3, -2]);
      const stepper = createStepper(2, { optimizer, lr });
      for (let k = 1; k <= 40; k++) {
        expect(stepper.step(p, new Float64Array(grad(p[0], p[1])))).toBe(true);
        expect([p[0], p[1]]).toEqual([run.iterates[2 * k], run.iterates[2 * k + 1]]);
      }
      expect(stepper.steps).toBe(40);
    });
  }

  it('starts over after reset', () => {
    const a = new Float64Array([1, 1]);
    const b = new Float64Array([1, 1]);
    const s = createStepper(2, { optimizer: 'adam', lr: 0.1 });
    for (let k = 0; k < 5; k++) s.step(a, new Float64Array(grad(a[0], a[1])));
    s.reset();
    expect(s.steps).toBe(0);
    const fresh = createStepper(2, { optimizer: 'adam', lr: 0.1 });
    s.step(a.fill(1), new Float64Array(grad(1, 1)));
    fresh.step(b, new Float64Array(grad(1, 1)));
    expect([...a]).toEqual([...b]);
  });

  it('refuses a step that is not finite and leaves the parameters and state as they were', () => {
    const p = new Float64Array([1, 2, 3]);
    const s = createStepper(3, { optimizer: 'momentum', lr: 0.1 });
    expect(s.step(p, new Float64Array([1, NaN, 0]))).toBe(false);
    expect([...p]).toEqual([1, 2, 3]);
    expect(s.steps).toBe(0);
    expect(
      s.step(
        p,
        new Float64Array([1e308, 0, 0]).map((g) => g * 1e10),
      ),
    ).toBe(false);
    expect(s.step(p, new Float64Array([1, 0, 0]))).toBe(true);
    expect(p[0]).toBeCloseTo(0.9, 15);
  });

  it('rejects a gradient of the wrong size and a bad learning rate', () => {
    expect(() => createStepper(2, { optimizer: 'gd', lr: NaN })).toThrow(/lr/);
    expect(() => createStepper(2, { optimizer: 'gd', lr: 0.1 }).step(new Float64Array(2), new Float64Array(3))).toThrow(/expected 2/);
  });
});
