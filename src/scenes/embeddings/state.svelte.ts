// The Embeddings scene: a 4 users × 5 movies ratings matrix R (blanks allowed) factorised into
// U (4 × 2, a point per user) and V (2 × 5, a point per movie), so that every predicted rating
// is a dot product u_i · v_j. Two ways: the exact rank-2 SVD, or gradient descent on the squared
// error over the rated cells, step by step from a seeded start. Dragging a point is a "what if":
// the predictions and the loss follow, compared with the best rank-2 fit.
import type { Vec2 } from '../../lib/math/vec2';
import type { SceneEnv } from '../../lib/kit/define';
import { Playback } from '../../lib/kit/playback.svelte';
import { keepEqual } from '../../lib/kit/keep-equal';
import { createRandom } from '../../lib/math/random';
import { createStepper } from '../../lib/math/optimizer-step';
import {
  bestMaskedFit,
  cosineSimilarity,
  maskedGradient,
  maskedLoss,
  packFactors,
  predictAll,
  svdFactors,
  type Ratings,
} from '../../lib/math/stats/factorize';
import { presetById, type Preset } from './presets';
import { embeddingsLatex, embeddingsNumpy } from './export';

export const USERS = 4;
export const MOVIES = 5;
/** The embeddings' dimension: points in a plane. */
export const K = 2;
/** Parameters: U's 8 numbers, then V's 10. */
export const P = K * (USERS + MOVIES);
export const METHODS = ['svd', 'gd'] as const;
export type Method = (typeof METHODS)[number];
/** Training is worked out to this many steps at once; playing and the slider only choose which to show. */
export const MAX_STEPS = 1000;
export const LR = { min: 1e-4, max: 1 } as const;
export const RATING_LIMIT = 10;
export const SEED_MAX = 1_000_000;
/** Steps a second while playing. */
export const RATE = 50;
/** A loss this large has left any sensible scale: the run has diverged. */
const DIVERGED_ABOVE = 1e12;

export type Kind = 'user' | 'movie';
/** One embedding: a user's row of U or a movie's column of V. */
export type Ref = { readonly kind: Kind; readonly index: number };
/** A point the learner dragged away from where the method put it. */
export type Moved = Ref & { readonly at: Vec2 };

export type EmbeddingsSnapshot = {
  /** Whose names the users and movies have, and the ratings a reset goes back to. */
  readonly preset: string;
  readonly ratings: Ratings;
  readonly method: Method;
  readonly lr: number;
  readonly seed: number;
  /** Gradient-descent steps taken, 0 to MAX_STEPS. */
  readonly step: number;
  /** The user whose predictions are drawn, and the movie whose column is picked out. */
  readonly user: number;
  readonly movie: number;
  /** The two embeddings compared by dot product and cosine. */
  readonly compare: readonly [Ref, Ref];
  readonly moved: readonly Moved[];
};

export const DEFAULTS: EmbeddingsSnapshot = {
  preset: 'lesson',
  ratings: presetById('lesson').ratings,
  method: 'svd',
  lr: 0.01,
  seed: 1,
  step: 0,
  user: 0,
  movie: 0,
  compare: [
    { kind: 'user', index: 0 },
    { kind: 'movie', index: 0 },
  ],
  moved: [],
};

export type Run = {
  /** (count) × P: the parameters after each step, step 0 the seeded start. */
  readonly params: Float64Array;
  /** loss[k] after step k; NaN past the last step taken. */
  readonly loss: Float64Array;
  /** Steps worked out plus one (the start). */
  readonly count: number;
  /** The step at which the loss left every sensible scale, or null. */
  readonly divergedAt: number | null;
};

/** The seeded start: every entry of U and V uniform in (−1, 1), U first. */
export function initialParams(seed: number): Float64Array {
  const r = createRandom(seed);
  return Float64Array.from({ length: P }, () => r.uniform(-1, 1));
}

/** Gradient descent on the rated cells' squared error, MAX_STEPS steps (about 1 ms), stopping when it diverges. */
export function train(ratings: Ratings, seed: number, lr: number, steps = MAX_STEPS): Run {
  const params = new Float64Array((steps + 1) * P);
  const loss = new Float64Array(steps + 1).fill(NaN);
  const p = initialParams(seed);
  const g = new Float64Array(P);
  const stepper = createStepper(P, { optimizer: 'gd', lr });
  params.set(p, 0);
  loss[0] = maskedLoss(ratings, p, K);
  let count = 1;
  let divergedAt: number | null = null;
  for (let k = 1; k <= steps; k++) {
    maskedGradient(ratings, p, K, g);
    const ok = stepper.step(p, g);
    const l = ok ? maskedLoss(ratings, p, K) : Infinity;
    if (!Number.isFinite(l) || l > DIVERGED_ABOVE) {
      divergedAt = k;
      break;
    }
    params.set(p, k * P);
    loss[k] = l;
    count++;
  }
  return { params, loss, count, divergedAt };
}

