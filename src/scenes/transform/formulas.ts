// The Transform scene's formulas with numbers substituted, for KaTeX.
// Every number here comes from the math core; this file only writes it down.
import { apply, type Mat2 } from '../../lib/math/mat2';
import { add, dot, scale, type Vec2 } from '../../lib/math/vec2';
import { texColumn } from '../../lib/math/tex-arrays';
import { fmt, fmtParen, fmtVec, tex, texMat, texParen, texVec } from '../../lib/text/format';

export const texMatrix = (m: Mat2, digits = 3): string => texMat(m, digits);
const texCol = (v: Vec2) => texVec(v, 3);

const paren = (x: number) => fmtParen(x, 3);

/** One row·column dot product: 1·5 + 2·6 = 17. */
export const rowTimesColumn = (row: readonly [number, number], x: Vec2): string =>
  `${fmt(row[0], 3)}·${paren(x[0])} + ${paren(row[1])}·${paren(x[1])} = ${fmt(dot(row, x), 3)}`;

/** Ax as row·column dot products: each entry of Ax is a row of A dotted with x. */
export function texApply(m: Mat2, x: Vec2): string {
  const row = (r: readonly [number, number]) => `${tex(r[0], 3)}\\cdot${texParen(x[0], 3)} + ${texParen(r[1], 3)}\\cdot${texParen(x[1], 3)}`;
  const ax = apply(m, x);
  return `A x = ${texMatrix(m)}${texCol(x)} = ${texColumn([row(m[0]), row(m[1])], 'square')} = ${texCol(ax)}`;
}

export function texInverse(m: Mat2, inv: Mat2 | null, det: number): string {
  if (!inv) return `A^{-1} \\text{ does not exist: } \\det A = 0`;
  const [[a, b], [c, d]] = m;
  return `A^{-1} = \\frac{1}{${tex(det, 3)}}${texMat([
    [d, -b],
    [-c, a],
  ])} = ${texMatrix(inv)}`;
}

export const texDet = (m: Mat2, det: number): string =>
  `\\det A = ad - bc = ${tex(m[0][0], 3)}\\cdot${texParen(m[1][1], 3)} - ${texParen(m[0][1], 3)}\\cdot${texParen(m[1][0], 3)} = ${tex(det, 3)}`;

export const texProduct = (name: string, p: Mat2): string => `${name} = ${texMatrix(p)}`;

/** The column picture of Ax: x₁ times the first column plus x₂ times the second, with the numbers. */
export function columnPicture(m: Mat2, x: Vec2): string {
  const c1: Vec2 = [m[0][0], m[1][0]];
  const c2: Vec2 = [m[0][1], m[1][1]];
  const p1 = scale(c1, x[0]);
  const p2 = scale(c2, x[1]);
  return `${fmt(x[0], 3)}·${fmtVec(c1, 3)} + ${paren(x[1])}·${fmtVec(c2, 3)} = ${fmtVec(p1, 3)} + ${fmtVec(p2, 3)} = ${fmtVec(add(p1, p2), 3)}`;
}

/** The linear field F(x, y) = A [x, y] as a link writes it: `x+2y,3x+4y` for [[1, 2], [3, 4]]. */
export function linearField(m: Mat2): string {
  const num = (v: number) => String(Number(v.toPrecision(6)));
  const row = ([a, b]: readonly [number, number]) => {
    const terms = [
      [a, 'x'],
      [b, 'y'],
    ]
      .filter(([k]) => k !== 0)
      .map(([k, name], i) => {
        const c = k as number;
        const coefficient = Math.abs(c) === 1 ? '' : `${num(Math.abs(c))}*`;
        const sign = c < 0 ? '-' : i ? '+' : '';
        return `${sign}${coefficient}${name}`;
      });
    return terms.join('') || '0';
  };
  return `${row(m[0])},${row(m[1])}`;
}
