// The Matrices scene: a NumPy notebook of one-line cells, run in order by the notebook engine
// (lib/math/notebook), and the picture of one cell: its operands and result as grids, with the
// rule that made it (entry by entry, broadcasting, row·column products, the flip of a transpose).
import { LIMITS, runNotebook, type CellResult } from '../../lib/math/notebook';
import type { SceneEnv } from '../../lib/kit/define';
import { Playback } from '../../lib/kit/playback.svelte';
import { LESSONS } from './lessons';
import { matmulPlan, type MatmulPlan } from './matmul';
import { toPython } from '../../lib/math/notebook';
import { latexCell } from '../../lib/export/notebook-latex';

export type MatricesSnapshot = {
  readonly cells: readonly string[];
  /** The cell whose picture is shown, 0-based. */
  readonly focus: number;
  /** For a matrix product: the result entry being worked out, in reading order (0 = row 0, column 0). */
  readonly step: number;
};

/** The lesson's matmul notebook: A @ x = [17, 39] is the first picture. */
export const DEFAULTS: MatricesSnapshot = { cells: LESSONS[3].cells, focus: LESSONS[3].focus, step: 0 };

/** Steps of a product a second while playing. */
const STEPS_PER_SECOND = 1.2;

export class MatricesState {
  readonly #env: SceneEnv;
  cells = $state.raw<readonly string[]>(DEFAULTS.cells);
  #focus = $state(DEFAULTS.focus);
  #step = $state(DEFAULTS.step);
  /** A result entry pointed at (hover or keyboard focus) in the picture: [row, column] or [index] for 1-D. */
  pointed = $state.raw<readonly number[] | null>(null);
  readonly playback: Playback;
  #clock = 0;

  constructor(env: SceneEnv) {
    this.#env = env;
    this.playback = new Playback({
      frame: (_u, dtMs) => {
        const plan = this.plan;
        if (!plan) return this.playback.stop();
        this.#clock = Math.min(plan.entries.length - 1, this.#clock + (STEPS_PER_SECOND * dtMs) / 1000);
        const next = Math.floor(this.#clock);
        if (next !== this.#step) this.#step = next;
        if (next >= plan.entries.length - 1) this.playback.stop();
      },
      // Playing steps from entry to entry, a change a second with nothing moving: it plays under reduced motion too.
      reducedMotion: () => false,
      onplay: () => env.edit('start', 'play'),
      onstop: () => env.edit('end', 'play'),
    });
  }

  /** Every cell's result, run again on every change of any cell (well under a millisecond for a lesson). */
  readonly results: readonly CellResult[] = $derived(runNotebook(this.cells));

  get focus(): number {
    return Math.max(0, Math.min(this.#focus, this.cells.length - 1));
  }
  set focus(k: number) {
    if (k === this.#focus) return;
    this.#focus = k;
    this.#step = 0;
    this.pointed = null;
    this.playback.stop();
  }

  /** The focused cell's result. */
  readonly result: CellResult | null = $derived(this.results[this.focus] ?? null);

  /**
   * While the focused cell has an error (half-typed, say), the last value it had that worked, to
   * show dimmed under the message: the picture does not vanish on every key. Null otherwise.
   */
  readonly lastGood = $derived.by(() => {
    const r = this.result;
    const key = `${this.focus}`;
    if (r?.ok) {
      this.#good.set(key, r);
      return null;
    }
    return this.#good.get(key) ?? null;
  });
  /** Not state: the derived's own memory, by cell position (forgotten when cells move). */
  readonly #good = new Map<string, Extract<CellResult, { ok: true }>>();

  /** When the focused cell is a matrix product: its entries, each a row·column sum. */
  readonly plan: MatmulPlan | null = $derived.by(() => {
    const r = this.result;
    return r?.ok && r.provenance.op === 'matmul' ? matmulPlan(r.provenance.left.value, r.provenance.right.value) : null;
  });

  /** The product's entry being worked out, never past the last. */
  get step(): number {
    const n = this.plan?.entries.length ?? 0;
    return n ? Math.max(0, Math.min(this.#step, n - 1)) : 0;
  }
  set step(k: number) {
    this.#step = k;
  }

  /** Play the product entry by entry (from the first again when at the end). */
  play(): void {
    const n = this.plan?.entries.length ?? 0;
    if (n === 0) return;
    if (this.step >= n - 1) this.#step = 0;
    this.#clock = this.#step;
    this.playback.play();
  }

  /** Replaces cell k's text. */
  setCell(k: number, text: string): void {
    if (k < 0 || k >= this.cells.length) return;
    this.cells = this.cells.map((c, i) => (i === k ? text : c));
  }

  /** A new empty cell after k (at the end when k is the last), focused; none beyond the limit. */
  addCell(after = this.cells.length - 1): number | null {
    if (this.cells.length >= LIMITS.cells) return null;
    const at = Math.max(0, Math.min(after + 1, this.cells.length));
    this.cells = [...this.cells.slice(0, at), '', ...this.cells.slice(at)];
    this.focus = at;
    return at;
  }

  removeCell(k: number): void {
    if (this.cells.length <= 1 || k < 0 || k >= this.cells.length) return;
    this.#good.clear();
    this.cells = this.cells.filter((_, i) => i !== k);
    if (this.#focus >= this.cells.length || this.#focus > k) this.focus = Math.max(0, this.#focus - 1);
  }

  /** Moves cell k up (−1) or down (+1); the focus goes with it. */
  moveCell(k: number, by: -1 | 1): void {
    const to = k + by;
    if (to < 0 || to >= this.cells.length) return;
    const next = [...this.cells];
    [next[k], next[to]] = [next[to], next[k]];
    this.#good.clear();
    this.cells = next;
    if (this.#focus === k) this.#focus = to;
    else if (this.#focus === to) this.#focus = k;
  }

  loadLesson(name: string): void {
    const lesson = LESSONS.find((l) => l.name === name);
    if (!lesson) return;
    this.playback.stop();
    this.#good.clear();
    this.cells = lesson.cells;
    this.#focus = lesson.focus;
    this.#step = 0;
    this.pointed = null;
  }

  /** The lesson these cells are, if any. */
  readonly lesson = $derived(LESSONS.find((l) => l.cells.length === this.cells.length && l.cells.every((c, i) => c === this.cells[i])));

  /** The picture's cell as LaTeX: its operands' numbers and its result. */
  latex(): string {
    const text = this.result && latexCell(this.result);
    if (!text) throw new Error(`cell ${this.focus + 1} has no value to write down`);
    return text + '\n';
  }
  /** The notebook as a Python script (the panel's "Copy as Python"). */
  numpy(): string {
    return toPython(this.cells);
  }

  get snapshot(): MatricesSnapshot {
    return { cells: this.cells, focus: this.focus, step: this.step };
  }

  restore(s: MatricesSnapshot): void {
    this.playback.stop();
    this.cells = s.cells;
    this.#focus = s.focus;
    this.#step = s.step;
    this.pointed = null;
  }
}
