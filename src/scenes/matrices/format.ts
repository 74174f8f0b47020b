// Numbers and shapes as the Matrices scene writes them.
import type { NotebookValue } from '../../lib/math/notebook';
import { bracketNegative, MINUS } from '../../lib/text/format';

/**
 * An entry for a grid cell: whole numbers as they are, others to 4 significant digits; round-off
 * stays visible (4.441e−16, not 0), since the inverse's lesson is about exactly that.
 */
export function entryText(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : `${MINUS}inf`;
  if (x === 0) return '0';
  const a = Math.abs(x);
  // Whole numbers as they are; others to 4 significant digits, with an exponent when that would
  // hide the size (1.2346e4 is not a whole 12350, 1e−10 is not 0).
  const exp = () =>
    a
      .toExponential(3)
      .replace(/\.?0+e/, 'e')
      .replace('e-', 'e−')
      .replace('e+', 'e');
  const text = Number.isInteger(x) && a < 1e7 ? String(a) : a >= 1e4 || a < 1e-3 ? exp() : String(Number(a.toPrecision(4)));
  return x < 0 ? MINUS + text : text;
}

/** An entry written inside a sum or product: a negative one in parentheses, 6·(−1) and 3 + (−4), never 6·−1. */
export const termText = (x: number): string => bracketNegative(entryText(x));

/** NumPy's shape, as Python prints it: (2, 1), (3,), (). */
export function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The shape in words: "2 rows, 1 column", "a vector of 3 numbers (1-D)", "one number". */
export function shapeWords(v: NotebookValue): string {
  if (v.kind === 'scalar') return 'one number (a scalar)';
  if (v.kind === 'tuple') return `a tuple of ${plural(v.items.length, 'whole number', 'whole numbers')}`;
  if (v.kind === 'none') return 'nothing to show';
  if (v.list) return `a Python list of ${plural(v.list.length, 'item', 'items')} (np.array makes it an array)`;
  const s = v.array.shape;
  if (s.length === 0) return 'one number (a 0-D array)';
  if (s.length === 1) return `a vector of ${plural(s[0], 'number', 'numbers')} (1-D: one axis)`;
  return `${plural(s[0], 'row', 'rows')}, ${plural(s[1], 'column', 'columns')}`;
}

/**
 * Text ending as a sentence: a full stop when it has none. The first letter stays as it is: a
 * message may begin with a Python name (np.array, x), and Python names are case-sensitive.
 */
export function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  return /[.!?:]$/.test(t) ? t : `${t}.`;
}

/**
 * A hint, after the message it follows: its own sentence, so a capital. Hints begin with a word
 * (write, use, did you mean…), never with a name, so a capital never changes code.
 */
export function hintSentence(text: string): string {
  const t = sentence(text);
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Black or white, whichever reads at 4.5:1 or better on a #rrggbb background; the text colour on anything else. */
export function textOn(background: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background);
  if (!m) return 'var(--text)';
  const lin = (h: string) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
  return l > 0.179 ? '#111111' : '#ffffff';
}
