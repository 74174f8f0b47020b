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
  const open = text[first];
  if (!(open in CLOSER)) return fail(example, first, last + 1);

  const stack: number[] = [];
  const commas: number[] = [];
  for (let i = first; i <= last; i++) {
    const c = text[i];
    if (c === '(' || c === '[') {
      if (stack.length > MAX_DEPTH) return fail(`brackets nested deeper than ${MAX_DEPTH} levels ${at(i)}`, i, i + 1);
      stack.push(i);
    } else if (c === ')' || c === ']') {
      const o = stack.pop();
      if (o === undefined) return fail(`"${c}" ${at(i)} has no matching opening bracket`, i, i + 1);
      if (CLOSER[text[o]] !== c) return fail(`"${c}" ${at(i)} does not close "${text[o]}" ${at(o)}`, o, i + 1);
      if (stack.length === 0 && i !== last) {
        return fail(`${example} — the bracket ${at(first)} closes ${at(i)}, before the end`, i + 1, last + 1);
      }
    } else if (c === ',' && stack.length === 1) {
      commas.push(i);
    }
  }
  const unclosed = stack.pop();
  if (unclosed !== undefined) return fail(`"${text[unclosed]}" ${at(unclosed)} is never closed`, unclosed, n);
  if (commas.length === 0) return fail(`${example} — a comma must separate P and Q`, first, last + 1);
  if (commas.length > 1) return fail(`a plane field has two components; the comma ${at(commas[1])} starts a third`, commas[1], last);

  const parts: [Span, Span] = [
    { from: first + 1, to: commas[0] },
    { from: commas[0] + 1, to: last },
  ];
  for (const [k, p] of parts.entries()) {
    if (text.slice(p.from, p.to).trim() === '') {
      return fail(`the ${k === 0 ? 'first (P)' : 'second (Q)'} component is empty ${at(p.from)}`, p.from, p.to);
    }
  }
  return { ok: true, parts };
}
