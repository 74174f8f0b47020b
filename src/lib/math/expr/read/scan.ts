// A lexical allow-list run before mathjs sees the text. Only letters, digits,
// spaces, + - * / ^ ( ) , and decimal points get through, so strings, property
// access, assignment, matrices, comments, unicode look-alikes and the rest of
// mathjs's grammar never reach its parser. It also finds unbalanced and too
// deep brackets with exact positions, before parsing work can grow with them.

import { MAX_DEPTH } from '../limits';
import { draftFailure, type DraftFailure } from './draft-failure';

export type TokenKind = 'num' | 'ident' | 'op' | 'open' | 'close' | 'comma';
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

export type Scan = { readonly ok: true; readonly tokens: readonly Token[] } | { readonly ok: false; readonly draft: DraftFailure };

/** Names mathjs turns into constants or operators; none of them is a number a learner means. */
const KEYWORDS: Readonly<Record<string, string>> = {
  Infinity: 'is not allowed — to see where f blows up, plot it',
  NaN: 'is not allowed',
  true: 'is not a number',
  false: 'is not a number',
  null: 'is not a number',
  undefined: 'is not a number',
  and: 'is not supported: logic has no place in a formula here',
  or: 'is not supported: logic has no place in a formula here',
  xor: 'is not supported: logic has no place in a formula here',
  not: 'is not supported: logic has no place in a formula here',
  to: 'is not supported: units are not part of these formulas',
  in: 'is not supported: units are not part of these formulas',
};

const CHAR_HINTS: Readonly<Record<string, string>> = {
  '=': 'type only the right-hand side, e.g. x^2 + y^2',
  '"': 'quoted text is not allowed',
  "'": 'quotes and transposes are not allowed',
  '`': 'quoted text is not allowed',
  '!': 'factorials are not supported',
  '%': 'for a remainder write mod(a, b)',
  ';': 'type one expression',
  '\n': 'type one expression on one line',
  '\r': 'type one expression on one line',
  '[': 'use ( ) for grouping; [P, Q] only writes a whole field',
  ']': 'use ( ) for grouping; [P, Q] only writes a whole field',
  '{': 'use ( ) for grouping',
  '}': 'use ( ) for grouping',
  '<': 'comparisons are not supported',
  '>': 'comparisons are not supported',
  '&': 'logic is not supported',
  '|': 'for an absolute value write abs(x)',
  '?': 'conditions are not supported',
  ':': 'ranges are not supported',
  '~': 'logic is not supported',
  '\\': 'type sqrt(x), not \\sqrt{x}',
  '#': 'comments are not supported',
  $: 'names are letters, digits and _',
  '@': 'not part of a formula',
};

const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';

/** The character at i as the learner sees it: a whole surrogate pair, not half of one. */
function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i) ?? 0;
  return String.fromCodePoint(cp);
}

function describe(ch: string): string {
  if (ch === '\n' || ch === '\r') return 'a line break';
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 32 || (cp >= 0x7f && cp < 0xa0)) return `control character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${ch}"`;
}

export function scan(text: string): Scan {
  const tokens: Token[] = [];
  const opens: number[] = [];
  const bad = (d: DraftFailure): Scan => ({ ok: false, draft: d });
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ') {
      i++;
    } else if (isDigit(c) || (c === '.' && isDigit(text[i + 1] ?? ''))) {
      let j = i;
      while (isDigit(text[j] ?? '')) j++;
      if (text[j] === '.') {
        j++;
        while (isDigit(text[j] ?? '')) j++;
      }
      // mathjs reads 2e3 as 2000 but 2e as 2·e; mirror that so names stay names.
      if ((text[j] === 'e' || text[j] === 'E') && (isDigit(text[j + 1] ?? '') || ('+-'.includes(text[j + 1] ?? '_') && isDigit(text[j + 2] ?? '')))) {
        j += 2;
        while (isDigit(text[j] ?? '')) j++;
      }
      const literal = text.slice(i, j);
      if (literal === '0' && /[xXbBoO]/.test(text[j] ?? '')) {
        return bad(draftFailure(i, j + 1, (at) => `"0${text[j]}" ${at} reads as a hex, binary or octal number — write 0*${text[j]} for a product`));
      }
      tokens.push({ kind: 'num', text: literal, from: i, to: j });
      i = j;
    } else if (isLetter(c)) {
      let j = i;
      while (isLetter(text[j] ?? '') || isDigit(text[j] ?? '')) j++;
      const name = text.slice(i, j);
      if (Object.hasOwn(KEYWORDS, name)) return bad(draftFailure(i, j, (at) => `"${name}" ${at} ${KEYWORDS[name]}`));
      tokens.push({ kind: 'ident', text: name, from: i, to: j });
      i = j;
    } else if ('+-*/^'.includes(c)) {
      tokens.push({ kind: 'op', text: c, from: i, to: i + 1 });
      i++;
    } else if (c === '(') {
      if (opens.length >= MAX_DEPTH) {
        return bad(draftFailure(i, i + 1, (at) => `brackets nested deeper than ${MAX_DEPTH} levels ${at}`));
      }
      opens.push(i);
      tokens.push({ kind: 'open', text: c, from: i, to: i + 1 });
      i++;
    } else if (c === ')') {
      if (opens.pop() === undefined) return bad(draftFailure(i, i + 1, (at) => `")" ${at} has no matching "("`));
      tokens.push({ kind: 'close', text: c, from: i, to: i + 1 });
      i++;
    } else if (c === ',') {
      tokens.push({ kind: 'comma', text: c, from: i, to: i + 1 });
      i++;
    } else if (c === '.') {
      return bad(draftFailure(i, i + 1, (at) => `"." ${at} can only be a decimal point, as in 0.5`));
    } else {
      const ch = charAt(text, i);
      const hint = CHAR_HINTS[c];
      return bad(draftFailure(i, i + ch.length, (at) => `${describe(ch)} ${at} is not allowed${hint ? ' — ' + hint : ''}`));
    }
  }
  const open = opens.pop();
  if (open !== undefined) {
    return bad(draftFailure(open, text.length, (at) => `"(" ${at} is never closed — add ")"`));
  }
  return { ok: true, tokens };
}
