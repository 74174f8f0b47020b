// The Transform scene: a matrix A moves every point of the plane.
import { apply, det2, eig2, identity2, inv2, mul, type Mat2 } from '../../lib/math/mat2';
import { add, type Vec2 as Vec2 } from '../../lib/math/vec2';
import { keepEqual } from '../../lib/kit/keep-equal';
import { Toggles } from '../../lib/kit/toggles.svelte';
import { Playback } from '../../lib/kit/playback.svelte';
import type { SceneEnv } from '../../lib/kit/define';
import { transformLatex, transformNumpy } from './export';

/** What the plane shows being applied. */
export const APPLIED = ['A', 'inverse', 'undo', 'AB', 'BA'] as const;
export type Applied = (typeof APPLIED)[number];

export const SHOW = ['square', 'shape', 'eigen', 'x', 'columns'] as const;
export type Shown = (typeof SHOW)[number];

export type TransformSnapshot = {
  readonly m: Mat2;
  readonly x: Vec2;
  readonly b: Mat2;
  readonly applied: Applied;
  readonly t: number;
  readonly angle: number;
  readonly show: readonly Shown[];
};

export const DEFAULTS: TransformSnapshot = {
  m: [
    [2, 1],
    [1, 2],
  ],
  x: [-1, 2],
  b: [
    [0, -1],
    [1, 0],
  ],
  applied: 'A',
  t: 1,
  angle: 30,
  show: ['square', 'eigen', 'x'],
};

const lerp = (p: Mat2, q: Mat2, t: number): Mat2 => [
  [p[0][0] + t * (q[0][0] - p[0][0]), p[0][1] + t * (q[0][1] - p[0][1])],
  [p[1][0] + t * (q[1][0] - p[1][0]), p[1][1] + t * (q[1][1] - p[1][1])],
];

/** Two steps in turn: first `first` (t from 0 to ½), then `second` on top of it (½ to 1). */
const twoSteps = (first: Mat2, both: Mat2, t: number): Mat2 => (t <= 0.5 ? lerp(identity2, first, 2 * t) : lerp(first, both, 2 * t - 1));

/** The matrix the plane shows at animation time t ∈ [0, 1] for a view. Pure, for tests. */
export function shownMatrix(view: Applied, a: Mat2, b: Mat2, t: number): Mat2 {
  switch (view) {
    case 'A':
      return lerp(identity2, a, t);
    case 'inverse':
      return lerp(identity2, inv2(a) ?? a, t);
    case 'undo':
      // The picture of A, then A⁻¹ applied on top, back to A⁻¹A = I.
      return inv2(a) ? lerp(a, identity2, t) : a;
    case 'AB':
      return twoSteps(b, mul(a, b), t);
    case 'BA':
      return twoSteps(a, mul(b, a), t);
  }
}

/** The view's end point: what "applying" it means. */
export function targetMatrix(view: Applied, a: Mat2, b: Mat2): Mat2 {
  return shownMatrix(view, a, b, 1);
}

export const APPLIED_NAMES: Record<Applied, { label: string; short: string }> = {
  A: { label: 'A', short: 'A' },
  inverse: { label: 'A⁻¹', short: 'A⁻¹' },
  undo: { label: 'A, then A⁻¹ undoes it', short: 'A⁻¹A' },
  AB: { label: 'first B, then A (AB)', short: 'AB' },
  BA: { label: 'first A, then B (BA)', short: 'BA' },
};

export class TransformState {
  m = $state.raw<Mat2>(DEFAULTS.m);
  x = $state.raw<Vec2>(DEFAULTS.x);
  b = $state.raw<Mat2>(DEFAULTS.b);
  applied = $state<Applied>(DEFAULTS.applied);
  t = $state(DEFAULTS.t);
  angle = $state(DEFAULTS.angle);
  readonly show = new Toggles(SHOW, DEFAULTS.show);
  /** The animation from I to the shown matrix: about 1.5 s; under reduced motion it jumps to the end. */
  readonly playback: Playback;

  constructor(env: SceneEnv) {
    this.playback = new Playback({
      duration: 1500,
      frame: (u) => (this.t = u),
      reducedMotion: () => env.display.reducedMotion,
      // The whole animation is one edit: one history entry.
      onplay: () => env.edit('start', 'play'),
      onstop: () => env.edit('end', 'play'),
    });
  }

  readonly det = $derived(det2(this.m));
  readonly inverse = $derived(inv2(this.m));
  readonly ax = $derived(apply(this.m, this.x));
  readonly ab = $derived(mul(this.m, this.b));
  readonly ba = $derived(mul(this.b, this.m));
  /** What the plane shows now, part-way through the animation. */
  readonly shown = $derived(shownMatrix(this.applied, this.m, this.b, this.t));
  readonly target: Mat2 = $derived(targetMatrix(this.applied, this.m, this.b));
  readonly eigen = $derived(eig2(this.target));
  readonly shownX = $derived(apply(this.shown, this.x));
  // The same array while a column's numbers stay put: dragging î leaves everything drawn from ĵ alone.
  readonly #keepI = keepEqual<Vec2>();
  readonly #keepJ = keepEqual<Vec2>();
  readonly i: Vec2 = $derived(this.#keepI([this.m[0][0], this.m[1][0]]));
  readonly j: Vec2 = $derived(this.#keepJ([this.m[0][1], this.m[1][1]]));

  /** Moves a column of A (the image of î or ĵ); the picture jumps to the end of the animation. */
  setColumn(col: 0 | 1, v: Vec2): void {
    const rows = this.m.map((r) => [...r]) as [[number, number], [number, number]];
    rows[0][col] = v[0];
    rows[1][col] = v[1];
    this.m = rows;
    this.t = 1;
  }

  get snapshot(): TransformSnapshot {
    return { m: this.m, x: this.x, b: this.b, applied: this.applied, t: this.t, angle: this.angle, show: this.show.list };
  }

  /** While the animation runs, what to share is where it ends. */
  get settled(): TransformSnapshot | undefined {
    return this.playback.playing ? { ...this.snapshot, t: 1 } : undefined;
  }

  restore(s: TransformSnapshot): void {
    this.playback.stop();
    this.m = s.m;
    this.x = s.x;
    this.b = s.b;
    this.applied = s.applied;
    this.t = s.t;
    this.angle = s.angle;
    this.show.list = s.show;
  }

  /** B joins the numbers taken away when the plane shows a composition. */
  get #exported() {
    return { m: this.m, x: this.x, b: this.applied === 'AB' || this.applied === 'BA' ? this.b : undefined };
  }
  latex(): string {
    return transformLatex(this.#exported);
  }
  numpy(): string {
    return transformNumpy(this.#exported);
  }

  /**
   * The view frames what the learner moves (î and ĵ, the square, x) and the picture they move:
   * never Ax alone, which may lie far out (the lesson's Ax = [17, 39]) and would shrink the handles
   * to specks; off screen it gets a marker at the edge instead.
   */
  frame(): Vec2[] {
    const t = this.target;
    const ti: Vec2 = [t[0][0], t[1][0]];
    const tj: Vec2 = [t[0][1], t[1][1]];
    const pts: Vec2[] = [[1, 1], [-1, -1], this.i, this.j, add(this.i, this.j), ti, tj, add(ti, tj)];
    if (this.show.has('x')) pts.push(this.x);
    return pts;
  }
}
