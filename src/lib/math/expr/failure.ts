// Bad input is a value, never an exception: the input component shows
// `message` under the text and underlines text.slice(from, to).

export interface Failure {
  readonly ok: false;
  readonly message: string;
  /** UTF-16 offsets into the text the learner typed; 0 <= from <= to <= text.length. */
  readonly from: number;
  readonly to: number;
  /** For a field typed as two texts: which one (0 = P, 1 = Q) the offsets refer to. */
  readonly part?: 0 | 1;
}

export function failure(message: string, from: number, to: number, length: number): Failure {
  const f = Math.max(0, Math.min(from, length));
  return { ok: false, message, from: f, to: Math.max(f, Math.min(to, length)) };
}

/** Shifts a failure found in a slice of a longer text (one component of `(P, Q)`) into that text. */
export function shift(f: Failure, offset: number, part?: 0 | 1): Failure {
  const moved = { ...f, from: f.from + offset, to: f.to + offset };
  return part === undefined ? moved : { ...moved, part };
}

/** "column 7": 1-based, as a learner counts. */
export const column = (offset: number): string => `column ${offset + 1}`;

/** Quotes a fragment of user text for a message, shortened so a pasted page cannot flood the UI. */
export function quote(fragment: string): string {
  const s = fragment.length > 24 ? fragment.slice(0, 23) + '…' : fragment;
  return `"${s}"`;
}
