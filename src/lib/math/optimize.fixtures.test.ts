// optimize.ts against scripts/make-fixtures.py's descend(): the same runs in float64 NumPy.
// Regenerate with `/usr/bin/python3 scripts/make-fixtures.py optimize`.
import { describe, expect, it } from 'vitest';
import { engine } from './expr/test/engine';
import { decode } from './fixtures/fixtures';
import raw from './fixtures/optimize.json';
import { gradientAt, runOptimizer, type Optimizer, type OptimizerRun } from './optimize';
import type { Vec2 } from './vec2';

interface Run {
  preset: string;
  start: Vec2;
  optimizer: Optimizer;
  lr: number;
  steps: number;
  iterates: number[];
  diverged: boolean;
  divergedAtStep: number | null;
  lastLoss: number;
  lastGrad: Vec2 | null;
  lastM?: Vec2;
  lastS?: Vec2;
}
const fx = decode<{ runs: Run[] }>(raw);

interface Preset {
  f: (x: number, y: number) => number;
  grad: (x: number, y: number) => Vec2;
  /** The loss as a learner types it, for the engine. */
  text: string;
}

// The gradients of make-fixtures.py, operation for operation, so the hand-written runs agree bit
// for bit; the engine's derivatives are the same functions in another order of operations.
const PRESETS: Record<string, Preset> = {
  'round bowl': { text: 'x^2 + y^2', f: (x, y) => x * x + y * y, grad: (x, y) => [2 * x, 2 * y] },
  'elongated bowl': { text: 'x^2 + 10 y^2', f: (x, y) => x * x + 10 * y * y, grad: (x, y) => [2 * x, 20 * y] },
  rosenbrock: {
    text: '(1 - x)^2 + 100 (y - x^2)^2',
    f: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
    grad: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
  },
  himmelblau: {
    text: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    f: (x, y) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
    grad: (x, y) => {
      const u = x * x + y - 11,
        w = x + y * y - 7;
      return [4 * x * u + 2 * w, 2 * u + 4 * y * w];
    },
  },
  saddle: { text: 'x^2 - y^2', f: (x, y) => x * x - y * y, grad: (x, y) => [2 * x, -2 * y] },
  beale: {
    text: '(1.5 - x + x y)^2 + (2.25 - x + x y^2)^2 + (2.625 - x + x y^3)^2',
    f: (x, y) => (1.5 - x + x * y) ** 2 + (2.25 - x + x * y * y) ** 2 + (2.625 - x + x * y * y * y) ** 2,
    grad: (x, y) => {
      const a = 1.5 - x + x * y,
        b = 2.25 - x + x * y * y,
        c = 2.625 - x + x * y * y * y;
      return [2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1), 2 * a * x + 4 * b * x * y + 6 * c * x * y * y];
    },
  },
};

/** Largest |ours − NumPy| over the iterates, relative to the size of the NumPy iterate (at least 1). */
function worstRelative(run: OptimizerRun, want: number[]): number {
  let worst = 0;
  for (let k = 0; 2 * k < want.length; k++) {
    const scale = Math.max(1, Math.hypot(want[2 * k], want[2 * k + 1]));
    for (const i of [2 * k, 2 * k + 1]) worst = Math.max(worst, Math.abs(run.iterates[i] - want[i]) / scale);
  }
  return worst;
}

const label = (c: Run) => `${c.preset} from (${c.start.join(', ')}), ${c.optimizer} lr ${c.lr}`;
const run = (c: Run, grad: Preset['grad'], f?: Preset['f']) =>
  runOptimizer({ grad, f, start: c.start, optimizer: c.optimizer, lr: c.lr, steps: c.steps });

describe('optimize.ts matches NumPy, with the same hand-written gradients', () => {
  it.each(fx.runs.map((c) => [label(c), c] as const))('%s', (_, c) => {
    const p = PRESETS[c.preset];
    const r = run(c, p.grad, p.f);
    expect(r.diverged).toBe(c.diverged);
    expect(r.divergedAtStep).toBe(c.divergedAtStep);
    expect(r.iterates.length).toBe(c.iterates.length);
    expect(worstRelative(r, c.iterates)).toBeLessThanOrEqual(1e-12);
    const last = r.count - 1;
    expect(Math.abs(r.loss![last] - c.lastLoss)).toBeLessThanOrEqual(1e-12 * Math.abs(c.lastLoss));
    const g = gradientAt(r, last);
    if (c.lastGrad === null) expect(g).toBeNull();
    else for (const i of [0, 1]) expect(Math.abs(g![i] - c.lastGrad[i])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(c.lastGrad[i])));
    if (c.lastM && c.lastS) {
      const { m, s } = r.adam!;
      for (const i of [0, 1]) {
        expect(Math.abs(m[2 * last + i] - c.lastM[i])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(c.lastM[i])));
        expect(Math.abs(s[2 * last + i] - c.lastS[i])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(c.lastS[i])));
      }
    }
  });
});

// The engine's tidied derivatives of these two losses are the fixtures' formulas term for term
// (−2(1 − x) − 400x(y − x²), 200(y − x²)), so today its runs agree exactly too. The same 1e-12
// holds for the expanded forms below, which round differently at every step: the worst difference
// seen is 2e-15 of the iterate's size, the diverging Rosenbrock runs included, because a descent
// contracts rounding errors and the diverging ones stop within seven steps.
const EXPANDED: Record<string, Preset['grad']> = {
  rosenbrock: (x, y) => [400 * x * x * x - 400 * x * y + 2 * x - 2, 200 * y - 200 * x * x],
  himmelblau: (x, y) => [4 * x * x * x + 4 * x * y - 42 * x + 2 * y * y - 14, 2 * x * x + 4 * x * y + 4 * y * y * y - 26 * y - 22],
};
const cases = fx.runs.filter((c) => c.preset in EXPANDED).map((c) => [label(c), c] as const);

describe.each([
  [
    "the engine's compiled gradient",
    (c: Run) => {
      const compiled = engine.compileGradient(PRESETS[c.preset].text);
      if (!compiled.ok) throw new Error(compiled.message);
      return compiled.fn;
    },
  ],
  ['the expanded gradient', (c: Run) => EXPANDED[c.preset]],
])('optimize.ts matches NumPy with %s', (_, gradOf) => {
  it.each(cases)('%s', (_, c) => {
    const r = run(c, gradOf(c));
    expect(r.diverged).toBe(c.diverged);
    expect(r.divergedAtStep).toBe(c.divergedAtStep);
    expect(r.iterates.length).toBe(c.iterates.length);
    expect(worstRelative(r, c.iterates)).toBeLessThanOrEqual(1e-12);
  });
});
