// Learners paste what they read: x², 2·x, −y, π. These become the ASCII that
// mathjs reads, and `start`/`end` map every normalised offset back to the
// character the learner typed, so errors underline their text, not ours.

export interface Normalized {
  readonly text: string;
  /** start[i]: offset in the original of the character that produced text[i]. */
  readonly start: readonly number[];
  /** end[i]: offset just after that original character. */
  readonly end: readonly number[];
  readonly originalLength: number;
}

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
  '⁺': '+',
};

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '−': '-',
  '–': '-',
  '×': '*',
  '·': '*',
  '⋅': '*',
  '∙': '*',
  '÷': '/',
  // Spaces keep 2πx from becoming the single name "pix".
  π: ' pi ',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': ' ',
};

export function normalizeText(original: string): Normalized {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  const push = (s: string, from: number, to: number) => {
    for (const ch of s) {
      text += ch;
      start.push(from);
      end.push(to);
    }
  };
  let i = 0;
  while (i < original.length) {
    const ch = original[i];
    if (ch in SUPERSCRIPTS) {
      // A run such as ⁻¹ becomes one exponent: x⁻¹ is x^(-1), not x^-^1.
      let j = i;
      let digits = '';
      while (j < original.length && original[j] in SUPERSCRIPTS) digits += SUPERSCRIPTS[original[j++]];
      push(/^\d+$/.test(digits) ? '^' + digits : '^(' + digits + ')', i, j);
      i = j;
    } else {
      push(REPLACEMENTS[ch] ?? ch, i, i + 1);
      i += 1;
    }
  }
  return { text, start, end, originalLength: original.length };
}

/** Maps a span [from, to) of the normalised text back to the original. */
export function toOriginal(n: Normalized, from: number, to: number): { from: number; to: number } {
  const a = from < n.start.length ? n.start[from] : n.originalLength;
  const b = to > 0 ? (n.end[Math.min(to, n.end.length) - 1] ?? n.originalLength) : 0;
  return { from: a, to: Math.max(a, b) };
}
