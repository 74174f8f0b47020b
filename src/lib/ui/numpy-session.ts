// A short Python session as the learner would type it: each step is code
// (one line, or a few for a `def`) and, if it prints something, its output.
// The transcript shows prompts (>>> and ...) and outputs; the script is only
// the code, runnable as it stands.

export interface Step {
  /** One line, or the lines of a block (a `def`); continuation lines already indented. */
  readonly code: string | readonly string[];
  /** What the interpreter prints, as NumPy prints it (see ./numpy-repr); may span lines. */
  readonly out?: string;
}

export type TranscriptLine = { readonly kind: 'prompt' | 'more'; readonly text: string } | { readonly kind: 'out'; readonly text: string };

export const IMPORT = 'import numpy as np';

const linesOf = (code: Step['code']): readonly string[] => (typeof code === 'string' ? [code] : code);

/** The session with its import first: `>>> ` before a step, `... ` before the rest of a block and the blank line that ends it. */
export function transcript(steps: readonly Step[]): TranscriptLine[] {
  const out: TranscriptLine[] = [{ kind: 'prompt', text: IMPORT }];
  for (const s of steps) {
    const lines = linesOf(s.code);
    lines.forEach((text, i) => out.push({ kind: i === 0 ? 'prompt' : 'more', text }));
    if (lines.length > 1) out.push({ kind: 'more', text: '' });
    if (s.out !== undefined) for (const text of s.out.split('\n')) out.push({ kind: 'out', text });
  }
  return out;
}

/** The code alone, as a script: the import, every step's lines, a blank line after each block. */
export function script(steps: readonly Step[]): string {
  const lines = [IMPORT];
  for (const s of steps) {
    const code = linesOf(s.code);
    lines.push(...code);
    if (code.length > 1) lines.push('');
  }
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}
