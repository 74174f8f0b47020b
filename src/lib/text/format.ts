// How numbers read to a learner: integers as integers, a few significant
// decimals otherwise, and a true minus sign (U+2212) rather than a hyphen.
import { texColumn, texMatrix } from '../math/tex-arrays';

export const MINUS = '\u2212';

/** Rounds to `digits` decimals and drops trailing zeros; −0 reads as 0. */
export function fmt(x: number, digits = 2): string {
  if (Number.isNaN(x)) return 'undefined';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : `${MINUS}∞`;
  const r = Number(x.toFixed(digits));
  if (r === 0) return '0';
  const text = Math.abs(r) >= 1e6 || Math.abs(r) < 1e-3 ? r.toPrecision(3) : String(Math.abs(r));
  return r < 0 ? MINUS + text.replace('-', '') : text;
}

/** The same number for TeX: `-` is typeset as a minus there, and exponents are written out. */
export function tex(x: number, digits = 2): string {
  const s = fmt(x, digits).replace(MINUS, '-').replace('∞', '\\infty');
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  return m ? `${m[1]}\\times10^{${Number(m[2])}}` : s;
}

/** Wraps negatives in parentheses, for a substituted formula: 3·(−2). */
export const texParen = (x: number, digits = 2): string => {
  const s = tex(x, digits);
  return s.startsWith('-') ? `(${s})` : s;
};

/** A number inside a sum, product or power: bracketed when negative, 3·(−2) and (−2)², never 3·−2 or −2². */
export const fmtParen = (x: number, digits = 2): string => bracketNegative(fmt(x, digits));

/** A written number, bracketed when it starts with a minus: for any scene's own number format. */
export const bracketNegative = (text: string): string => (text.startsWith(MINUS) ? `(${text})` : text);

export const fmtVec = (v: readonly number[], digits = 2): string => `[${v.map((x) => fmt(x, digits)).join(', ')}]`;
/** Numbers as NumPy shows arrays: a column in square brackets. */
export const texVec = (v: readonly number[], digits = 2): string =>
  texColumn(
    v.map((x) => tex(x, digits)),
    'square',
  );
export const texMat = (m: readonly (readonly number[])[], digits = 3): string =>
  texMatrix(
    m.map((row) => row.map((x) => tex(x, digits))),
    'square',
  );

/** Degrees from radians, e.g. "137.7°". */
export const fmtDeg = (radians: number, digits = 1): string => `${fmt((radians * 180) / Math.PI, digits)}°`;

/**
 * A vector's components as directions: [3, −2] reads "right 3, down 2".
 * A zero component is left out; the zero vector "stays put".
 */
export function inWords([x, y]: readonly [number, number], digits = 2): string {
  const parts: string[] = [];
  if (fmt(x, digits) !== '0') parts.push(`${x > 0 ? 'right' : 'left'} ${fmt(Math.abs(x), digits)}`);
  if (fmt(y, digits) !== '0') parts.push(`${y > 0 ? 'up' : 'down'} ${fmt(Math.abs(y), digits)}`);
  return parts.length ? parts.join(', ') : 'stays at the origin';
}

/**
 * √n in simplest radical form when n is a whole number: 17 → "√17", 8 → "2√2",
 * 9 → "3". Null when n is not a whole number (then only a decimal is honest).
 */
export function surd(n: number): { coefficient: number; radicand: number } | null {
  if (!Number.isInteger(n) || n < 0 || n > 1e12) return null;
  let coefficient = 1;
  let radicand = n;
  for (let f = 2; f * f <= radicand; f++) {
    while (radicand % (f * f) === 0) {
      radicand /= f * f;
      coefficient *= f;
    }
  }
  return { coefficient, radicand };
}

/** √n as text ("√17", "2√2", "5"), or null when it has no exact short form. */
export function fmtSurd(n: number): string | null {
  const s = surd(n);
  if (!s) return null;
  if (s.radicand === 0) return '0';
  if (s.radicand === 1) return String(s.coefficient);
  return `${s.coefficient === 1 ? '' : s.coefficient}√${s.radicand}`;
}

/** The same in TeX: \sqrt{17}, 2\sqrt{2}. */
export function texSurd(n: number): string | null {
  const s = fmtSurd(n);
  return s === null ? null : s.replace(/√(\d+)/, '\\sqrt{$1}');
}
