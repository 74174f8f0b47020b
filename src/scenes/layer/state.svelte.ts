// The Layer scene: one dense layer y = σ(W x + b) as a warp of the plane, scrubbed stage by
// stage (W, then + b, then σ) with a two-class data set moving along; and a tiny network
// 2 → 2 → 2 → 1 whose first layer is that same layer, trained live on the data set.
import type { Mat2 } from '../../lib/math/mat2';
import type { Vec2 } from '../../lib/math/vec2';
import type { SceneEnv } from '../../lib/kit/define';
import type { Optimizer } from '../../lib/math/optimize';
import { Playback } from '../../lib/kit/playback.svelte';
import { Toggles } from '../../lib/kit/toggles.svelte';
import { keepEqual } from '../../lib/kit/keep-equal';
import { createStepper, type Stepper } from '../../lib/math/optimizer-step';
import { ACTIVATIONS, type Activation } from '../../lib/math/nn/activation';
import { LAST_STAGE, isAffineStage, reluKinks, stageAffine, stageMap, type Layer } from '../../lib/math/nn/layer';
import { DATASETS, makeDataset, type DatasetName } from '../../lib/math/nn/datasets';
import { accuracy, forwardPass, initParams, lossAndGradient, P } from '../../lib/math/nn/network';
import { layerLatex, layerNumpy } from './export';

export { ACTIVATIONS, DATASETS };
export const OPTIMIZERS = ['gd', 'momentum', 'adam'] as const satisfies readonly Optimizer[];
export const OPTIMIZER_NAMES: Record<Optimizer, string> = { gd: 'gradient descent', momentum: 'momentum', adam: 'Adam' };

export const SHOW = ['grid', 'points', 'boundary'] as const;
export type Shown = (typeof SHOW)[number];

/** Weights and biases a link may set: a layer's picture is lost far beyond these. */
export const WEIGHT_LIMIT = 100;
export const LR = { min: 1e-4, max: 10 } as const;
export const SEED_MAX = 2 ** 31 - 1;
/** A run's longest: play stops there. */
export const MAX_STEPS = 3000;
/** Training steps per animation frame while playing: about 240 a second. */
export const STEPS_PER_FRAME = 4;
/** How many parameters follow the first layer's six (W₂, b₂, w₃, b₃). */
export const NET_SIZE = P.size - 6;

export type LayerSnapshot = {
  readonly w: Mat2;
  readonly b: Vec2;
  readonly act: Activation;
  readonly data: DatasetName;
  readonly seed: number;
  /** 0 (the input plane) to 3 (the whole layer): see math/nn/layer.ts. */
  readonly stage: number;
  /** The network's later layers: W₂ (row-major), b₂, w₃, b₃. */
  readonly net: readonly number[];
  readonly opt: Optimizer;
  readonly lr: number;
  readonly show: readonly Shown[];
};

/** The later layers' seeded start: what `net` is until the network is trained. */
export const seededNet = (seed: number): number[] => Array.from(initParams(seed).subarray(6));

export const DEFAULTS: LayerSnapshot = {
  w: [
    [1.2, -0.9],
    [0.7, 1.1],
  ],
  b: [0.3, -0.4],
  act: 'tanh',
  data: 'moons',
  seed: 1,
  stage: LAST_STAGE,
  net: seededNet(1),
  opt: 'adam',
  lr: 0.05,
  show: ['grid', 'points', 'boundary'],
};

export class LayerState {
  w = $state.raw<Mat2>(DEFAULTS.w);
  b = $state.raw<Vec2>(DEFAULTS.b);
  act = $state<Activation>(DEFAULTS.act);
  data = $state<DatasetName>(DEFAULTS.data);
  seed = $state(DEFAULTS.seed);
  stage = $state(DEFAULTS.stage);
  net = $state.raw<readonly number[]>(DEFAULTS.net);
  opt = $state<Optimizer>(DEFAULTS.opt);
  lr = $state(DEFAULTS.lr);
  readonly show = new Toggles(SHOW, DEFAULTS.show);

  /** The stages played in turn, about 0.9 s each; under reduced motion the stage jumps. */
  readonly stages: Playback;
  /** Training: an open-ended clock, a few optimizer steps a frame. */
  readonly training: Playback;
  #stageFrom = 0;
  #stageTo = LAST_STAGE;

