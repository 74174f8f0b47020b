// A failure found in the normalised text, before it becomes a Failure: its
// span is still in normalised offsets and its message still lacks the
// column, which is only known once the span is mapped back to what the
// learner typed (parse.ts does that, once, for whichever draft is reported).

export interface DraftFailure {
  readonly from: number;
  readonly to: number;
  /** Builds the message given "at column N". */
  readonly say: (at: string) => string;
}

export const draftFailure = (from: number, to: number, say: (at: string) => string): DraftFailure => ({ from, to, say });
