// A formula the learner types (f(x, y), a field, a loss) as state: its text,
// what that text compiles to, and the formula in force — the last text that
// compiled. A scene's state owns one, so the picture follows the state, not a
// widget; the ExpressionInput only shows the text and the result.
// mathjs loads lazily: until it has, `result` and `inForce` are undefined.
import { loadEngine, peekEngine, type Engine, type Failure } from '../math/expr';

export type Compiled = { readonly ok: true; readonly tex: string };

export class Formula<T extends Compiled> {
  text = $state('');
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
    this.text = fallback;
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

  readonly result: T | Failure | undefined = $derived.by(() => (this.engine ? this.#compile(this.engine, this.text) : undefined));

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
    this.text = text;
    this.#pending = null;
    if (this.engine) this.#check(text);
    else this.#pending = text;
  }

  #check(text: string): void {
    const r = this.#compile(this.engine!, text);
    if (!r.ok) {
      this.problem = `${r.message}; using ${this.fallback}`;
      this.text = this.fallback;
    }
  }
}