  constructor(env: SceneEnv) {
    this.stages = new Playback({
      duration: 900 * LAST_STAGE,
      frame: (u) => (this.stage = this.#stageFrom + (this.#stageTo - this.#stageFrom) * u),
      reducedMotion: () => env.display.reducedMotion,
      onplay: () => env.edit('start', 'stages'),
      onstop: () => env.edit('end', 'stages'),
    });
    this.training = new Playback({
      frame: () => {
        this.train(STEPS_PER_FRAME);
        if (this.diverged || this.steps >= MAX_STEPS) this.training.stop();
      },
      reducedMotion: () => env.display.reducedMotion,
      onplay: () => env.edit('start', 'train'),
      onstop: () => env.edit('end', 'train'),
    });
  }

  /** Moves the stage to `to`, animated (about 0.9 s per stage), or at once under reduced motion. */
  goToStage(to: number): void {
    this.stages.stop();
    this.#stageFrom = this.stage;
    this.#stageTo = Math.max(0, Math.min(LAST_STAGE, to));
    if (this.#stageFrom === this.#stageTo) return;
    this.stages.play(0);
  }

  /** Plays every stage from the input plane. */
  playStages(): void {
    this.stages.stop();
    this.stage = 0;
    this.goToStage(LAST_STAGE);
  }

  readonly dataset = $derived(makeDataset(this.data, this.seed));
  readonly layer: Layer = $derived({ w: this.w, b: this.b, activation: this.act });
  /** The map the plane shows at the stage shown, and the same as a matrix and a shift while it is affine. */
  readonly map = $derived(stageMap(this.layer, this.stage));
  readonly affine = $derived(isAffineStage(this.stage) ? stageAffine(this.layer, this.stage) : null);
  /** ReLU bends a straight line only where W x + b crosses an axis: the grid is drawn exactly there too. */
  readonly bends = $derived.by(() => {
    const layer = this.layer;
    return layer.activation === 'relu' ? (p: Vec2, q: Vec2) => reluKinks(layer, p, q) : undefined;
  });

  /** All fifteen parameters: the first layer (W, b) and the rest. */
  readonly params = $derived.by(() => {
    const p = new Float64Array(P.size);
    p.set([this.w[0][0], this.w[0][1], this.w[1][0], this.w[1][1], this.b[0], this.b[1]]);
    p.set(this.net, 6);
    return p;
  });

  readonly loss = $derived(lossAndGradient(this.params, this.act, this.dataset.xy, this.dataset.label, new Float64Array(P.size)));
  readonly accuracy = $derived(accuracy(this.params, this.act, this.dataset.xy, this.dataset.label));

  /** The data set after the first hidden layer and after the second: x₀, y₀, x₁, y₁, … each. */
  readonly hidden = $derived.by(() => {
    const { xy, count } = this.dataset;
    const h1 = new Float64Array(2 * count);
    const h2 = new Float64Array(2 * count);
    const pass = forwardPass(this.params, this.act, 0, 0);
    for (let i = 0; i < count; i++) {
      forwardPass(this.params, this.act, xy[2 * i], xy[2 * i + 1], pass);
      h1[2 * i] = pass.h1[0];
      h1[2 * i + 1] = pass.h1[1];
      h2[2 * i] = pass.h2[0];
      h2[2 * i + 1] = pass.h2[1];
    }
    return { h1, h2 };
  });

  // ── Training ──
  #stepper: Stepper | null = null;
  #stepperKey = '';
  #grad = new Float64Array(P.size);
  /** The run's losses: history[k] after k steps (the last is the current loss, kept apart). */
  #history = new Float64Array(MAX_STEPS + 1);
  steps = $state(0);
  diverged = $state(false);

  /** The current run's loss by step, ending with the loss now: a new array whenever it grows. */
  readonly lossCurve = $derived.by(() => {
    const n = this.steps;
    const curve = new Float64Array(n + 1);
    curve.set(this.#history.subarray(0, n));
    curve[n] = this.loss;
    return curve;
  });

  /** Starts the loss curve again (a hand edit, another data set, another optimizer): the curve tells one run. */
  newRun(): void {
    this.training.stop();
    this.#stepper = null;
    this.steps = 0;
    this.diverged = false;
  }

  /** Takes k optimizer steps on all the network's parameters. */
  train(k: number): void {
    const key = `${this.opt}:${this.lr}`;
    if (!this.#stepper || key !== this.#stepperKey) {
      this.#stepper = createStepper(P.size, { optimizer: this.opt, lr: this.lr });
      this.#stepperKey = key;
    }
    const p = Float64Array.from(this.params);
    const { xy, label } = this.dataset;
    let steps = this.steps;
    for (let i = 0; i < k && steps < MAX_STEPS; i++) {
      const loss = lossAndGradient(p, this.act, xy, label, this.#grad);
      if (!this.#stepper.step(p, this.#grad)) {
        this.diverged = true;
        break;
      }
      this.#history[steps++] = loss;
    }
    this.steps = steps;
    this.w = [
      [p[0], p[1]],
      [p[2], p[3]],
    ];
    this.b = [p[4], p[5]];
    this.net = Array.from(p.subarray(6));
  }

  /** Back to the seed's start: every weight drawn again, the curve empty. */
  reset(): void {
    const p = initParams(this.seed);
    this.w = [
      [p[0], p[1]],
      [p[2], p[3]],
    ];
    this.b = [p[4], p[5]];
    this.net = Array.from(p.subarray(6));
    this.newRun();
  }

  /** Whether the later layers are not the seed's start: the network was trained. */
  readonly trained = $derived(!sameNumbers(this.net, seededNet(this.seed)));

  /** Moves a column of W (where the layer sends î or ĵ before the shift). */
  setColumn(col: 0 | 1, v: Vec2): void {
    const rows = this.w.map((r) => [...r]) as [[number, number], [number, number]];
    rows[0][col] = v[0];
    rows[1][col] = v[1];
    this.w = rows;
    this.newRun();
  }

  // The columns of W as handles: the same array while a column's numbers stay put.
  readonly #keepI = keepEqual<Vec2>();
  readonly #keepJ = keepEqual<Vec2>();
  readonly i: Vec2 = $derived(this.#keepI([this.w[0][0], this.w[1][0]]));
  readonly j: Vec2 = $derived(this.#keepJ([this.w[0][1], this.w[1][1]]));

  /** The numbers taken away: every weight, and the data set the scene trains on. */
  get #exported() {
    return { w: this.w, b: this.b, act: this.act, net: this.net, dataset: this.dataset, seed: this.seed };
  }
  latex(): string {
    return layerLatex(this.#exported);
  }
  numpy(): string {
    return layerNumpy(this.#exported);
  }

  get snapshot(): LayerSnapshot {
    return {
      w: this.w,
      b: this.b,
      act: this.act,
      data: this.data,
      seed: this.seed,
      stage: this.stage,
      net: this.net,
      opt: this.opt,
      lr: this.lr,
      show: this.show.list,
    };
  }

  /** A stage animation is shared where it ends. */
  get settled(): LayerSnapshot | undefined {
    return this.stages.playing ? { ...this.snapshot, stage: this.#stageTo } : undefined;
  }

  restore(s: LayerSnapshot): void {
    this.stages.stop();
    this.w = s.w;
    this.b = s.b;
    this.act = s.act;
    this.data = s.data;
    this.seed = s.seed;
    this.stage = s.stage;
    this.net = s.net;
    this.opt = s.opt;
    this.lr = s.lr;
    this.show.list = s.show;
    this.newRun();
  }

  /**
   * A link shows the data set where the stage shown puts it (so a squashed plane is not a speck in
   * the middle), the columns of W and b.
   */
  frame(): Vec2[] {
    const { xy, count } = this.dataset;
    const out = new Float64Array(2);
    let x0 = -1.5,
      x1 = 1.5,
      y0 = -1.5,
      y1 = 1.5;
    for (let i = 0; i < count; i++) {
      this.map(xy[2 * i], xy[2 * i + 1], out, 0);
      if (!(Math.abs(out[0]) < 50 && Math.abs(out[1]) < 50)) continue;
      x0 = Math.min(x0, out[0]);
      x1 = Math.max(x1, out[0]);
      y0 = Math.min(y0, out[1]);
      y1 = Math.max(y1, out[1]);
    }
    const pts: Vec2[] = [[x0, y0], [x1, y1], this.i, this.j, this.b];
    return pts.filter((q) => Math.abs(q[0]) < 50 && Math.abs(q[1]) < 50);
  }
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= 1e-9 * Math.max(1, Math.abs(b[i])));
}
