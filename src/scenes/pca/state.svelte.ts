// The PCA scene: a cloud of points, its covariance and principal axes, and a candidate axis the
// learner turns to find the direction of most variance; a second mode takes 3 features to 2.
import type { SceneEnv } from '../../lib/kit/define';
import { Toggles } from '../../lib/kit/toggles.svelte';
import type { Vec2 } from '../../lib/math/vec2';
import type { Box } from '../../lib/math/box';
import { axisDegrees, spread2, varianceAlong, type Spread2 } from '../../lib/math/stats/spread2';
import { presetOf, presetPoints, type PresetId } from './presets';
import { PEOPLE_SCORES } from './three';
import { pcaLatex, pcaNumpy } from './export';

export const SHOW = ['axes', 'ellipses', 'projections', 'candidate'] as const;
export type Shown = (typeof SHOW)[number];

/** Most points a cloud (and its link) holds. */
export const MAX_POINTS = 1000;
/** The 3-D view's turn: degrees around the vertical axis, then tilt towards the viewer. */
export type Turn = readonly [yaw: number, pitch: number];

export type PcaSnapshot = {
  readonly preset: PresetId;
  /** Points the preset draws, and its seed. */
  readonly n: number;
  readonly seed: number;
  /** Whether the points were edited (dragged, added, deleted, pasted): then the link holds them. */
  readonly edited: boolean;
  readonly points: readonly Vec2[];
  readonly names: readonly [string, string];
  /** The candidate axis, in degrees from the x axis, in [0, 180). */
  readonly angle: number;
  readonly show: readonly Shown[];
  readonly dims: 2 | 3;
  readonly turn: Turn;
};

const DEFAULT_PRESET: PresetId = 'height-weight';
export const DEFAULTS: PcaSnapshot = {
  preset: DEFAULT_PRESET,
  n: 60,
  seed: 1,
  edited: false,
  points: presetPoints(DEFAULT_PRESET, 60, 1),
  names: presetOf(DEFAULT_PRESET).names,
  angle: 0,
  show: ['axes', 'ellipses', 'projections', 'candidate'],
  dims: 2,
  turn: [-35, 20],
};

/** The region that shows every point with a margin: the data's own region, not one around the origin. */
export function boxAround(points: readonly Vec2[]): Box {
  if (!points.length) return { xMin: -6, xMax: 6, yMin: -6, yMax: 6 };
  let [xMin, yMin, xMax, yMax] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    xMin = Math.min(xMin, x);
    xMax = Math.max(xMax, x);
    yMin = Math.min(yMin, y);
    yMax = Math.max(yMax, y);
  }
  const pad = Math.max(xMax - xMin, yMax - yMin, 2) * 0.12 + 0.5;
  return { xMin: xMin - pad, xMax: xMax + pad, yMin: yMin - pad, yMax: yMax + pad };
}

export class PcaState {
  preset = $state<PresetId>(DEFAULTS.preset);
  n = $state(DEFAULTS.n);
  seed = $state(DEFAULTS.seed);
  edited = $state(false);
  points = $state.raw<readonly Vec2[]>(DEFAULTS.points);
  names = $state.raw<readonly [string, string]>(DEFAULTS.names);
  angle = $state(DEFAULTS.angle);
  readonly show = new Toggles(SHOW, DEFAULTS.show);
  dims = $state<2 | 3>(DEFAULTS.dims);
  turn = $state.raw<Turn>(DEFAULTS.turn);
  /** The point that is a real handle (focusable, moved by keys); −1 when there are none. Not in the link. */
  #focused = $state(0);
  readonly #env: SceneEnv;
  #framed = false;

  constructor(env: SceneEnv) {
    this.#env = env;
    // Data points are measurements, not lattice points: they move freely unless the learner turns snapping on.
    env.view.snap = false;
  }

