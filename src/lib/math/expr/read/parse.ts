// Text → validated tree: size limits, unicode normalisation, the lexical
// allow-list, mathjs's parser, then the tree allow-list. Every way out that
// is not a tree is a Failure positioned in the learner's own text.

import type { MathNode } from 'mathjs';
import { failure, type Failure } from '../failure';
import { MAX_LENGTH } from '../limits';
import type { Expr } from '../tree/ast';
import type { DraftFailure } from './draft-failure';
import { normalizeText, toOriginal, type Normalized } from './normalize-text';
import { scan, type Token } from './scan';
import { draftFromSyntaxError } from './syntax-error';
import { validate, type Rejection } from './validate';

export type MathParse = (text: string) => MathNode;
export type Parsed = { readonly ok: true; readonly expr: Expr } | Failure;

function report(n: Normalized, d: DraftFailure): Failure {
  const { from, to } = toOriginal(n, d.from, d.to);
  return failure(d.say(`at column ${from + 1}`), from, to, n.originalLength);
}

function locate(r: Rejection, tokens: readonly Token[], length: number): DraftFailure {
  const { ident, called } = r.locate;
  const hit =
    ident === undefined
      ? undefined
      : tokens.find((t, i) => t.kind === 'ident' && t.text === ident && (called === undefined || (tokens[i + 1]?.kind === 'open') === called));
  return { from: hit?.from ?? 0, to: hit?.to ?? length, say: r.say };
}

/**
 * mathjs reads "mod" after a value as its infix operator, so 2 mod(x, 3)
 * would be 2 mod (x, 3), a syntax error. Where "mod(" opens an argument list
 * (a top-level comma inside), rename the call to Mod, same length so offsets
 * hold; validate.ts reads Mod as mod.
 */
function protectModCalls(text: string, tokens: readonly Token[]): string {
  let out = text;
  tokens.forEach((t, i) => {
    if (t.kind !== 'ident' || t.text !== 'mod' || tokens[i + 1]?.kind !== 'open') return;
    let depth = 0;
    for (let j = i + 1; j < tokens.length; j++) {
      const k = tokens[j].kind;
      if (k === 'open') depth++;
      else if (k === 'close' && --depth === 0) return;
      else if (k === 'comma' && depth === 1) {
        out = out.slice(0, t.from) + 'Mod' + out.slice(t.to);
        return;
      }
    }
  });
  return out;
}

export function parseExpression(text: string, variables: readonly string[], parse: MathParse): Parsed {
  if (typeof text !== 'string') return failure('the expression must be text', 0, 0, 0);
  if (text.length > MAX_LENGTH) {
    return failure(
      `too long: ${text.length.toLocaleString('en')} characters (the limit is ${MAX_LENGTH.toLocaleString('en')})`,
      MAX_LENGTH,
      text.length,
      text.length,
    );
  }
  if (text.trim() === '') return failure('type an expression, e.g. x^2 + y^2', 0, text.length, text.length);

  const n = normalizeText(text);
  const scanned = scan(n.text);
  if (!scanned.ok) return report(n, scanned.draft);

  let tree: MathNode;
  try {
    tree = parse(protectModCalls(n.text, scanned.tokens));
  } catch (error) {
    return report(n, draftFromSyntaxError(error, n.text, scanned.tokens));
  }

  const valid = validate(tree, variables);
  if (valid.ok) return valid;
  const drafts = valid.rejections.map((r) => locate(r, scanned.tokens, n.text.length));
  // Report the leftmost: it is the one the learner reads first.
  const first = drafts.reduce((a, b) => (b.from < a.from ? b : a));
  return report(n, first);
}
