// The Field scene: a vector field F(x, y) = (P, Q) the learner types, drawn as
// arrows, flowing as particles, with its divergence and curl, its fixed points
// named from the Jacobian, a probe that reads all of it at one point, and dye
// traces that answer "where would this point go?".
import type { CompiledField, Engine, Failure } from '../../lib/math/expr';
import type { Vec2 } from '../../lib/math/vec2';
import type { Mat2 } from '../../lib/math/mat2';
import type { Box } from '../../lib/math/box';
import { Formula } from '../../lib/ui/formula.svelte';
import { splitPair } from '../../lib/math/expr/read/split-pair';
import { Toggles } from '../../lib/kit/toggles.svelte';
import type { SceneEnv } from '../../lib/kit/define';
import type { Problem } from '../../lib/text/problem';
import { samplingGrid, type Sampled } from '../../lib/plane/sampled';
import { diverging, sequential, type ColorScale } from '../../lib/color';
import { undefinedInView } from '../../lib/math/expr';
import { analysisBox } from './analysis-box';
import type { ParticleStats } from '../../lib/plane/particles/protocol';
import { arrowField, type ArrowData } from '../../lib/plane/arrow-field';
import { fixedPoints, type FixedPoint, type FixedPoints } from '../../lib/math/field';
import { tracePath, type Trace } from '../../lib/math/field/trace';
import { circleFlux, type CircleFlux } from '../../lib/math/field/circle';
import { keepEqual } from '../../lib/kit/keep-equal';
import { activity } from '../../lib/interaction/activity.svelte';
import { fieldLatex, fieldNumpy } from './export';

/** What can be drawn; the order is the panel's and the URL's. `div` and `curl` colour the plane, one at a time. */
export const SHOW = ['arrows', 'particles', 'div', 'curl', 'fixed', 'probe'] as const;
export type Show = (typeof SHOW)[number];

/** How arrows are drawn: shortened to fit (never overlapping, colour tells size) or to scale. */
export const LENGTHS = ['fit', 'true'] as const;
export type Lengths = (typeof LENGTHS)[number];

export const COUNT = { min: 1000, max: 500_000 } as const;
export const SPEED = { min: 0.05, max: 5 } as const;
export const TRAIL = { min: 0, max: 0.99 } as const;
export const MAX_DYE = 8;

export type FieldSnapshot = {
  /** The field as typed, (P, Q); used unless `f` is given. */
  readonly F: string;
  /** A loss whose downhill field −∇f is shown instead of F; null when F is typed. */
  readonly f: string | null;
  readonly show: readonly Show[];
  readonly lengths: Lengths;
  /** Particles: how many, how fast (time units per second), and how long their trails (0–0.99). */
  readonly n: number;
  readonly speed: number;
  readonly trail: number;
  readonly probe: Vec2;
  /** Dye points: each one's whole path is drawn. */
  readonly dye: readonly Vec2[];
};

export const DEFAULTS: FieldSnapshot = {
  F: '(2x, x^2)',
  f: null,
  show: ['arrows', 'particles', 'fixed', 'probe'],
  lengths: 'fit',
  n: 10_000,
  speed: 1,
  trail: 0.9,
  probe: [1, 1],
  dye: [],
};

export const DEFAULT_LOSS = 'x^2 + 3y^2';

type ScalarCompiled = { readonly ok: true; readonly tex: string };
type FieldCompiled = { readonly ok: true; readonly tex: string; readonly field: CompiledField };

const asField = (r: CompiledField | Failure): FieldCompiled | Failure => (r.ok ? { ok: true, tex: r.tex, field: r } : r);

