// A field typed as one text, (P, Q) or [P, Q]: find the two component spans.
// mathjs reads neither as a pair, so the split happens here, on brackets and
// top-level commas, keeping offsets into the learner's text.

import { failure, type Failure } from '../failure';
import { MAX_DEPTH } from '../limits';

export interface Span {
  readonly from: number;
  readonly to: number;
}
export type Split = { readonly ok: true; readonly parts: readonly [Span, Span] } | Failure;

const CLOSER: Readonly<Record<string, string>> = { '(': ')', '[': ']' };
const at = (i: number) => `at column ${i + 1}`;

export function splitPair(text: string): Split {
  const n = text.length;
  const fail = (message: string, from: number, to: number) => failure(message, from, to, n);
  const first = text.search(/\S/);
  let last = n - 1;
  while (last >= 0 && /\s/.test(text[last])) last--;
  const example = 'write a field as (P, Q), e.g. (-y, x)';
  if (first < 0) return fail(`type a field, e.g. (-y, x)`, 0, n);

  // One pass: brackets must match; commas are kept with their depth, and where the first
  // character's bracket (if it is one) closes.
  const stack: number[] = [];
  const commas: { at: number; depth: number }[] = [];
  let firstCloses = -1;
  for (let i = first; i <= last; i++) {
    const c = text[i];
    if (c === '(' || c === '[') {
      if (stack.length > MAX_DEPTH) return fail(`brackets nested deeper than ${MAX_DEPTH} levels ${at(i)}`, i, i + 1);
      stack.push(i);
    } else if (c === ')' || c === ']') {
      const o = stack.pop();
      if (o === undefined) return fail(`"${c}" ${at(i)} has no matching opening bracket`, i, i + 1);
      if (CLOSER[text[o]] !== c) return fail(`"${c}" ${at(i)} does not close "${text[o]}" ${at(o)}`, o, i + 1);
      if (o === first) firstCloses = i;
    } else if (c === ',') {
      commas.push({ at: i, depth: stack.length });
    }
  }
  const unclosed = stack.pop();
  if (unclosed !== undefined) return fail(`"${text[unclosed]}" ${at(unclosed)} is never closed`, unclosed, n);

  // (P, Q) or [P, Q]: one bracket around everything. Otherwise P, Q bare, as a link writes it
  // (F=2x,x^2), split at the comma outside every bracket.
  const enclosed = firstCloses === last;
  const separators = commas.filter((c) => c.depth === (enclosed ? 1 : 0)).map((c) => c.at);
  if (separators.length === 0) {
    if (firstCloses >= 0 && !enclosed)
      return fail(`${example} — the bracket ${at(first)} closes ${at(firstCloses)}, before the end`, firstCloses + 1, last + 1);
    return fail(enclosed ? `${example} — a comma must separate P and Q` : example, first, last + 1);
  }
  if (separators.length > 1)
    return fail(`a plane field has two components; the comma ${at(separators[1])} starts a third`, separators[1], enclosed ? last : last + 1);

  const parts: [Span, Span] = enclosed
    ? [
        { from: first + 1, to: separators[0] },
        { from: separators[0] + 1, to: last },
      ]
    : [
        { from: first, to: separators[0] },
        { from: separators[0] + 1, to: last + 1 },
      ];
  for (const [k, p] of parts.entries()) {
    if (text.slice(p.from, p.to).trim() === '') {
      return fail(`the ${k === 0 ? 'first (P)' : 'second (Q)'} component is empty ${at(p.from)}`, p.from, p.to);
    }
  }
  return { ok: true, parts };
}
