// Limits that keep every later stage (parser recursion, tree walks, derivative
// growth) small, checked on the raw text before any of that work starts.

/** Longer texts are refused outright: nobody types a 1,000-character formula. */
export const MAX_LENGTH = 1000;
/** Bracket nesting; mathjs's parser recurses about twenty frames per level. */
export const MAX_DEPTH = 64;
/**
 * Nodes an expression may have to be differentiated. A derivative's tree can
 * grow with the square of its source (chain and product rules copy
 * subtrees), so this keeps a Jacobian well under the 50 ms input budget.
 */
export const MAX_DIFFERENTIABLE_SIZE = 160;
