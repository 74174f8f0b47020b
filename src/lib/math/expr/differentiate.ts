// Partial derivatives as compiled expressions, with the size budget and the
// engine-bug guard in one place, for fields and gradients alike.

import type { Expr } from './ast';
import { derivativeSize } from './cost';
import { partial } from './derive';
import type { MathEngine } from './mathjs';
import { MAX_DERIVATIVE_SIZE } from './limits';

export type Partials =
  | { readonly ok: true; readonly d: readonly [Expr, Expr] }
  | { readonly ok: false; readonly message: string };

/** [∂e/∂v0, ∂e/∂v1] as trees, or why not. */
export function partials(m: MathEngine, e: Expr, variables: readonly string[]): Partials {
  const n = derivativeSize(e);
  if (n > MAX_DERIVATIVE_SIZE) {
    const about = Number(n.toPrecision(2)).toLocaleString('en');
    return { ok: false, message: `too complex to differentiate: its derivative would have about ${about} terms (the limit is ${MAX_DERIVATIVE_SIZE.toLocaleString('en')})` };
  }
  try {
    return { ok: true, d: [partial(m, e, variables, 0), partial(m, e, variables, 1)] };
  } catch (error) {
    // Only an engine bug lands here; the learner still gets a message, not a crash.
    return { ok: false, message: `could not differentiate this (${error instanceof Error ? error.message : String(error)})` };
  }
}
