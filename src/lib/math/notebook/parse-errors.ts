// The parser's complaints about Python a learner may type but the notebook
// does not take (^, comparisons, keywords, strings), each with its hint.
import type { Expr } from './ast';
import { fail, spanOf } from './failure';
import type { Token } from './lexer';
import type { Span } from './types';

export const CARET_HINT = 'NumPy has no A^T: write A.T (and ^ is not a power: use **)';
const MATMUL_HINT = 'write A @ x for matrix multiplication; * multiplies elementwise';

const span = (t: Token): Span => spanOf(t.start, t.end);

export function caretSpan(t: Token, after: Token): Span {
  return after.kind === 'name' && after.text === 'T' && after.start === t.end ? spanOf(t.start, after.end) : span(t);
}

export function unsupportedOperator(t: Token, after: Token): void {
  if (t.text === '^') fail('syntax', '^ is not a power or a transpose in Python', caretSpan(t, after), { hint: CARET_HINT });
  if (['==', '!=', '<', '>', '<=', '>='].includes(t.text))
    fail('syntax', `comparisons (${t.text}) are not supported here`, span(t), {
      hint: 'this notebook computes with numbers, vectors and matrices',
    });
  if (t.text === '//') fail('syntax', 'floor division // is not supported here', span(t), { hint: 'use / to divide' });
  if (['%', '<<', '>>', '&', '|', '~', '!'].includes(t.text)) fail('syntax', `the operator ${t.text} is not supported here`, span(t));
  if (t.text === '...') fail('syntax', '... (Ellipsis) is not supported here', span(t));
}

export function keyword(t: Token): never {
  if (t.text === 'True' || t.text === 'False' || t.text === 'None')
    fail('syntax', 'True, False and None are not supported here', span(t), { hint: 'this notebook computes with numbers, vectors and matrices' });
  if (t.text === 'import') fail('syntax', 'an import must be a cell of its own', span(t), { hint: 'write import numpy as np' });
  if (t.text === 'lambda') fail('syntax', 'lambda functions are not supported here', span(t));
  fail('syntax', `Python's ${t.text} is not supported here`, span(t), { hint: 'a cell holds one assignment (B = A @ x) or one expression' });
}

export function juxtaposed(left: Expr, t: Token): never {
  if (left.kind === 'number')
    fail('syntax', 'a number and a value side by side: Python needs an operator between them', span(t), {
      hint: `write ${left.text} * ${t.text} to multiply by a number`,
    });
  fail('syntax', 'two values side by side: Python needs an operator between them', span(t), { hint: MATMUL_HINT });
}

export function stringLiteral(t: Token): never {
  fail('syntax', 'strings are not supported here', span(t), { hint: 'this notebook computes with numbers, vectors and matrices' });
}

export function invalid(t: Token): never {
  fail('syntax', t.message as string, span(t), t.hint ? { hint: t.hint } : {});
}
