// The Descent scene: a loss f(x, y) as contours and colour, a start p where ∇f is read, and
// gradient descent, momentum and Adam running from p, step by step, each with its path.
import type { CompiledGradient } from '../../lib/math/expr';
import { norm2, type Vec2 } from '../../lib/math/vec2';
import { Formula, timed } from '../../lib/ui/formula.svelte';
import { quickGrid, samplingGrid } from '../../lib/plane/sampled';
import { surfaceOf, surfaceScale, type Surface } from '../../lib/plane/surface';
import { SurfaceSampler, type SurfaceRequest } from '../../lib/plane/surface.svelte';
import type { SceneEnv } from '../../lib/kit/define';
import type { Problem } from '../../lib/text/problem';
import type { ColorScale } from '../../lib/color';
import { Toggles } from '../../lib/kit/toggles.svelte';
import { Playback } from '../../lib/kit/playback.svelte';
import { activity } from '../../lib/interaction/activity.svelte';
import { curvatureAt, point, runOptimizer, type Optimizer, type OptimizerRun } from '../../lib/math/optimize';
import { presetOf } from './presets';
import { gradientSession } from './numpy';
import { printedScript } from '../../lib/export/numpy';
import { latexColumn, latexLines, latexNumber } from '../../lib/export/latex';

/** How contour levels are spaced: equal steps of f (so crowded lines mean steep), or equal ratios. */
export const LEVELS = ['linear', 'log'] as const;
export type Levels = (typeof LEVELS)[number];

export const OPTIMIZERS = ['gd', 'momentum', 'adam'] as const satisfies readonly Optimizer[];
export const OPTIMIZER_NAMES: Record<Optimizer, string> = { gd: 'gradient descent', momentum: 'momentum', adam: 'Adam' };
export const OPTIMIZER_SHORT: Record<Optimizer, string> = { gd: 'GD', momentum: 'momentum', adam: 'Adam' };
/** DESIGN.md: GD sky blue, momentum reddish purple, Adam orange. */
export const OPTIMIZER_COLORS: Record<Optimizer, string> = { gd: 'var(--c-gd)', momentum: 'var(--c-second)', adam: 'var(--c-eigen)' };

/** Every run is worked out to this many steps at once: scrubbing and playing only choose which to show. */
export const MAX_STEPS = 1000;
export const LR = { min: 1e-4, max: 10 } as const;
export const RATE = { min: 1, max: 120 } as const;
/** Adam's ε: anything smaller is lost in the rounding of √ŝ. */
export const EPS_MIN = 1e-12;

export type DescentSnapshot = {
  readonly f: string;
  readonly start: Vec2;
  readonly levels: Levels;
  readonly lr: number;
  readonly beta: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly opt: readonly Optimizer[];
  /** The step shown, 0 (the start) to MAX_STEPS. */
  readonly step: number;
  /** Steps per second while playing. */
  readonly rate: number;
};

/** A bowl: the loss every optimisation lesson starts from. */
export const DEFAULTS: DescentSnapshot = {
  f: 'x^2 + 3y^2',
  start: [2, 1],
  levels: 'linear',
  lr: 0.1,
  beta: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  opt: ['gd', 'momentum', 'adam'],
  step: 0,
  rate: 10,
};

export const EXAMPLES = ['x^2 + 3y^2', 'x^2 + 10y^2', '(1 - x)^2 + 100(y - x^2)^2', 'x^2 - y^2', 'sin(x) cos(y)', 'sqrt(x^2 + y^2)'];

/** The step after which a run no longer moves (a few steps of slack), or its last when it never settles. */
function settledAt(run: OptimizerRun): number {
  const it = run.iterates;
  const n = run.count;
  if (run.diverged) return n - 1;
  const travelled = Math.hypot(it[2 * n - 2] - it[0], it[2 * n - 1] - it[1]);
  const tol = 1e-6 * Math.max(travelled, 1e-9);
  let k = n - 1;
  while (k > 0 && Math.hypot(it[2 * k] - it[2 * k - 2], it[2 * k + 1] - it[2 * k - 1]) < tol) k--;
  return Math.min(n - 1, k + 5);
}

/**
 * Why a run stopped, in words, e.g. "diverged at step 72"; null when it took every step. The
 * `short` form labels its point on the plane.
 */
