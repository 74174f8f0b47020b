// mathjs reports syntax errors as exceptions with a 1-based `char`. This turns
// them into a DraftFailure over a token of the normalised text, worded for learners.

import { draftFailure, type DraftFailure } from './draft-failure';
import type { Token } from './scan';

function tokenAt(tokens: readonly Token[], index: number): Token | undefined {
  return tokens.find((t) => t.from <= index && index < t.to) ?? tokens.find((t) => t.from >= index);
}

export function draftFromSyntaxError(error: unknown, text: string, tokens: readonly Token[]): DraftFailure {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.replace(/\s*\(char \d+\)\s*$/, '');
  const char = (error as { char?: unknown } | null)?.char;
  const last = tokens.at(-1);
  const index = typeof char === 'number' && Number.isFinite(char) ? char - 1 : -1;
  const token = index >= 0 ? tokenAt(tokens, index) : undefined;

  if (/^Unexpected end of expression/.test(message) || (token === undefined && last)) {
    if (!last) return draftFailure(0, text.length, () => 'type an expression, e.g. x^2 + y^2');
    return draftFailure(last.from, last.to, (at) => `something is missing after "${last.text}" ${at}`);
  }
  if (!token) return draftFailure(0, text.length, () => `cannot read this: ${message}`);
  const span = (say: (at: string) => string) => draftFailure(token.from, token.to, say);
  if (token.kind === 'comma') {
    return span((at) => `"," ${at} only separates a function's arguments, as in atan2(y, x); a field is written (P, Q)`);
  }
  if (/^Value expected/.test(message)) {
    return span((at) =>
      token.kind === 'op' || token.kind === 'close' ? `"${token.text}" ${at} needs a number, a name or "(" before it` : `a value is missing ${at}`,
    );
  }
  if (/^Unexpected (part|operator)/.test(message)) {
    return span((at) => `unexpected "${token.text}" ${at}${token.kind === 'num' ? ' — is an operator missing?' : ''}`);
  }
  if (/^Parenthesis \) expected/.test(message)) return span((at) => `")" expected ${at}`);
  return span((at) => `${message} ${at}`);
}
