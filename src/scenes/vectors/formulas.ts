// The scene's formulas with the current numbers substituted, as TeX for KaTeX
// and as plain sentences for the panel and screen readers.
import type { Vec2 } from '../../lib/math/vec2';
import { fmtDeg, fmtSurd, fmt, tex, texParen, texSurd, texVec } from '../../lib/text/format';

const sq = (x: number) => `${texParen(x)}^2`;

/** A length, exactly when it can be: √17 ≈ 4.12. */
export function lengthText(v: Vec2): string {
  const n2 = v[0] * v[0] + v[1] * v[1];
  const exact = Number.isInteger(v[0]) && Number.isInteger(v[1]) ? fmtSurd(n2) : null;
  const approx = fmt(Math.hypot(v[0], v[1]), 3);
  if (exact === null) return approx;
  return exact === approx ? exact : `${exact} ≈ ${approx}`;
}

export function texLength(name: string, v: Vec2): string {
  const n2 = v[0] * v[0] + v[1] * v[1];
  const exact = Number.isInteger(v[0]) && Number.isInteger(v[1]) ? texSurd(n2) : null;
  const approx = tex(Math.hypot(v[0], v[1]), 3);
  const tail = exact === null ? approx : exact === approx ? exact : `${exact} \\approx ${approx}`;
  return `\\lVert ${name} \\rVert = \\sqrt{${sq(v[0])} + ${sq(v[1])}} = ${tail}`;
}

export const texSum = (a: Vec2, b: Vec2, op: '+' | '-'): string =>
  `a ${op} b = \\begin{bmatrix}${tex(a[0])} ${op} ${texParen(b[0])}\\\\${tex(a[1])} ${op} ${texParen(b[1])}\\end{bmatrix} = ${texVec(
    op === '+' ? [a[0] + b[0], a[1] + b[1]] : [a[0] - b[0], a[1] - b[1]],
  )}`;

export const texScale = (k: number, a: Vec2): string =>
  `${texParen(k)}\\,a = \\begin{bmatrix}${texParen(k)}\\cdot${texParen(a[0])}\\\\${texParen(k)}\\cdot${texParen(a[1])}\\end{bmatrix} = ${texVec([k * a[0], k * a[1]])}`;

/** a·b = 3·(−2) + (−2)·5 = −16 */
export const texDot = (a: Vec2, b: Vec2): string =>
  `a\\cdot b = ${tex(a[0])}\\cdot${texParen(b[0])} + ${texParen(a[1])}\\cdot${texParen(b[1])} = ${tex(a[0] * b[0] + a[1] * b[1])}`;

export const texHadamard = (a: Vec2, b: Vec2): string =>
  `a\\odot b = \\begin{bmatrix}${tex(a[0])}\\cdot${texParen(b[0])}\\\\${tex(a[1])}\\cdot${texParen(b[1])}\\end{bmatrix} = ${texVec([a[0] * b[0], a[1] * b[1]])}`;

export const texProjection = (a: Vec2, b: Vec2, p: Vec2): string => {
  const ab = a[0] * b[0] + a[1] * b[1];
  const bb = b[0] * b[0] + b[1] * b[1];
  if (bb === 0) return '\\operatorname{proj}_b a \\text{ is undefined: } b = 0';
  return `\\operatorname{proj}_b a = \\frac{a\\cdot b}{b\\cdot b}\\,b = \\frac{${tex(ab)}}{${tex(bb)}}${texVec(b)} = ${texVec(p)}`;
};

export const texNorms = (a: Vec2) => ({
  l1: `\\lVert a\\rVert_1 = |${tex(a[0])}| + |${tex(a[1])}| = ${tex(Math.abs(a[0]) + Math.abs(a[1]))}`,
  l2: texLength('a', a).replace('\\rVert', '\\rVert_2'),
  linf: `\\lVert a\\rVert_\\infty = \\max(|${tex(a[0])}|, |${tex(a[1])}|) = ${tex(Math.max(Math.abs(a[0]), Math.abs(a[1])))}`,
});

export const texAngle = (a: Vec2, b: Vec2, angle: number): string =>
  Number.isNaN(angle)
    ? '\\theta \\text{ is undefined: a zero vector has no direction}'
    : `\\cos\\theta = \\frac{a\\cdot b}{\\lVert a\\rVert\\,\\lVert b\\rVert} = \\frac{${tex(a[0] * b[0] + a[1] * b[1])}}{${tex(
        Math.hypot(...a),
      )}\\cdot${tex(Math.hypot(...b))}} \\;\\Rightarrow\\; \\theta = ${tex((angle * 180) / Math.PI, 1)}^\\circ`;

/** What the sign of a·b says about the angle, in words. */
export function dotMeaning(dot: number, angle: number): string {
  if (Number.isNaN(angle)) return 'One of the vectors is zero, so a·b = 0 says nothing about an angle.';
  const deg = fmtDeg(angle);
  // Compare the angle, not the float dot product: [1, 1]·[1, −1] may come out as 1e−17.
  if (Math.abs(angle - Math.PI / 2) < 1e-12) return `a·b = 0: a and b are at a right angle (${deg}), perpendicular.`;
  if (dot > 0) return `a·b > 0: the angle between a and b is acute (${deg}); a points partly along b.`;
  return `a·b < 0: the angle between a and b is obtuse (${deg}); a points partly against b.`;
}
