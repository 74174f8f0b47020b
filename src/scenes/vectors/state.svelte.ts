// The Vectors scene: two vectors a and b, and what can be built from them.
import { add, angleBetween, dot, hadamard, heading, norm1, norm2, normInf, project, scale, sub, type Vec2 } from '../../lib/math/vec2';
import { Toggles } from '../../lib/kit/toggles.svelte';
import { vectorsLatex, vectorsNumpy } from './export';

/** Constructions the learner can switch on; the order is the panel's and the URL's. */
export const CONSTRUCTIONS = ['components', 'sum', 'diff', 'scale', 'dot', 'hadamard', 'angle', 'l1', 'l2', 'linf'] as const;
export type Construction = (typeof CONSTRUCTIONS)[number];

export type VectorsSnapshot = {
  readonly a: Vec2;
  readonly b: Vec2;
  readonly k: number;
  readonly show: readonly Construction[];
};

/** The lesson's vectors: a = [3, −2] (right 3, down 2) and b = [−2, 5] (left 2, up 5). */
export const DEFAULTS: VectorsSnapshot = { a: [3, -2], b: [-2, 5], k: 2, show: ['components'] };
export const K_RANGE = { min: -3, max: 3, step: 0.1 } as const;

export class VectorsState {
  a = $state.raw<Vec2>(DEFAULTS.a);
  b = $state.raw<Vec2>(DEFAULTS.b);
  k = $state(DEFAULTS.k);
  readonly show = new Toggles(CONSTRUCTIONS, DEFAULTS.show);

  readonly sum = $derived(add(this.a, this.b));
  readonly diff = $derived(sub(this.a, this.b));
  readonly scaled = $derived(scale(this.a, this.k));
  readonly dot = $derived(dot(this.a, this.b));
  readonly hadamard = $derived(hadamard(this.a, this.b));
  readonly projection = $derived(project(this.a, this.b));
  readonly angle = $derived(angleBetween(this.a, this.b));
  readonly lengthA = $derived(norm2(this.a));
  readonly lengthB = $derived(norm2(this.b));
  readonly headingA = $derived(heading(this.a));
  readonly headingB = $derived(heading(this.b));
  readonly normsA = $derived({ l1: norm1(this.a), l2: norm2(this.a), linf: normInf(this.a) });

  get snapshot(): VectorsSnapshot {
    return { a: this.a, b: this.b, k: this.k, show: this.show.list };
  }

  restore(s: VectorsSnapshot): void {
    this.a = s.a;
    this.b = s.b;
    this.k = s.k;
    this.show.list = s.show;
  }

  latex(): string {
    return vectorsLatex(this.snapshot);
  }
  numpy(): string {
    return vectorsNumpy(this.snapshot);
  }

  /** What the view must show: the vectors and every construction switched on. */
  frame(): Vec2[] {
    const pts: Vec2[] = [this.a, this.b];
    if (this.show.has('sum')) pts.push(this.sum);
    if (this.show.has('diff')) pts.push(this.diff);
    if (this.show.has('scale')) pts.push(this.scaled);
    if (this.show.has('hadamard')) pts.push(this.hadamard);
    if (this.show.has('dot') && Number.isFinite(this.projection[0])) pts.push(this.projection);
    return pts;
  }
}
