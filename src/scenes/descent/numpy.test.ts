import { describe, expect, it } from 'vitest';
import { engine } from '../../lib/math/expr/test/engine';
import type { Vec2 } from '../../lib/math/vec2';
import { script } from '../../lib/ui/numpy-session';
import { gradientSession } from './numpy';

function session(text: string, p: Vec2) {
  const g = engine.compileGradient(text);
  if (!g.ok) throw new Error(g.message);
  return gradientSession({
    variables: g.variables,
    f: g.f.expr,
    partials: [g.partials[0].expr, g.partials[1].expr],
    p,
    value: g.f.fn(p[0], p[1]),
    gradient: g.fn(p[0], p[1]),
  });
}
const out = (steps: ReturnType<typeof session>, code: string) => steps.find((s) => s.code === code)?.out;

describe('the Gradient scene in NumPy', () => {
  it('writes Rosenbrock’s loss as Python and prints f(p) and ∇f(p) as NumPy does', () => {
    const steps = session('(1 - x)^2 + 100(y - x^2)^2', [-1, 1]);
    const code = script(steps);
    expect(code).toContain('def f(x, y):\n    return (1 - x)**2 + 100*(y - x**2)**2\n');
    expect(code).toContain('p = np.array([-1.0, 1.0])');
    // Running the copied script in /usr/bin/python3 (NumPy 1.24) prints f(*p) -> 4.0 and grad -> array([-4.,  0.]);
    // NumPy 2 prints the scalar as np.float64(4.0).
    expect(out(steps, 'f(*p)')).toBe('np.float64(4.0)');
    expect(out(steps, 'grad')).toBe('array([-4.,  0.])');
    expect(code).toMatch(/def grad_f\(x, y\):\n {4}return np\.array\(\[.+, .+\]\)/);
  });

  it('keeps ints where Python would', () => {
    // def grad_f(x, y): return np.array([1, 1]) -> array([1, 1])
    expect(out(session('x + y', [2, 1]), 'grad')).toBe('array([1, 1])');
    expect(out(session('x^2 + 3y^2', [2, 1]), 'grad')).toBe('array([4., 6.])');
  });
});
