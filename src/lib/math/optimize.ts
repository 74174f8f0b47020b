// Gradient descent, momentum and Adam on a loss of two variables: the paths the Descent scene
// draws and typesets. One call runs one optimizer for a fixed number of steps and returns typed
// arrays (no allocation per step), so three optimizers × 1,000 steps fit well inside a frame.
// The rules are the textbook ones, written in the order scripts/make-fixtures.py writes them, so
// the NumPy fixtures match to the last bit for the same gradient:
//   GD        x ← x − η∇f
//   momentum  v ← βv − η∇f,  x ← x + v                     (Polyak's heavy ball; v₀ = 0)
//   Adam      m ← β₁m + (1 − β₁)g,  s ← β₂s + (1 − β₂)g²,
//             m̂ = m/(1 − β₁ᵗ),  ŝ = s/(1 − β₂ᵗ),  x ← x − η·m̂/(√ŝ + ε)   (Kingma & Ba 2015, Alg. 1)
import type { Vec2 } from './vec2';

export type Optimizer = 'gd' | 'momentum' | 'adam';

export interface RunOptions {
  /** [∂f/∂x, ∂f/∂y] at (x, y). */
  readonly grad: (x: number, y: number) => Vec2;
  /** The loss, when the caller wants it recorded at each iterate. */
  readonly f?: (x: number, y: number) => number;
  readonly start: Vec2;
  readonly optimizer: Optimizer;
  /** η */
  readonly lr: number;
  /** Momentum's β. */
  readonly beta?: number;
  readonly beta1?: number;
  readonly beta2?: number;
  readonly eps?: number;
  readonly steps: number;
  /** A run has diverged once |x| or |y| exceeds this. */
  readonly divergeAbove?: number;
}

/**
 * Every array is indexed by iterate: entry k (numbers 2k, 2k + 1 of a pair array) belongs to the
 * point after step k, k = 0 being the start. Nothing in them is NaN.
 */
export interface OptimizerRun {
  readonly optimizer: Optimizer;
  /** Iterates stored: the steps taken + 1. */
  readonly count: number;
  /** x₀, y₀, x₁, y₁, …: 2·count numbers. */
  readonly iterates: Float64Array;
  /**
   * ∇f at each iterate (step k + 1 follows the one at k). 2·count numbers, or 2·(count − 1) when
   * the run stopped because the gradient at its last iterate was not finite.
   */
  readonly grads: Float64Array;
  /**
   * What step k added to the point, x_k = x_{k−1} + update_k: −η∇f for GD, the velocity v for
   * momentum, −η·m̂/(√ŝ + ε) for Adam. 2·count numbers; entry 0 is (0, 0) (momentum's v₀).
   */
  readonly updates: Float64Array;
  /** Adam's moments after each step, 2·count numbers each; entry 0 is m₀ = s₀ = 0 (and m̂₀ = ŝ₀ = 0). Null for GD and momentum. */
  readonly adam: { readonly m: Float64Array; readonly s: Float64Array; readonly mHat: Float64Array; readonly sHat: Float64Array } | null;
  /** f at each iterate (count numbers, f's own values) when f was given, else null. */
  readonly loss: Float64Array | null;
  readonly diverged: boolean;
  /** The step that would have left the finite region: its gradient or its point was not finite, or beyond divergeAbove. */
  readonly divergedAtStep: number | null;
  /** Why the run stopped early, or null when it took every step. See StopReason. */
  readonly stopped: StopReason | null;
}

/**
 * - `bound`: the point would pass divergeAbove (or is not finite): the classic divergence;
 * - `gradient`: ∇f is not finite at the point reached (a pole, or overflow);
 * - `loss`: f is not defined at the point the step would reach (log of a negative number), or at
 *   the start itself (then divergedAtStep is 0 and no step is taken) — only when f is given;
 * - `overflow`: Adam's squared-gradient average overflowed (g² beyond 1.8e308), so its steps
 *   would be 0 and the run would sit still for no reason of the loss's.
 */
export type StopReason = 'bound' | 'gradient' | 'loss' | 'overflow';