export function stopWords(run: OptimizerRun): { readonly long: string; readonly short: string } | null {
  const k = run.divergedAtStep;
  if (k === null || run.stopped === null) return null;
  switch (run.stopped) {
    case 'bound':
      return { long: `diverged at step ${k}`, short: 'diverged' };
    case 'gradient':
      return { long: `diverged at step ${k}: ∇f is not finite there`, short: 'diverged' };
    case 'overflow':
      return { long: `stopped at step ${k}: |∇f|² is too large for a number (its running average overflows)`, short: 'stopped' };
    case 'loss':
      return k === 0
        ? { long: 'no step: f is not a finite number at the start', short: 'no start' }
        : { long: `stopped at step ${k}: its step would leave the region where f is defined`, short: 'stopped' };
  }
}

export class DescentState {
  readonly #env: SceneEnv;
  /** f as typed; the formula in force is the last text that compiled. */
  readonly f = new Formula<{ readonly ok: true; readonly tex: string; readonly gradient: CompiledGradient }>((engine, text) => {
    // The input's preview shows f itself; its gradient is typeset in the panel.
    const g = engine.compileGradient(text);
    return g.ok ? { ok: true, tex: g.f.tex, gradient: g } : g;
  }, DEFAULTS.f);
  /** The start of every optimizer, where ∇f is read. */
  p = $state.raw<Vec2>(DEFAULTS.start);
  levels = $state<Levels>(DEFAULTS.levels);
  lr = $state(DEFAULTS.lr);
  beta = $state(DEFAULTS.beta);
  beta1 = $state(DEFAULTS.beta1);
  beta2 = $state(DEFAULTS.beta2);
  eps = $state(DEFAULTS.eps);
  readonly opt = new Toggles<Optimizer>(OPTIMIZERS, DEFAULTS.opt);
  #step = $state(DEFAULTS.step);
  /** The step shown, 0 (the start) to lastStep: a link's or an earlier setting's step past the end shows the end. */
  get step(): number {
    return this.runs ? Math.min(this.#step, this.lastStep) : this.#step;
  }
  set step(k: number) {
    this.#step = k;
  }
  rate = $state(DEFAULTS.rate);
  /** The step shown while playing, with its fraction: `step` is its whole part. */
  #clock = 0;
  readonly playback: Playback;

  constructor(env: SceneEnv) {
    this.#env = env;
    this.playback = new Playback({
      frame: (_u, dtMs) => {
        // The first frame's time can come before play() was called (a frame's timestamp is its start).
        this.#clock = Math.min(this.lastStep, this.#clock + (this.rate * Math.max(0, dtMs)) / 1000);
        const next = Math.floor(this.#clock);
        if (next !== this.step) this.step = next;
        if (next >= this.lastStep) this.playback.stop();
      },
      reducedMotion: () => env.display.reducedMotion,
      onplay: () => env.edit('start', 'play'),
      onstop: () => env.edit('end', 'play'),
    });
  }

  /** Play from the step shown (from the start again when at the end). */
  play(): void {
    if (this.step >= this.lastStep) this.step = 0;
    this.#clock = this.step;
    this.playback.play();
  }

  readonly compiled: CompiledGradient | null = $derived(this.f.inForce?.result.gradient ?? null);
  readonly value = $derived(this.compiled ? this.compiled.f.fn(this.p[0], this.p[1]) : NaN);
  readonly gradient: Vec2 = $derived(this.compiled ? this.compiled.fn(this.p[0], this.p[1]) : [NaN, NaN]);
  readonly slope = $derived(norm2(this.gradient));

  /** All three runs, MAX_STEPS each (about 0.1 ms together), again whenever f, the start or a setting changes. */
  readonly runs: Readonly<Record<Optimizer, OptimizerRun>> | null = $derived.by(() => {
    const c = this.compiled;
    if (!c) return null;
    const common = { grad: c.fn, f: c.f.fn, start: this.p, lr: this.lr, steps: MAX_STEPS };
    const run = (optimizer: Optimizer) =>
      runOptimizer({ ...common, optimizer, beta: this.beta, beta1: this.beta1, beta2: this.beta2, eps: this.eps });
    return { gd: run('gd'), momentum: run('momentum'), adam: run('adam') };
  });

  /**
   * The last step worth showing: where every shown optimizer has stopped moving (to a millionth of
   * the distance it travelled) or diverged, with a few steps after. Play stops there, the step
   * slider and the loss chart end there; a bowl takes tens of steps, Rosenbrock hundreds.
   */
  readonly lastStep = $derived.by(() => {
    const runs = this.runs;
    if (!runs) return 0;
    let last = 0;
    for (const o of this.opt.list) last = Math.max(last, settledAt(runs[o]));
    return Math.min(MAX_STEPS, Math.max(10, last));
  });

  /** Each optimizer's step shown: the scrubbed step, or its last when it stopped before. */
  stepOf(o: Optimizer): number {
    const run = this.runs?.[o];
    return run ? Math.max(0, Math.min(this.step, run.count - 1)) : 0;
  }

  /** Each optimizer's point at the step shown. */
  at(o: Optimizer): Vec2 {
    const run = this.runs?.[o];
    return run ? point(run, this.stepOf(o)) : this.p;
  }

  /** Whether an optimizer has diverged by the step shown. */
  divergedBy(o: Optimizer): boolean {
    const run = this.runs?.[o];
    return !!run?.diverged && run.divergedAtStep !== null && this.step >= run.divergedAtStep;
  }

  /** The preset f is, for its minima and its sentence. */
  readonly preset = $derived(presetOf(this.f.inForce?.text ?? this.f.text));

  /** The curvature of f (the Hessian's eigenvalues) at the preset's minimum, or at the start. */
  readonly curvature = $derived.by(() => {
    const c = this.compiled;
    return c ? curvatureAt(c.fn, this.preset?.minima[0] ?? this.p) : null;
  });

  /** 2/L, L the largest curvature: the largest stable learning rate of a quadratic; null without upward curvature. */
  readonly stableLr = $derived(this.curvature && this.curvature.max > 0 ? 2 / this.curvature.max : null);

  /** The view with a margin of a quarter view each way, so a pan that stays near shows no bare edge. */
  readonly #surfaceBox = $derived.by(() => {
    const v = this.#env.view.visible;
    const w = v.xMax - v.xMin;
    const h = v.yMax - v.yMin;
    return { xMin: v.xMin - w / 4, xMax: v.xMax + w / 4, yMin: v.yMin - h / 4, yMax: v.yMax + h / 4 };
  });

