// A problem found in the normalised text: where, and a message that still needs
// the column, which is only known once the span is mapped back to what the
// learner typed.

export interface Problem {
  readonly from: number;
  readonly to: number;
  /** Builds the message given "at column N". */
  readonly say: (at: string) => string;
}

export const problem = (from: number, to: number, say: (at: string) => string): Problem => ({ from, to, say });
