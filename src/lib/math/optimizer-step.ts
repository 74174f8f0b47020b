// The same three update rules as optimize.ts, for any number of parameters: the factor matrices
// of the Embeddings scene, a small network's weights in the Layer scene. A Stepper keeps its own
// state (momentum's velocity, Adam's moments and step count) and updates a parameter vector in
// place, one step per call, so a scene can play, pause and single-step a training run.
//   GD        x ← x − η∇f
//   momentum  v ← βv − η∇f,  x ← x + v
//   Adam      m ← β₁m + (1 − β₁)g,  s ← β₂s + (1 − β₂)g²,  x ← x − η·m̂/(√ŝ + ε)
// With two parameters a Stepper takes exactly the steps runOptimizer does (a test checks it).
import type { Optimizer } from './optimize';

export interface StepperOptions {
  readonly optimizer: Optimizer;
  /** η */
  readonly lr: number;
  /** Momentum's β. */
  readonly beta?: number;
  readonly beta1?: number;
  readonly beta2?: number;
  readonly eps?: number;
}

export interface Stepper {
  readonly optimizer: Optimizer;
  /** Steps taken so far. */
  readonly steps: number;
  /**
   * One step: `params` ← params + update, in place. False (and `params` untouched) when the
   * gradient or the step is not finite: the caller says the run diverged.
   */
  step(params: Float64Array, grad: Float64Array): boolean;
  /** Back to the start: velocity and moments 0, step count 0. */
  reset(): void;
}

export function createStepper(size: number, o: StepperOptions): Stepper {
  if (!Number.isInteger(size) || size < 0) throw new Error(`invalid size: ${size}; give a whole number ≥ 0`);
  if (!Number.isFinite(o.lr)) throw new Error(`invalid lr: ${o.lr}; give a finite learning rate`);
  const { optimizer, lr } = o;
  if (optimizer !== 'gd' && optimizer !== 'momentum' && optimizer !== 'adam')
    throw new Error(`invalid optimizer: ${String(optimizer)}; use 'gd', 'momentum' or 'adam'`);
  const { beta = 0.9, beta1 = 0.9, beta2 = 0.999, eps = 1e-8 } = o;
  const v = new Float64Array(optimizer === 'momentum' ? size : 0);
  const m = new Float64Array(optimizer === 'adam' ? size : 0);
  const s = new Float64Array(optimizer === 'adam' ? size : 0);
  const next = new Float64Array(size);
  const nextV = new Float64Array(v.length);
  const nextM = new Float64Array(m.length);
  const nextS = new Float64Array(s.length);
  let steps = 0;
  // β₁ᵗ and β₂ᵗ as running products, as optimize.ts and the fixtures compute them.
  let b1t = 1,
    b2t = 1;

  return {
    optimizer,
    get steps() {
      return steps;
    },
    step(params, grad) {
      if (params.length !== size || grad.length !== size)
        throw new Error(`step: expected ${size} parameters and gradients, got ${params.length} and ${grad.length}`);
      // Worked out into scratch arrays first, so a step that is not finite leaves everything as it was.
      const t1 = b1t * beta1,
        t2 = b2t * beta2;
      for (let i = 0; i < size; i++) {
        const g = grad[i];
        let u: number;
        if (optimizer === 'gd') u = -lr * g;
        else if (optimizer === 'momentum') u = nextV[i] = beta * v[i] - lr * g;
        else {
          const mi = (nextM[i] = beta1 * m[i] + (1 - beta1) * g);
          const si = (nextS[i] = beta2 * s[i] + (1 - beta2) * (g * g));
          u = -((lr * (mi / (1 - t1))) / (Math.sqrt(si / (1 - t2)) + eps));
        }
        const x = params[i] + u;
        if (!Number.isFinite(g) || !Number.isFinite(x)) return false;
        next[i] = x;
      }
      params.set(next);
      v.set(nextV);
      m.set(nextM);
      s.set(nextS);
      b1t = t1;
      b2t = t2;
      steps++;
      return true;
    },
    reset() {
      v.fill(0);
      m.fill(0);
      s.fill(0);
      b1t = b2t = 1;
      steps = 0;
    },
  };
}