  /**
   * What the surface worker should draw: f over the view with its margin, a sample every 4 px,
   * asked again when f, the levels or the view change — but not while the plane is panned or
   * anything is dragged (the last surface stays, drawn through the new view), nor while f is being
   * typed (the quick surface below stands in until typing pauses).
   */
  readonly surfaceRequest = $derived.by((): SurfaceRequest | null => {
    const c = this.compiled;
    const view = this.#env.view;
    if (!c || view.width === 0 || !this.f.settled) return null;
    const held = this.#heldRequest;
    if (activity.dragging && held?.expr === c.f.expr && held.spec.spacing === this.levels) return held;
    const grid = samplingGrid(this.#surfaceBox, view.width * 1.5, view.height * 1.5, 4);
    return (this.#heldRequest = { expr: c.f.expr, spec: { grid, spacing: this.levels }, text: this.f.inForce!.text });
  });
  /** Not state: the derived's own memory of its last request. */
  #heldRequest: SurfaceRequest | null = null;

  /** The loss sampled and contoured off the main thread; the Drawing sends it `surfaceRequest`. */
  readonly surface = new SurfaceSampler();

  /**
   * Until the worker's surface is of this f and these levels (a key typed, a preset picked, a link
   * opened), the same drawn on the main thread on a grid of at most 96 × 96 samples: a picture in
   * the frame of the key, sharpened when the worker answers.
   */
  readonly #quick = $derived.by((): Surface | null => {
    const c = this.compiled;
    const view = this.#env.view;
    if (!c || view.width === 0) return null;
    const current = this.surface.current;
    if (current && current.request.expr === c.f.expr && current.spacing === this.levels) return null;
    const grid = quickGrid(this.#surfaceBox, view.width * 1.5, view.height * 1.5);
    const quick = surfaceOf(c.f.fn, { grid, spacing: this.levels });
    timed('plot:sample', performance.now() - quick.ms, { text: this.f.inForce!.text, nx: grid.nx, ny: grid.ny, quick: true });
    return quick;
  });

  /** The surface drawn: the worker's, or the quick one while that is on its way. */
  readonly shown: Surface | null = $derived(this.#quick ?? this.surface.current);

  /** The share of the drawn samples where f is a finite number: 0 for 1/0, about ½ for log(x). */
  readonly finiteShare = $derived.by(() => {
    const v = this.shown?.values;
    if (!v || v.length === 0) return 1;
    let n = 0;
    for (let i = 0; i < v.length; i++) if (Number.isFinite(v[i])) n++;
    return n / v.length;
  });

  /** Colours and contour levels, one object for the heat map, the contours and the legend. */
  readonly scale: ColorScale | null = $derived.by(() => {
    const s = this.shown;
    return s ? surfaceScale(s.values, s.spacing) : null;
  });

  readonly problems: readonly Problem[] = $derived(this.f.problem ? [{ key: 'f', message: this.f.problem }] : []);

  /** f, ∇f, the start, η and where each shown optimizer is at the step shown, as LaTeX. */
  latex(): string {
    const c = this.compiled;
    if (!c) throw new Error('the loss f does not read yet');
    return latexLines([
      `f(x, y) = ${c.f.tex}`,
      c.tex,
      `\\mathbf{p}_0 = ${latexColumn(this.p)}, \\quad f(\\mathbf{p}_0) = ${latexNumber(this.value)}, \\quad \\nabla f(\\mathbf{p}_0) = ${latexColumn(this.gradient)}`,
      `\\text{gradient descent:} \\quad \\mathbf{p}_{k+1} = \\mathbf{p}_k - \\eta \\, \\nabla f(\\mathbf{p}_k), \\quad \\eta = ${latexNumber(this.lr)}`,
      ...this.opt.list.map((o) => {
        const at = this.at(o);
        return `\\text{${OPTIMIZER_NAMES[o]}, step ${this.stepOf(o)}:} \\quad ${latexColumn(at)}, \\quad f = ${latexNumber(c.f.fn(at[0], at[1]))}`;
      }),
    ]);
  }
  /** The panel's NumPy session (f, its gradient at the start) as a script. */
  numpy(): string {
    const c = this.compiled;
    if (!c) throw new Error('the loss f does not read yet');
    return printedScript(
      gradientSession({
        variables: c.variables,
        f: c.f.expr,
        partials: [c.partials[0].expr, c.partials[1].expr],
        p: this.p,
        value: this.value,
        gradient: this.gradient,
      }),
    );
  }

  get snapshot(): DescentSnapshot {
    return {
      f: this.f.inForce?.text ?? this.f.text,
      start: this.p,
      levels: this.levels,
      lr: this.lr,
      beta: this.beta,
      beta1: this.beta1,
      beta2: this.beta2,
      eps: this.eps,
      opt: this.opt.list,
      step: this.step,
      rate: this.rate,
    };
  }

  /** A running animation is shared where it is headed: its last step. */
  get settled(): DescentSnapshot {
    return this.playback.playing ? { ...this.snapshot, step: this.lastStep } : this.snapshot;
  }

  restore(s: DescentSnapshot): void {
    this.playback.stop();
    this.f.load(s.f);
    this.p = s.start;
    this.levels = s.levels;
    this.lr = s.lr;
    this.beta = s.beta;
    this.beta1 = s.beta1;
    this.beta2 = s.beta2;
    this.eps = s.eps;
    this.opt.list = s.opt;
    this.step = s.step;
    this.rate = s.rate;
  }

  /** A link shows the start, the optimizers' points at the step shown, and the preset's minima. */
  frame(): Vec2[] {
    // The home region too: a loss needs room around its start to be seen.
    const pts: Vec2[] = [[-3, -3], [3, 3], this.p, ...(this.preset?.minima ?? [])];
    for (const o of this.opt.list) if (this.runs) pts.push(this.at(o));
    return pts.filter((q) => Number.isFinite(q[0]) && Number.isFinite(q[1]) && Math.abs(q[0]) < 1e3 && Math.abs(q[1]) < 1e3);
  }
}