const pair = (a: Float64Array, k: number): Vec2 => [a[2 * k], a[2 * k + 1]];

/** Iterate k (0 = the start). */
export const point = (run: OptimizerRun, k: number): Vec2 => pair(run.iterates, k);
/** ∇f at iterate k, or null where it was not finite (only ever at the last iterate). */
export const gradientAt = (run: OptimizerRun, k: number): Vec2 | null => (2 * k < run.grads.length ? pair(run.grads, k) : null);
/** What step k added to iterate k − 1. */
export const updateAt = (run: OptimizerRun, k: number): Vec2 => pair(run.updates, k);

function check(o: RunOptions): void {
  const [x, y] = o.start;
  if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`invalid start: (${x}, ${y}); give a finite point`);
  if (!Number.isInteger(o.steps) || o.steps < 0) throw new Error(`invalid steps: ${o.steps}; give a whole number ≥ 0`);
  if (!Number.isFinite(o.lr)) throw new Error(`invalid lr: ${o.lr}; give a finite learning rate`);
}

export function runOptimizer(o: RunOptions): OptimizerRun {
  check(o);
  const { grad, f, optimizer, lr, steps } = o;
  const { beta = 0.9, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, divergeAbove = 1e6 } = o;
  const n = steps + 1;
  const xs = new Float64Array(2 * n);
  const gs = new Float64Array(2 * n);
  const us = new Float64Array(2 * n);
  const isAdam = optimizer === 'adam';
  const [ms, ss, mh, sh] = isAdam ? [0, 0, 0, 0].map(() => new Float64Array(2 * n)) : [gs, gs, gs, gs];
  const loss = f ? new Float64Array(n) : null;
  const mode = optimizer === 'gd' ? 0 : optimizer === 'momentum' ? 1 : isAdam ? 2 : -1;
  if (mode < 0) throw new Error(`invalid optimizer: ${optimizer}; use 'gd', 'momentum' or 'adam'`);

  let [x, y] = o.start;
  xs[0] = x;
  xs[1] = y;
  let stopped: StopReason | null = null;
  let divergedAtStep: number | null = null;
  if (loss) {
    loss[0] = f!(x, y);
    if (!Number.isFinite(loss[0])) [divergedAtStep, stopped] = [0, 'loss'];
  }
  let vx = 0,
    vy = 0,
    mx = 0,
    my = 0,
    sx = 0,
    sy = 0;
  // β₁ᵗ and β₂ᵗ as running products, not pow: the fixtures do the same, so the two agree exactly.
  let b1t = 1,
    b2t = 1;
  let count = 1;
  let gradCount = 0;
  if (!(Math.abs(x) <= divergeAbove && Math.abs(y) <= divergeAbove)) [divergedAtStep, stopped] = [0, 'bound'];

  // Step k reads the gradient at iterate k − 1; the pass after the last step only records the
  // gradient at the end point, which the scene draws there.
  for (let k = 1; k <= n && divergedAtStep === null; k++) {
    const g = grad(x, y);
    const gx = g[0],
      gy = g[1];
    if (!Number.isFinite(gx) || !Number.isFinite(gy)) {
      if (k <= steps) [divergedAtStep, stopped] = [k, 'gradient'];
      break;
    }
    gs[2 * gradCount] = gx;
    gs[2 * gradCount + 1] = gy;
    gradCount++;
    if (k > steps) break;

    let ux: number, uy: number;
    if (mode === 0) {
      ux = -lr * gx;
      uy = -lr * gy;
    } else if (mode === 1) {
      vx = beta * vx - lr * gx;
      vy = beta * vy - lr * gy;
      ux = vx;
      uy = vy;
    } else {
      mx = beta1 * mx + (1 - beta1) * gx;
      my = beta1 * my + (1 - beta1) * gy;
      sx = beta2 * sx + (1 - beta2) * (gx * gx);
      sy = beta2 * sy + (1 - beta2) * (gy * gy);
      b1t *= beta1;
      b2t *= beta2;
      const mhx = mx / (1 - b1t),
        mhy = my / (1 - b1t);
      const shx = sx / (1 - b2t),
        shy = sy / (1 - b2t);
      if (!Number.isFinite(shx) || !Number.isFinite(shy)) {
        [divergedAtStep, stopped] = [k, 'overflow'];
        break;
      }
      ux = -((lr * mhx) / (Math.sqrt(shx) + eps));
      uy = -((lr * mhy) / (Math.sqrt(shy) + eps));
      ms[2 * k] = mx;
      ms[2 * k + 1] = my;
      ss[2 * k] = sx;
      ss[2 * k + 1] = sy;
      mh[2 * k] = mhx;
      mh[2 * k + 1] = mhy;
      sh[2 * k] = shx;
      sh[2 * k + 1] = shy;
    }
    const nx = x + ux,
      ny = y + uy;
    // Written so that NaN fails the test too.
    if (!(Math.abs(nx) <= divergeAbove && Math.abs(ny) <= divergeAbove)) {
      [divergedAtStep, stopped] = [k, 'bound'];
      break;
    }
    const fk = loss ? f!(nx, ny) : 0;
    if (!Number.isFinite(fk)) {
      [divergedAtStep, stopped] = [k, 'loss'];
      break;
    }
    x = nx;
    y = ny;
    xs[2 * k] = x;
    xs[2 * k + 1] = y;
    us[2 * k] = ux;
    us[2 * k + 1] = uy;
    if (loss) loss[k] = fk;
    count++;
  }

  const cut = (a: Float64Array) => a.subarray(0, 2 * count);
  return {
    optimizer,
    count,
    iterates: cut(xs),
    grads: gs.subarray(0, 2 * gradCount),
    updates: cut(us),
    adam: isAdam ? { m: cut(ms), s: cut(ss), mHat: cut(mh), sHat: cut(sh) } : null,
    loss: loss ? loss.subarray(0, count) : null,
    diverged: divergedAtStep !== null,
    divergedAtStep,
    stopped,
  };
}

