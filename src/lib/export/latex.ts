// The scene's numbers as LaTeX to paste into a slide or a worksheet: matrices and column vectors in
// square brackets (as NumPy prints arrays), spaced as a person would type them, one statement a
// line. Pure: the scenes hand in their numbers.

/** A number as LaTeX: integers as they are, at most `digits` decimals, exponents written out. */
export function latexNumber(x: number, digits = 4): string {
  if (Number.isNaN(x)) return '\\text{NaN}';
  if (!Number.isFinite(x)) return x > 0 ? '\\infty' : '-\\infty';
  const r = Number(x.toFixed(digits));
  if (r === 0 && x !== 0) {
    // Too small for the decimals: a mantissa and a power of ten.
    const [m, e] = x.toExponential(Math.max(0, Math.min(digits, 3) - 1)).split('e');
    return `${Number(m)} \\times 10^{${Number(e)}}`;
  }
  if (Math.abs(r) >= 1e6) {
    const [m, e] = r.toExponential(3).split('e');
    return `${Number(m)} \\times 10^{${Number(e)}}`;
  }
  return String(r === 0 ? 0 : r);
}

/** Wrapped in parentheses when negative, for a product written out: 3 \cdot (-2). */
export const latexFactor = (x: number, digits = 4): string => {
  const s = latexNumber(x, digits);
  return s.startsWith('-') ? `(${s})` : s;
};

/** \begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix} */
export const latexMatrix = (rows: readonly (readonly number[])[], digits = 4): string =>
  `\\begin{bmatrix} ${rows.map((row) => row.map((x) => latexNumber(x, digits)).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;

/** A column vector: \begin{bmatrix} 3 \\ -2 \end{bmatrix} */
export const latexColumn = (v: readonly number[], digits = 4): string =>
  latexMatrix(
    v.map((x) => [x]),
    digits,
  );

/** Statements, one a line; empty ones (a construction that is off) left out. */
export const latexLines = (lines: readonly (string | null | undefined | false)[]): string => lines.filter(Boolean).join('\n') + '\n';
