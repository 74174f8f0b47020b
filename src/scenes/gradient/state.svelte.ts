// The Gradient scene: a function f(x, y) as contours and colour, and at a point
// p the gradient ∇f(p), the direction of steepest ascent, across the contours.
import type { CompiledGradient } from '../../lib/math/expr';
import { norm2, type Vec2 } from '../../lib/math/vec2';

export type GradientSnapshot = { readonly f: string; readonly p: Vec2 };

/** A bowl: the loss every optimisation lesson starts from. */
export const DEFAULTS: GradientSnapshot = { f: 'x^2 + 3y^2', p: [2, 1] };

export const EXAMPLES = ['x^2 + 3y^2', 'x^2 - y^2', '(1 - x)^2 + 100(y - x^2)^2', 'sin(x) cos(y)', 'x y', 'sqrt(x^2 + y^2)'];

export class GradientState {
  f = $state(DEFAULTS.f);
  p = $state.raw<Vec2>(DEFAULTS.p);
  /** The formula in force: the last text that compiled. */
  compiled = $state.raw<CompiledGradient | null>(null);

  readonly value = $derived(this.compiled ? this.compiled.f.fn(this.p[0], this.p[1]) : NaN);
  readonly gradient: Vec2 = $derived(this.compiled ? this.compiled.fn(this.p[0], this.p[1]) : [NaN, NaN]);
  readonly slope = $derived(norm2(this.gradient));

  get snapshot(): GradientSnapshot {
    return { f: this.f, p: this.p };
  }

  restore(s: GradientSnapshot): void {
    this.f = s.f;
    this.p = s.p;
  }
}