/**
 * The largest learning rate for which GD is stable on a quadratic: 2/L, L the largest eigenvalue
 * of the Hessian (each step multiplies the error along an eigenvector by 1 − ηλ). The Hessian is
 * estimated at `at` by central differences of `grad` and symmetrised; on a quadratic the gradient
 * is affine, so the differences are exact up to rounding. Null when L ≤ 0 (no curvature to limit
 * the step) or the estimate is not finite.
 */
export function largestStableLr(grad: (x: number, y: number) => Vec2, at: Vec2): number | null {
  const c = curvatureAt(grad, at);
  return c && c.max > 0 ? 2 / c.max : null;
}

/**
 * The Hessian's eigenvalues at `at` (the largest and smallest curvature of f there), by central
 * differences of `grad`, symmetrised; null when they are not finite. A negative `min` is a
 * direction f curves down: gradient descent moves away along it at every learning rate.
 */
export function curvatureAt(grad: (x: number, y: number) => Vec2, at: Vec2): { readonly max: number; readonly min: number } | null {
  const [x, y] = at;
  // h relative to the coordinate; dividing by (x + h) − (x − h), the step actually taken, removes
  // the error of rounding x ± h.
  const hx = 1e-4 * Math.max(1, Math.abs(x));
  const hy = 1e-4 * Math.max(1, Math.abs(y));
  const [xp, xm, yp, ym] = [x + hx, x - hx, y + hy, y - hy];
  const [ax, bx] = grad(xp, y);
  const [cx, dx] = grad(xm, y);
  const [ay, by] = grad(x, yp);
  const [cy, dy] = grad(x, ym);
  const a = (ax - cx) / (xp - xm);
  const d = (by - dy) / (yp - ym);
  const b = ((bx - dx) / (xp - xm) + (ay - cy) / (yp - ym)) / 2;
  const r = Math.hypot((a - d) / 2, b);
  const max = (a + d) / 2 + r;
  const min = (a + d) / 2 - r;
  return Number.isFinite(max) && Number.isFinite(min) ? { max, min } : null;
}
