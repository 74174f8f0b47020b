import { describe, expect, it } from 'vitest';
import { runOptimizer } from '../../lib/math/optimize';
import { ruleTex, texNumber } from './rules';

const grad = (x: number, y: number) => [2 * x, 2 * y] as const;
const settings = { lr: 0.1, beta: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8 };

describe('update rules with this step’s numbers', () => {
  it('gradient descent on x² + y² from (1, 0): 1 − 0.1·2 = 0.8', () => {
    const run = runOptimizer({ grad, start: [1, 0], optimizer: 'gd', lr: 0.1, steps: 3 });
    const t = ruleTex('gd', run, 1, settings);
    expect(t).toContain('- 0.1\\cdot \\begin{bmatrix}2\\\\0\\end{bmatrix}');
    expect(t).toContain('&= \\begin{bmatrix}0.8\\\\0\\end{bmatrix}');
  });
  it('momentum writes v and x', () => {
    const run = runOptimizer({ grad, start: [1, 0], optimizer: 'momentum', lr: 0.1, steps: 3 });
    const t = ruleTex('momentum', run, 2, settings);
    expect(t).toContain('&= 0.9\\cdot');
    expect(t).toContain('x &\\leftarrow x + v');
  });
  it('Adam names t, m̂ and ŝ', () => {
    const run = runOptimizer({ grad, start: [1, 0], optimizer: 'adam', lr: 0.1, steps: 3 });
    const t = ruleTex('adam', run, 1, settings);
    expect(t).toMatch(/t &= 1,.*\\hat m &= .*\\hat s = /);
    // ε = 1e−8 is written as such, not rounded to 0.
    expect(t).toContain('\\sqrt{\\hat s}+1\\times10^{-8}');
  });
  it.each([
    [1e-8, '1\\times10^{-8}'],
    [0.000123, '0.000123'],
    [-2.5e-5, '-2.5\\times10^{-5}'],
    [1234567, '1.235\\times10^{6}'],
    [0.1, '0.1'],
    [3e-17, '0'],
  ])('numbers keep their significant digits: %s → %s', (x, t) => expect(texNumber(x)).toBe(t));

  it('without a step to show, the rule alone', () => {
    const run = runOptimizer({ grad, start: [1, 0], optimizer: 'gd', lr: 0.1, steps: 0 });
    expect(ruleTex('gd', run, 1, settings)).toBe('\\begin{aligned}x &\\leftarrow x - \\eta\\,\\nabla f(x)\\end{aligned}');
  });
});
