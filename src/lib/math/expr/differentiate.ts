// Partial derivatives as compiled expressions, with the size budget and the
// engine-bug guard in one place, for fields and gradients alike.

import { size, type Expr } from './ast';
import { partial } from './derive';
import type { MathEngine } from './mathjs';
import { MAX_DIFFERENTIABLE_SIZE } from './limits';

export type Partials =
  | { readonly ok: true; readonly d: readonly [Expr, Expr] }
  | { readonly ok: false; readonly message: string };

/** [∂e/∂v0, ∂e/∂v1] as trees, or why not. */
export function partials(m: MathEngine, e: Expr, variables: readonly string[]): Partials {
  const n = size(e);
  if (n > MAX_DIFFERENTIABLE_SIZE) {
    return { ok: false, message: `too long to differentiate: ${n} operations (the limit is ${MAX_DIFFERENTIABLE_SIZE})` };
  }
  try {
    return { ok: true, d: [partial(m, e, variables, 0), partial(m, e, variables, 1)] };
  } catch (error) {
    // Only an engine bug lands here; the learner still gets a message, not a crash.
    return { ok: false, message: `could not differentiate this (${error instanceof Error ? error.message : String(error)})` };
  }
}
