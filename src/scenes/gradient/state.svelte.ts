// The Gradient scene: a function f(x, y) as contours and colour, and at a point
// p the gradient ∇f(p), the direction of steepest ascent, across the contours.
import type { CompiledGradient } from '../../lib/math/expr';
import { norm2, type Vec2 } from '../../lib/math/vec2';
import { Formula, timed } from '../../lib/ui/formula.svelte';
import { samplingGrid, type Sampled } from '../../lib/plane/sampled';
import type { SceneEnv } from '../../lib/kit/define';
import type { Problem } from '../../lib/text/problem';
import { sequential, type ColorScale } from '../../lib/color';

/** How contour levels are spaced: equal steps of f (so crowded lines mean steep), or equal ratios. */
export const LEVELS = ['linear', 'log'] as const;
export type Levels = (typeof LEVELS)[number];

export type GradientSnapshot = { readonly f: string; readonly p: Vec2; readonly levels: Levels };

/** A bowl: the loss every optimisation lesson starts from. */
export const DEFAULTS: GradientSnapshot = { f: 'x^2 + 3y^2', p: [2, 1], levels: 'linear' };

export const EXAMPLES = ['x^2 + 3y^2', 'x^2 - y^2', '(1 - x)^2 + 100(y - x^2)^2', 'sin(x) cos(y)', 'x y', 'sqrt(x^2 + y^2)'];

export class GradientState {
  /** f as typed; the formula in force is the last text that compiled. */
  readonly f = new Formula<{ readonly ok: true; readonly tex: string; readonly gradient: CompiledGradient }>((engine, text) => {
    // The input's preview shows f itself; its gradient is typeset in the panel.
    const g = engine.compileGradient(text);
    return g.ok ? { ok: true, tex: g.f.tex, gradient: g } : g;
  }, DEFAULTS.f);
  p = $state.raw<Vec2>(DEFAULTS.p);
  levels = $state<Levels>(DEFAULTS.levels);
  readonly #env: SceneEnv;

  constructor(env: SceneEnv) {
    this.#env = env;
  }

  readonly compiled: CompiledGradient | null = $derived(this.f.inForce?.result.gradient ?? null);
  readonly value = $derived(this.compiled ? this.compiled.f.fn(this.p[0], this.p[1]) : NaN);
  readonly gradient: Vec2 = $derived(this.compiled ? this.compiled.fn(this.p[0], this.p[1]) : [NaN, NaN]);
  readonly slope = $derived(norm2(this.gradient));

  /**
   * f sampled over the view: resampled when f or the view changes, not while p is dragged.
   * While f is being typed, every fourth point only (8 px apart, not 4): contouring the full grid
   * takes longer than a frame, and the picture should follow each key; the full grid comes when
   * typing pauses, the same picture a link to this f shows.
   */
  readonly sampled = $derived.by((): Sampled | null => {
    const f = this.compiled?.f;
    const view = this.#env.view;
    if (!f || view.width === 0) return null;
    const start = performance.now();
    const grid = samplingGrid(view.visible, view.width, view.height, this.f.settled ? 4 : 8);
    const values = f.batch(grid);
    timed('plot:sample', start, { text: this.f.inForce!.text, nx: grid.nx, ny: grid.ny });
    return { grid, values };
  });

  /** Colours and contour levels, one object for the heat map, the contours and the legend. */
  readonly scale: ColorScale | null = $derived(this.sampled ? sequential({ values: this.sampled.values, spacing: this.levels }) : null);

  readonly problems: readonly Problem[] = $derived(this.f.problem ? [{ key: 'f', message: this.f.problem }] : []);

  get snapshot(): GradientSnapshot {
    return { f: this.f.text, p: this.p, levels: this.levels };
  }

  restore(s: GradientSnapshot): void {
    this.f.load(s.f);
    this.p = s.p;
    this.levels = s.levels;
  }
}