/** A user's point (row i of U) or a movie's (column j of V) in a parameter vector. */
export function pointOf(params: ArrayLike<number>, ref: Ref): Vec2 {
  return ref.kind === 'user'
    ? [params[ref.index * K], params[ref.index * K + 1]]
    : [params[USERS * K + ref.index], params[USERS * K + MOVIES + ref.index]];
}

/** The parameters with some points put elsewhere (a new array). */
export function withMoved(params: ArrayLike<number>, moved: readonly Moved[]): Float64Array {
  const p = Float64Array.from(params);
  for (const m of moved) {
    if (m.kind === 'user') {
      p[m.index * K] = m.at[0];
      p[m.index * K + 1] = m.at[1];
    } else {
      p[USERS * K + m.index] = m.at[0];
      p[USERS * K + MOVIES + m.index] = m.at[1];
    }
  }
  return p;
}

export const sameRef = (a: Ref, b: Ref): boolean => a.kind === b.kind && a.index === b.index;

export class EmbeddingsState {
  preset = $state('lesson');
  ratings = $state.raw<Ratings>(DEFAULTS.ratings);
  method = $state<Method>(DEFAULTS.method);
  lr = $state(DEFAULTS.lr);
  seed = $state(DEFAULTS.seed);
  #step = $state(DEFAULTS.step);
  user = $state(DEFAULTS.user);
  movie = $state(DEFAULTS.movie);
  compare = $state.raw<readonly [Ref, Ref]>(DEFAULTS.compare);
  moved = $state.raw<readonly Moved[]>(DEFAULTS.moved);
  /** A user the pointer rests on: their predictions show until it leaves. Not in the address. */
  peek = $state<number | null>(null);
  #clock = 0;
  readonly playback: Playback;

