// What a challenge asks and how close the learner is. A goal is one of a small vocabulary of
// kinds (goals.ts); each reads its own parameters from the challenge link, with the same care as
// any link (a bad value gets a message and a sensible default), and measures a scene's state in
// that scene's own terms: |det A|, the angle between x and A x, ‖A x − b‖, steps to converge.
// Pure: no DOM, no Svelte, so Node tests every kind at its tolerance edges.
import type { Engine } from '../lib/math/expr/engine';
import type { ParamReader } from '../lib/url/params';

/** How close the scene's state is to the goal, as the meter shows it. */
export type Reading = {
  readonly reached: boolean;
  /** 0 (far off) to 1 (there): the meter's fill. */
  readonly closeness: number;
  /** The distance in the scene's terms, with the goal beside it: "|det A| = 0.42; the goal is below 0.05". */
  readonly text: string;
  /** Why this is the answer, with the numbers: shown once the goal is reached. */
  readonly why: string;
  /** A rule of the challenge that the state breaks ("a has moved"): the goal is not reached until it is mended. */
  readonly broken?: string;
  /** A formula to typeset beside the explanation (KaTeX source), when the scene has one: ∇ · F = 0. */
  readonly tex?: string;
};

/** What a measure may need beyond the state: the expression engine, once it has loaded (null until then). */
export type GoalContext = { readonly engine: Engine | null };

export interface GoalKind<S = any, P = any> {
  /** The word in the link: `goal=det`. */
  readonly id: string;
  /** The scene the goal is measured in. */
  readonly scene: string;
  /** The parameter names this kind reads, besides `goal` (a link with others gets a message). */
  readonly keys: readonly string[];
  /** Reads the parameters; problems go to the reader. */
  read(r: ParamReader): P;
  /** The parameters as link pairs, defaults left out. */
  write(p: P): readonly (readonly [string, string | null])[];
  /** The goal in one sentence, when the challenge gives none: "Make det A = 0". */
  describe(p: P): string;
  /** How close `state` is; `start` is the state the challenge opened with (for the rules that keep something fixed). */
  measure(state: S, start: S, p: P, ctx: GoalContext): Reading;
}

/**
 * The meter's fill for a distance d ≥ 0 against a tolerance: 1 within it, falling on a log scale
 * to 0 at 1,000 times it, so the last stretch towards the goal still moves the meter.
 */
export function closenessOf(d: number, tol: number): number {
  if (!(d > tol)) return Number.isNaN(d) ? 0 : 1;
  if (!Number.isFinite(d)) return 0;
  return Math.max(0, 1 - Math.log10(d / tol) / 3) * 0.95;
}

/** A reading that cannot be taken yet (the engine loading) or at all (the formula does not read). */
export const waiting = (text: string): Reading => ({ reached: false, closeness: 0, text, why: '' });
