// The Transform scene: a matrix A moves every point of the plane.
import { apply, det2, eig2, identity2, inv2, mul, type Mat2 } from '../../lib/math/mat2';
import type { Vec2 } from '../../lib/math/vec2';
import { keepEqual } from '../../lib/stable';
import { withFlag } from '../../lib/flags';

/** What the plane shows being applied. */
export const VIEWS = ['A', 'inverse', 'undo', 'AB', 'BA'] as const;
export type View = (typeof VIEWS)[number];

export const SHOW = ['square', 'shape', 'eigen', 'x'] as const;
export type Shown = (typeof SHOW)[number];

export type TransformSnapshot = {
  readonly m: Mat2;
  readonly x: Vec2;
  readonly b: Mat2;
  readonly view: View;
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
  view: 'A',
  t: 1,
  angle: 30,
  show: ['square', 'eigen', 'x'],
};

const lerp = (p: Mat2, q: Mat2, t: number): Mat2 => [
  [p[0][0] + t * (q[0][0] - p[0][0]), p[0][1] + t * (q[0][1] - p[0][1])],
  [p[1][0] + t * (q[1][0] - p[1][0]), p[1][1] + t * (q[1][1] - p[1][1])],
];

/** Two steps in turn: first `first` (t from 0 to ½), then `second` on top of it (½ to 1). */
const twoSteps = (first: Mat2, both: Mat2, t: number): Mat2 =>
  t <= 0.5 ? lerp(identity2, first, 2 * t) : lerp(first, both, 2 * t - 1);

/** The matrix the plane shows at animation time t ∈ [0, 1] for a view. Pure, for tests. */
export function shownMatrix(view: View, a: Mat2, b: Mat2, t: number): Mat2 {
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
export function targetMatrix(view: View, a: Mat2, b: Mat2): Mat2 {
  return shownMatrix(view, a, b, 1);
}

export const VIEW_NAMES: Record<View, { label: string; short: string }> = {
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
  view = $state<View>(DEFAULTS.view);
  t = $state(DEFAULTS.t);
  angle = $state(DEFAULTS.angle);
  show = $state.raw<readonly Shown[]>(DEFAULTS.show);

  readonly det = $derived(det2(this.m));
  readonly inverse = $derived(inv2(this.m));
  readonly ax = $derived(apply(this.m, this.x));
  readonly ab = $derived(mul(this.m, this.b));
  readonly ba = $derived(mul(this.b, this.m));
  /** What the plane shows now, part-way through the animation. */
  readonly shown = $derived(shownMatrix(this.view, this.m, this.b, this.t));
  readonly target: Mat2 = $derived(targetMatrix(this.view, this.m, this.b));
  readonly eigen = $derived(eig2(this.target));
  readonly shownX = $derived(apply(this.shown, this.x));
  // The same array while a column's numbers stay put: dragging î leaves everything drawn from ĵ alone.
  readonly #keepI = keepEqual<Vec2>();
  readonly #keepJ = keepEqual<Vec2>();
  readonly i: Vec2 = $derived(this.#keepI([this.m[0][0], this.m[1][0]]));
  readonly j: Vec2 = $derived(this.#keepJ([this.m[0][1], this.m[1][1]]));

  shows(s: Shown): boolean {
    return this.show.includes(s);
  }

  setShown(s: Shown, on: boolean): void {
    this.show = withFlag(SHOW, this.show, s, on);
  }

  /** Moves a column of A (the image of î or ĵ); the picture jumps to the end of the animation. */
  setColumn(col: 0 | 1, v: Vec2): void {
    const rows = this.m.map((r) => [...r]) as [[number, number], [number, number]];
    rows[0][col] = v[0];
    rows[1][col] = v[1];
    this.m = rows;
    this.t = 1;
  }

  get snapshot(): TransformSnapshot {
    return { m: this.m, x: this.x, b: this.b, view: this.view, t: this.t, angle: this.angle, show: this.show };
  }

  restore(s: TransformSnapshot): void {
    this.m = s.m;
    this.x = s.x;
    this.b = s.b;
    this.view = s.view;
    this.t = s.t;
    this.angle = s.angle;
    this.show = s.show;
  }
}
