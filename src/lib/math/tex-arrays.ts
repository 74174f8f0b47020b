// TeX for columns and matrices, in one place for the whole app. Formulas the
// engine writes (F(x, y), ∇f, the Jacobian) take round brackets, as textbooks
// do; numbers a scene substitutes take square ones, as NumPy prints arrays.
export type Brackets = 'round' | 'square';

const ENV: Record<Brackets, string> = { round: 'pmatrix', square: 'bmatrix' };

/** A column vector from its entries' TeX, e.g. \begin{pmatrix}2x\\x^2\end{pmatrix}. */
export const texColumn = (entries: readonly string[], brackets: Brackets = 'round'): string =>
  `\\begin{${ENV[brackets]}}${entries.join('\\\\')}\\end{${ENV[brackets]}}`;

/** A matrix by rows from its entries' TeX, e.g. the Jacobian. */
export const texMatrix = (rows: readonly (readonly string[])[], brackets: Brackets = 'round'): string =>
  `\\begin{${ENV[brackets]}}${rows.map((r) => r.join(' & ')).join('\\\\')}\\end{${ENV[brackets]}}`;