export class FieldState {
  readonly #env: SceneEnv;
  /** F as typed; the field in force is the last text that compiled. */
  readonly F = new Formula<FieldCompiled>((engine: Engine, text) => asField(engine.compileField(text)), DEFAULTS.F);
  /** The loss of the downhill preset; its preview shows f itself. */
  readonly f = new Formula<FieldCompiled>((engine: Engine, text) => {
    const field = engine.compileDownhill(text);
    if (!field.ok) return field;
    const fx = engine.compileExpression(text, { variables: ['x', 'y'] });
    return fx.ok ? { ok: true, tex: fx.tex, field } : fx;
  }, DEFAULT_LOSS);
  /** Whether the field is −∇f of the loss rather than the typed F. */
  downhill = $state(false);
  /** F typed on one line, (P, Q), or as two inputs P and Q. A way of typing, not part of the link. */
  inputs = $state<'one' | 'two'>('one');
  /** The two components, in the two-input way of typing. */
  readonly P = new Formula<ScalarCompiled>((engine, text) => engine.compileExpression(text, { variables: ['x', 'y'] }), '2x');
  readonly Q = new Formula<ScalarCompiled>((engine, text) => engine.compileExpression(text, { variables: ['x', 'y'] }), 'x^2');
  readonly show = new Toggles(SHOW, DEFAULTS.show);
  lengths = $state<Lengths>(DEFAULTS.lengths);
  n = $state(DEFAULTS.n);
  speed = $state(DEFAULTS.speed);
  trail = $state(DEFAULTS.trail);
  probe = $state.raw<Vec2>(DEFAULTS.probe);
  dye = $state.raw<readonly Vec2[]>(DEFAULTS.dye);
  /** Particles flow unless paused; under reduced motion they start paused (the Step button still works). */
  playing = $state(true);
  /** Each increment advances the paused particles by one frame. */
  stepRequest = $state(0);
  /** What the particle worker last reported: how many it drew, and at how many frames a second. */
  particleStats = $state.raw<ParticleStats | null>(null);
  particleProblem = $state<string | null>(null);

  constructor(env: SceneEnv) {
    this.#env = env;
    this.playing = !env.display.reducedMotion;
  }

