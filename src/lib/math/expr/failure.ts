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
