// Limits that keep every later stage (parser recursion, tree walks, derivative
// growth) small, checked on the raw text before any of that work starts.

/** Longer texts are refused outright: nobody types a 1,000-character formula. */
export const MAX_LENGTH = 1000;
/** Bracket nesting; mathjs's parser recurses about twenty frames per level. */
export const MAX_DEPTH = 64;
/**
 * Estimated nodes in one partial derivative (see calculus/derivative-size.ts).
 * Derivatives grow with the square of their source, and a field needs four:
 * this keeps a Jacobian well under the 50 ms an input event may take, while
 * any formula a learner types by hand (Rosenbrock: about 90) stays far below it.
 */
export const MAX_DERIVATIVE_SIZE = 2000;