  /** The field from the two inputs: the last P and the last Q that read. */
  readonly #pair: CompiledField | null = $derived.by(() => {
    const p = this.P.inForce;
    const q = this.Q.inForce;
    const engine = this.P.engine;
    if (!p || !q || !engine) return null;
    const r = engine.compileField([p.text, q.text]);
    return r.ok ? r : null;
  });
  readonly field: CompiledField | null = $derived(
    this.downhill ? (this.f.inForce?.result.field ?? null) : this.inputs === 'two' ? this.#pair : (this.F.inForce?.result.field ?? null),
  );
  /** The learner has paused typing (or typed nothing): pictures may take their full detail. */
  readonly typed = $derived(this.downhill ? this.f.settled : this.inputs === 'two' ? this.P.settled && this.Q.settled : this.F.settled);

  /** Where a mouse or pen hovers over the plane: the readings follow it there. Not part of the link. */
  hover = $state.raw<Vec2 | null>(null);
  /** Where F, div F, curl F and J are read: under the pointer while it hovers, else at the probe. */
  readonly reading: Vec2 = $derived(this.hover ?? this.probe);
  readonly F_at: Vec2 = $derived(this.field ? this.field.fn(this.reading[0], this.reading[1]) : [NaN, NaN]);
  readonly divAt = $derived(this.field ? this.field.divergence.fn(this.reading[0], this.reading[1]) : NaN);
  readonly curlAt = $derived(this.field ? this.field.curl.fn(this.reading[0], this.reading[1]) : NaN);
  readonly jacobianAt: Mat2 = $derived(
    this.field
      ? this.field.jacobian.fn(this.reading[0], this.reading[1])
      : [
          [NaN, NaN],
          [NaN, NaN],
        ],
  );

  /** The probe's circle, in screen px: it keeps its size on screen as the view zooms. */
  readonly probeRadiusPx = $derived.by(() => (this.#env.display.present ? 56 : 40));
  /** What flows out through the probe's circle, and around it; per area they approach div F and curl F. */
  readonly flux: CircleFlux | null = $derived.by(() => {
    const field = this.field;
    const k = this.#env.view.pxPerUnit;
    if (!field || !(k > 0)) return null;
    return circleFlux(field.fn, this.reading, this.probeRadiusPx / k);
  });

  /** The arrows over the view: resampled on each change of view or field (about 2,000 of them). */
  readonly #arrowsNow: ArrowData | null = $derived.by(() => {
    const field = this.field;
    const view = this.#env.view;
    if (!field || !this.show.has('arrows') || view.width === 0) return null;
    return arrowField(field.p.fn, field.q.fn, view, { mode: this.lengths });
  });
  /**
   * How long and what colour: from the arrows in view, but held while the plane is panned or
   * zoomed (or anything dragged) when arrows are fitted, so lengths and the legend stay still under
   * the pointer and catch up when it lets go. True lengths follow the zoom at once.
   */
  readonly #look = $derived.by(() => {
    const arrows = this.#arrowsNow;
    if (!arrows) return null;
    const held = this.#heldLook;
    if (activity.dragging && held && held.mode === 'fit' && arrows.scaling.mode === 'fit') return held;
    const n = arrows.samples.n;
    return (this.#heldLook = {
      mode: arrows.scaling.mode,
      scaling: arrows.scaling,
      scale: n ? sequential({ values: arrows.samples.magnitude, scheme: 'viridis' }) : null,
    });
  });
  /** Not state: the derived's own memory of the look it last worked out. */
  #heldLook: { readonly mode: Lengths; readonly scaling: ArrowData['scaling']; readonly scale: ColorScale | null } | null = null;
  readonly arrows: ArrowData | null = $derived(
    this.#arrowsNow && this.#look ? { samples: this.#arrowsNow.samples, scaling: this.#look.scaling } : null,
  );
  readonly arrowScale: ColorScale | null = $derived(this.#look?.scale ?? null);

  /**
   * Fixed points in view, worked out when the field or the view changes, but not in the middle of
   * a pan or a zoom (a search costs a few ms): the points found stay until it ends.
   */
  readonly fixed: FixedPoints | null = $derived.by(() => {
    const field = this.field;
    const view = this.#env.view;
    if (!field || !this.show.has('fixed') || view.width === 0) return null;
    const v = view.visible;
    const held = this.#heldFixed;
    if (activity.dragging && held?.field === field) return held.result;
    // 24 seeds a side over the view and a little beyond: enough for all nine zeros of
    // (x³ − x, y³ − y) and the lattice of (sin y, sin x) at the home view.
    const dx = 0.05 * (v.xMax - v.xMin);
    const dy = 0.05 * (v.yMax - v.yMin);
    const box = { xMin: v.xMin - dx, xMax: v.xMax + dx, yMin: v.yMin - dy, yMax: v.yMax + dy };
    if (!(box.xMax > box.xMin && box.yMax > box.yMin)) return null;
    const result = fixedPoints(field.fn, field.jacobian.fn, box, { seeds: 24, maxEvaluations: 40_000 });
    this.#heldFixed = { field, result };
    return result;
  });
  readonly fixedInView: readonly FixedPoint[] = $derived.by(() => {
    const v = this.#env.view.visible;
    const inView = (this.fixed?.points ?? []).filter(({ point: [x, y] }) => x >= v.xMin && x <= v.xMax && y >= v.yMin && y <= v.yMax);
    // The same list while a pan keeps the same points in view: the marks and the panel stay as they are.
    const last = this.#lastInView;
    if (last.length === inView.length && last.every((p, k) => p === inView[k])) return last;
    return (this.#lastInView = inView);
  });
  #lastInView: readonly FixedPoint[] = [];
  /** Not state: the derived's own memory of its last search. */
  #heldFixed: { readonly field: CompiledField; readonly result: FixedPoints } | null = null;

  /** Each dye point's path, forward in time through the analysis region. */
  readonly paths: readonly Trace[] = $derived.by(() => {
    const field = this.field;
    if (!field || !this.#hasRegion) return [];
    const p = field.p.fn;
    const q = field.q.fn;
    return this.dye.map((d) => tracePath(p, q, d, this.region));
  });

  /** Which scalar colours the plane: divergence, curl, or nothing. */
  readonly heat = $derived<'div' | 'curl' | null>(this.show.has('div') ? 'div' : this.show.has('curl') ? 'curl' : null);

  /** div F or curl F over the view, for the heat map; coarser while F is being typed. */
  readonly heatSampled = $derived.by((): Sampled | null => {
    const field = this.field;
    const heat = this.heat;
    const view = this.#env.view;
    if (!field || !heat || view.width === 0) return null;
    const grid = samplingGrid(view.visible, view.width, view.height, this.typed ? 5 : 10);
    return { grid, values: (heat === 'div' ? field.divergence : field.curl).batch(grid) };
  });

  readonly heatScale: ColorScale | null = $derived.by(() => {
    const sampled = this.heatSampled;
    if (!sampled) return null;
    const dark = this.#env.display.theme === 'dark';
    return diverging({ values: sampled.values, middle: dark ? '#24282D' : undefined });
  });

  /**
   * The region the dye paths are worked out for: the view with a margin, snapped
   * so that a small pan keeps the same region and nothing is recomputed on each frame of it.
   */
  readonly #keepRegion = keepEqual<readonly number[]>();
  /** Before the plane is laid out the view has no size, and there is nothing to analyse. */
  readonly #hasRegion = $derived.by(() => this.#env.view.width > 0 && this.region.xMax > this.region.xMin && this.region.yMax > this.region.yMin);
  readonly #regionCorners = $derived.by(() => {
    const b = analysisBox(this.#env.view.visible);
    return this.#keepRegion([b.xMin, b.xMax, b.yMin, b.yMax]);
  });
  readonly region: Box = $derived({
    xMin: this.#regionCorners[0],
    xMax: this.#regionCorners[1],
    yMin: this.#regionCorners[2],
    yMax: this.#regionCorners[3],
  });

  /** A note when F has no value anywhere in view. */
  readonly undefinedNote = $derived.by(() => (this.field ? undefinedInView(this.field.fn, this.#env.view.visible) : null));

  readonly problems: readonly Problem[] = $derived([
    ...(this.F.problem ? [{ key: 'F', message: this.F.problem }] : []),
    ...(this.f.problem ? [{ key: 'f', message: this.f.problem }] : []),
  ]);

  /** F as one line: the typed line, or the two inputs joined. */
  get fieldText(): string {
    return this.inputs === 'two' ? `(${this.P.text}, ${this.Q.text})` : this.F.text;
  }

  /**
   * The field in force as one line: what the link holds. Half-typed or mistyped text stays in the
   * input; a link (or a reload) shows the field that is drawn.
   */
  get fieldInForce(): string {
    const last = (f: Formula<{ readonly ok: true; readonly tex: string }>) => f.inForce?.text ?? f.text;
    return this.inputs === 'two' ? `(${last(this.P)}, ${last(this.Q)})` : last(this.F);
  }

  /** Switches between one line and two inputs, carrying the field across. */
  setInputs(way: 'one' | 'two'): void {
    if (way === this.inputs) return;
    if (way === 'two') this.#splitInto(this.F.inForce?.text ?? this.F.text);
    else this.F.load(this.fieldInForce);
    this.inputs = way;
  }

  #splitInto(text: string): void {
    const split = splitPair(text);
    this.P.load(split.ok ? text.slice(split.parts[0].from, split.parts[0].to).trim() : this.P.fallback);
    this.Q.load(split.ok ? text.slice(split.parts[1].from, split.parts[1].to).trim() : this.Q.fallback);
  }

  /** The numbers taken away: the field drawn, its loss when it is downhill, and the probe's readings. */
  get #exported() {
    // The loss's tree for its Python: read again from the text in force (the formula keeps only its TeX).
    const text = this.downhill ? this.f.inForce?.text : undefined;
    const f = text !== undefined ? this.f.engine?.compileExpression(text, { variables: ['x', 'y'] }) : undefined;
    return { field: this.field, loss: f?.ok ? { tex: f.tex, expr: f.expr } : null, probe: this.probe };
  }
  latex(): string {
    return fieldLatex(this.#exported);
  }
  numpy(): string {
    return fieldNumpy(this.#exported);
  }

  get snapshot(): FieldSnapshot {
    return {
      F: this.fieldInForce,
      f: this.downhill ? (this.f.inForce?.text ?? this.f.text) : null,
      show: this.show.list,
      lengths: this.lengths,
      n: this.n,
      speed: this.speed,
      trail: this.trail,
      probe: this.probe,
      dye: this.dye,
    };
  }

  restore(s: FieldSnapshot): void {
    this.F.load(s.F);
    if (this.inputs === 'two') this.#splitInto(this.F.text);
    this.downhill = s.f !== null;
    if (s.f !== null) this.f.load(s.f);
    this.show.list = s.show;
    this.lengths = s.lengths;
    this.n = s.n;
    this.speed = s.speed;
    this.trail = s.trail;
    this.probe = s.probe;
    this.dye = s.dye;
  }

  /** A link shows the home region (a field needs room to be seen), the probe and the dye points. */
  frame(): Vec2[] {
    return [[-4, -4], [4, 4], ...(this.show.has('probe') ? [this.probe] : []), ...this.dye];
  }

  /** Drops a dye point (the oldest goes when there are too many). */
  addDye(p: Vec2): void {
    this.dye = [...this.dye, p].slice(-MAX_DYE);
  }
}