  readonly spread: Spread2 | null = $derived(spread2(this.points));
  /** The cloud has a direction only when its points do not all coincide. */
  readonly hasAxes = $derived(this.spread !== null && this.spread.total > 0);
  readonly candidateVariance = $derived(this.spread ? varianceAlong(this.spread.cov, this.angle) : NaN);

  get focused(): number {
    return this.points.length ? Math.min(Math.max(0, this.#focused), this.points.length - 1) : -1;
  }
  set focused(k: number) {
    this.#focused = k;
  }

  /** The accessible name of point k: its place in the cloud and its value in the features' names. */
  pointLabel(k: number): string {
    const p = this.points[k];
    if (!p) return '';
    return `point ${k + 1} of ${this.points.length}: ${this.names[0]} ${fmtPlain(p[0])}, ${this.names[1]} ${fmtPlain(p[1])}`;
  }

  movePoint(k: number, p: Vec2): void {
    if (k < 0 || k >= this.points.length) return;
    const next = this.points.slice();
    next[k] = p;
    this.points = next;
    this.edited = true;
  }

  /** Adds a point and focuses it; refuses past MAX_POINTS (returns false). */
  addPoint(p: Vec2): boolean {
    if (this.points.length >= MAX_POINTS) return false;
    this.points = [...this.points, p];
    this.edited = true;
    this.#focused = this.points.length - 1;
    return true;
  }

  /** Removes point k; the next point takes the focus. */
  deletePoint(k: number): void {
    if (k < 0 || k >= this.points.length) return;
    this.points = this.points.filter((_, i) => i !== k);
    this.edited = true;
    this.#focused = Math.min(k, this.points.length - 1);
  }

  usePreset(id: PresetId, n = this.n, seed = this.seed): void {
    this.preset = id;
    this.n = n;
    this.seed = seed;
    this.edited = false;
    this.points = presetPoints(id, n, seed);
    this.names = presetOf(id).names;
    this.#focused = 0;
    this.frameView();
  }

  useRows(points: readonly Vec2[], names: readonly [string, string] | null): void {
    this.points = points;
    this.edited = true;
    if (names) this.names = names;
    this.#focused = 0;
    this.frameView();
  }

  setAngle(deg: number): void {
    this.angle = Number(axisDegrees(deg).toFixed(2));
  }

  /** Shows the points' own region: a height–weight cloud sits near (170, 70), far from the origin. */
  frameView(): void {
    this.#env.view.show(boxAround(this.dims === 3 ? PEOPLE_SCORES : this.points));
  }

  /** Switches between the 2-feature cloud and the 3-feature data set. */
  setDims(dims: 2 | 3): void {
    this.dims = dims;
    this.frameView();
  }

  /** The numbers taken away: the cloud's (or, in the 3-feature view, the people's) PCA. */
  get #exported() {
    return { points: this.points, names: this.names, angle: this.angle, dims: this.dims };
  }
  latex(): string {
    return pcaLatex(this.#exported);
  }
  numpy(): string {
    return pcaNumpy(this.#exported);
  }

  get snapshot(): PcaSnapshot {
    return {
      preset: this.preset,
      n: this.n,
      seed: this.seed,
      edited: this.edited,
      points: this.points,
      names: this.names,
      angle: this.angle,
      show: this.show.list,
      dims: this.dims,
      turn: this.turn,
    };
  }

  restore(s: PcaSnapshot): void {
    const sameView = this.#framed && s.points === this.points && s.dims === this.dims;
    this.#framed = true;
    this.preset = s.preset;
    this.n = s.n;
    this.seed = s.seed;
    this.edited = s.edited;
    this.points = s.points;
    this.names = s.names;
    this.angle = s.angle;
    this.show.list = s.show;
    this.dims = s.dims;
    this.turn = s.turn;
    // No frame(): the host would fit a view around the origin as well. The view is framed here instead.
    if (!sameView) this.frameView();
  }
}

/** Numbers in names: a true minus, no more digits than the data has. */
function fmtPlain(x: number): string {
  const r = Number(x.toFixed(2));
  return r < 0 ? `\u2212${-r}` : String(r);
}