  constructor(env: SceneEnv) {
    this.playback = new Playback({
      frame: (_u, dtMs) => {
        this.#clock = Math.min(this.lastStep, this.#clock + (RATE * Math.max(0, dtMs)) / 1000);
        const next = Math.floor(this.#clock);
        if (next !== this.#step) this.#step = next;
        if (next >= this.lastStep) this.playback.stop();
      },
      reducedMotion: () => env.display.reducedMotion,
      onplay: () => env.edit('start', 'play'),
      onstop: () => env.edit('end', 'play'),
    });
  }

  readonly names: Preset = $derived(presetById(this.preset));

  /** The gradient-descent run of these ratings from this seed at this rate (worked out whatever the method, for its loss curve). */
  readonly run: Run = $derived(train(this.ratings, this.seed, this.lr));
  /** The last step there is: MAX_STEPS, or the last before the run diverged. */
  readonly lastStep = $derived(this.run.count - 1);
  /** The step shown: a link's step past a diverged run's end shows its end. */
  get step(): number {
    return Math.min(this.#step, this.lastStep);
  }
  set step(k: number) {
    this.#step = Math.max(0, Math.min(MAX_STEPS, Math.round(k)));
  }
  /** Whether the step shown is where the run stopped because it diverged. */
  readonly diverged = $derived(this.run.divergedAt !== null && this.#step >= this.lastStep);

  readonly svd = $derived(svdFactors(this.ratings, K));
  /** The best rank-2 fit of the rated cells (the SVD itself when nothing is blank). */
  readonly best = $derived(bestMaskedFit(this.ratings, K));

  /** The factors the method gives, before any dragging. */
  readonly base: Float64Array = $derived(
    this.method === 'svd' ? packFactors(this.svd.U, this.svd.V) : this.run.params.subarray(this.step * P, (this.step + 1) * P),
  );
  /** The factors drawn: the method's, with the dragged points where the learner put them. */
  readonly params: Float64Array = $derived(this.moved.length ? withMoved(this.base, this.moved) : this.base);
  // Each point keeps its array while its numbers stay put: dragging one point leaves everything drawn from the others alone.
  readonly #keepUsers = Array.from({ length: USERS }, () => keepEqual<Vec2>());
  readonly #keepMovies = Array.from({ length: MOVIES }, () => keepEqual<Vec2>());
  readonly users: readonly Vec2[] = $derived(
    Array.from({ length: USERS }, (_, index) => this.#keepUsers[index](pointOf(this.params, { kind: 'user', index }))),
  );
  readonly movies: readonly Vec2[] = $derived(
    Array.from({ length: MOVIES }, (_, index) => this.#keepMovies[index](pointOf(this.params, { kind: 'movie', index }))),
  );
  /** U V, 4 × 5 row-major: every predicted rating. */
  readonly predicted: Float64Array = $derived(predictAll(this.params, USERS, MOVIES, K));
  readonly loss = $derived(maskedLoss(this.ratings, this.params, K));
  /** The loss of the method's own factors, before dragging. */
  readonly baseLoss = $derived(maskedLoss(this.ratings, this.base, K));
  readonly blanks = $derived(this.ratings.reduce((n, row) => n + row.filter((r) => r === null).length, 0));

  /** The user whose predictions are drawn: the one under the pointer, else the chosen one. */
  readonly shownUser = $derived(this.peek ?? this.user);

  /** For each user, the blank cell with the highest predicted rating: what a recommender would suggest. */
  readonly suggestions = $derived(
    this.ratings.map((row, i) => {
      let best: number | null = null;
      for (let j = 0; j < MOVIES; j++)
        if (row[j] === null && (best === null || this.predicted[i * MOVIES + j] > this.predicted[i * MOVIES + best])) best = j;
      return best;
    }),
  );

  point(ref: Ref): Vec2 {
    return ref.kind === 'user' ? this.users[ref.index] : this.movies[ref.index];
  }

  nameOf(ref: Ref): string {
    return ref.kind === 'user' ? this.names.users[ref.index] : this.names.movies[ref.index];
  }

  readonly comparison = $derived.by(() => {
    const [a, b] = this.compare.map((r) => this.point(r));
    const dot = a[0] * b[0] + a[1] * b[1];
    return { a, b, dot, cos: cosineSimilarity(a, b), lengths: [Math.hypot(...a), Math.hypot(...b)] as const };
  });

  /** Ratings changed (a cell, a preset): training starts over, dragged points go back. */
  setRatings(r: Ratings): void {
    this.playback.stop();
    this.ratings = r;
    this.moved = [];
  }

  setRating(i: number, j: number, v: number | null): void {
    this.setRatings(this.ratings.map((row, a) => (a === i ? row.map((x, b) => (b === j ? v : x)) : row)));
  }

  loadPreset(id: string): void {
    const p = presetById(id);
    this.preset = p.id;
    this.setRatings(p.ratings);
    this.step = this.method === 'gd' ? 0 : this.step;
  }

  setMethod(m: Method): void {
    this.playback.stop();
    this.method = m;
    this.moved = [];
  }

  setLr(lr: number): void {
    this.playback.stop();
    this.lr = lr;
    this.moved = [];
  }

  setSeed(seed: number): void {
    this.playback.stop();
    this.seed = seed;
    this.step = 0;
    this.moved = [];
  }

  /** Shows step k of training (dragged points go back: the next step starts from the run's own factors). */
  goTo(k: number): void {
    this.playback.stop();
    this.step = Math.min(k, this.lastStep);
    this.moved = [];
  }

  /** Play from the step shown (from the start again when at the end). */
  play(): void {
    this.moved = [];
    if (this.step >= this.lastStep) this.step = 0;
    this.#clock = this.step;
    this.playback.play();
  }

  /** Puts one point where the learner dragged it. */
  move(ref: Ref, at: Vec2): void {
    this.playback.stop();
    this.moved = [...this.moved.filter((m) => !sameRef(m, ref)), { ...ref, at }];
  }

  resetMoved(): void {
    this.moved = [];
  }

  /** The numbers taken away: R, and U and V as drawn (dragged points where the learner put them). */
  get #exported() {
    return {
      ratings: this.ratings,
      method: this.method,
      params: this.params,
      k: K,
      step: this.step,
      lr: this.lr,
      seed: this.seed,
      moved: this.moved.length > 0,
      users: this.names.users,
      movies: this.names.movies,
    };
  }
  latex(): string {
    return embeddingsLatex(this.#exported);
  }
  numpy(): string {
    return embeddingsNumpy(this.#exported);
  }

  get snapshot(): EmbeddingsSnapshot {
    return {
      preset: this.preset,
      ratings: this.ratings,
      method: this.method,
      lr: this.lr,
      seed: this.seed,
      step: this.step,
      user: this.user,
      movie: this.movie,
      compare: this.compare,
      moved: this.moved,
    };
  }

  /** While training plays, what to share is where it is headed: the last step. */
  get settled(): EmbeddingsSnapshot | undefined {
    return this.playback.playing ? { ...this.snapshot, step: this.lastStep } : undefined;
  }

  restore(s: EmbeddingsSnapshot): void {
    this.playback.stop();
    this.preset = s.preset;
    this.ratings = s.ratings;
    this.method = s.method;
    this.lr = s.lr;
    this.seed = s.seed;
    this.step = s.step;
    this.user = s.user;
    this.movie = s.movie;
    this.compare = s.compare;
    this.moved = s.moved;
    this.peek = null;
  }

  /** Every point, and the origin every dot product is measured from. */
  frame(): Vec2[] {
    const origin: Vec2 = [0, 0];
    const pts: Vec2[] = [origin, ...this.users, ...this.movies].filter(
      (q) => Number.isFinite(q[0]) && Number.isFinite(q[1]) && Math.abs(q[0]) < 1e3 && Math.abs(q[1]) < 1e3,
    );
    // Room either side for the names beside the points ("Memento: 2.8 (not rated)" is long).
    const xs = pts.map((q) => q[0]);
    const pad = 0.12 * (Math.max(...xs) - Math.min(...xs));
    pts.push([Math.min(...xs) - pad, 0], [Math.max(...xs) + pad, 0]);
    return pts.filter((q) => Number.isFinite(q[0]) && Number.isFinite(q[1]) && Math.abs(q[0]) < 1e3 && Math.abs(q[1]) < 1e3);
  }
}
