// A formula the learner types (f(x, y), a field, a loss) as state: its text,
// what that text compiles to, and the formula in force — the last text that
// compiled. A scene's state owns one, so the picture follows the state, not a
// widget; the ExpressionInput only shows the text and the result.
// mathjs loads lazily: until it has, `result` and `inForce` are undefined.
import { loadEngine, peekEngine, type Engine, type Failure } from '../math/expr';

export type Compiled = { readonly ok: true; readonly tex: string };

// bench/typing sets this before the app loads, to time each step of a key's way to the screen
// with user-timing entries; otherwise nothing is recorded.
const timing = (globalThis as { __vpTiming?: boolean }).__vpTiming === true;

/** A user-timing measure from `start` (a performance.now()) to now, when bench/typing asks for them. */
export function timed(name: string, start: number, detail: Record<string, unknown>): void {
  if (timing) performance.measure(name, { start, end: performance.now(), detail });
}

/** Quiet time after the learner's last edit before the text counts as settled: a pause in typing. */
export const SETTLE_MS = 200;

export class Formula<T extends Compiled> {
  #text = $state('');
  /**
   * False while the learner is typing (an edit within the last SETTLE_MS), true once they pause
   * and for text from a link: a picture may be drawn coarser, and so sooner, until then.
   */
  settled = $state(true);
  #settling: ReturnType<typeof setTimeout> | undefined;
  engine = $state.raw<Engine | undefined>(peekEngine());
  loadFailed = $state(false);
  /** What was wrong with a text from a link (`load`), which was then replaced by the fallback. */
  problem = $state<string | null>(null);
  readonly fallback: string;
  readonly #compile: (engine: Engine, text: string) => T | Failure;
  /** A link's text waiting for the engine, to be checked when it arrives. */
  #pending: string | null = null;
  /** The derived's own memory of the last good formula, not state: nothing reacts to it directly. */
  #lastGood: { readonly result: T; readonly text: string } | undefined;

  /** `fallback` is the text in force until the learner's first good one, and what a bad link falls back to. */
  constructor(compile: (engine: Engine, text: string) => T | Failure, fallback: string) {
    this.#compile = compile;
    this.fallback = fallback;
    this.#text = fallback;
    // Loading mathjs is talking to the outside world; its arrival is an event like any other.
    if (!this.engine)
      loadEngine().then(
        (engine) => {
          this.engine = engine;
          if (this.#pending !== null && this.#pending === this.text) this.#check(this.#pending);
          this.#pending = null;
        },
        () => (this.loadFailed = true),
      );
  }

  get text(): string {
    return this.#text;
  }

  /** The learner's edit. The pause that settles it is a timer, an event from outside like a key. */
  set text(value: string) {
    this.#text = value;
    this.settled = false;
    clearTimeout(this.#settling);
    this.#settling = setTimeout(() => (this.settled = true), SETTLE_MS);
  }

  readonly result: T | Failure | undefined = $derived.by(() => {
    if (!this.engine) return undefined;
    const start = performance.now();
    const r = this.#compile(this.engine, this.text);
    timed('formula:compile', start, { text: this.text, ok: r.ok });
    return r;
  });

  /** The current text's result if it reads, else the last that did. */
  readonly inForce: { readonly result: T; readonly text: string } | undefined = $derived.by(() => {
    const r = this.result;
    if (r?.ok) this.#lastGood = { result: r, text: this.text };
    return this.#lastGood;
  });

  readonly error: Failure | undefined = $derived(this.result && !this.result.ok ? this.result : undefined);
  /** The text does not read, and an older formula is still shown. */
  readonly stale = $derived(this.error !== undefined && this.inForce !== undefined);

  /** Text from a link or a lesson: if it does not read, the fallback is used instead and the problem named. */
  load(text: string): void {
    this.problem = null;
    clearTimeout(this.#settling);
    this.settled = true;
    this.#text = text;
    this.#pending = null;
    if (this.engine) this.#check(text);
    else this.#pending = text;
  }

  #check(text: string): void {
    const r = this.#compile(this.engine!, text);
    if (!r.ok) {
      this.problem = `${r.message}; using ${this.fallback}`;
      this.#text = this.fallback;
    }
  }
}
