// The scene's formulas with the current numbers substituted, as TeX for KaTeX
// and as plain sentences for the panel and screen readers.
// Every number here comes from the math core; this file only writes it down.
import { add, dot, hadamard, norm1, norm2, normInf, scale, sub, type Vec2 } from '../../lib/math/vec2';
import { texColumn } from '../../lib/math/tex-arrays';
import { fmtDeg, fmtSurd, fmt, tex, texParen, texSurd, texVec } from '../../lib/text/format';

const sq = (x: number) => `${texParen(x)}^2`;

/** A length, exactly when it can be: √17 ≈ 4.12. */
export function lengthText(v: Vec2): string {
  const n2 = dot(v, v);
  const exact = Number.isInteger(v[0]) && Number.isInteger(v[1]) ? fmtSurd(n2) : null;
  const approx = fmt(norm2(v), 3);
  if (exact === null) return approx;
  return exact === approx ? exact : `${exact} ≈ ${approx}`;
}

export function texLength(name: string, v: Vec2): string {
  const n2 = dot(v, v);
  const exact = Number.isInteger(v[0]) && Number.isInteger(v[1]) ? texSurd(n2) : null;
  const approx = tex(norm2(v), 3);
  const tail = exact === null ? approx : exact === approx ? exact : `${exact} \\approx ${approx}`;
  return `\\lVert ${name} \\rVert = \\sqrt{${sq(v[0])} + ${sq(v[1])}} = ${tail}`;
}

export const texSum = (a: Vec2, b: Vec2, op: '+' | '-'): string =>
  `a ${op} b = ${texColumn([`${tex(a[0])} ${op} ${texParen(b[0])}`, `${tex(a[1])} ${op} ${texParen(b[1])}`], 'square')} = ${texVec(
    op === '+' ? add(a, b) : sub(a, b),
  )}`;

export const texScale = (k: number, a: Vec2): string =>
  `${texParen(k)}\\,a = ${texColumn([`${texParen(k)}\\cdot${texParen(a[0])}`, `${texParen(k)}\\cdot${texParen(a[1])}`], 'square')} = ${texVec(scale(a, k))}`;

/** a·b = 3·(−2) + (−2)·5 = −16 */
export const texDot = (a: Vec2, b: Vec2): string =>
  `a\\cdot b = ${tex(a[0])}\\cdot${texParen(b[0])} + ${texParen(a[1])}\\cdot${texParen(b[1])} = ${tex(dot(a, b))}`;

export const texHadamard = (a: Vec2, b: Vec2): string =>
  `a\\odot b = ${texColumn([`${tex(a[0])}\\cdot${texParen(b[0])}`, `${tex(a[1])}\\cdot${texParen(b[1])}`], 'square')} = ${texVec(hadamard(a, b))}`;

export const texProjection = (a: Vec2, b: Vec2, p: Vec2): string => {
  const ab = dot(a, b);
  const bb = dot(b, b);
  if (bb === 0) return '\\operatorname{proj}_b a \\text{ is undefined: } b = 0';
  return `\\operatorname{proj}_b a = \\frac{a\\cdot b}{b\\cdot b}\\,b = \\frac{${tex(ab)}}{${tex(bb)}}${texVec(b)} = ${texVec(p)}`;
};

export const texNorms = (a: Vec2) => ({
  l1: `\\lVert a\\rVert_1 = |${tex(a[0])}| + |${tex(a[1])}| = ${tex(norm1(a))}`,
  l2: texLength('a', a).replace('\\rVert', '\\rVert_2'),
  linf: `\\lVert a\\rVert_\\infty = \\max(|${tex(a[0])}|, |${tex(a[1])}|) = ${tex(normInf(a))}`,
});

export const texAngle = (a: Vec2, b: Vec2, angle: number): string =>
  Number.isNaN(angle)
    ? '\\theta \\text{ is undefined: a zero vector has no direction}'
    : `\\cos\\theta = \\frac{a\\cdot b}{\\lVert a\\rVert\\,\\lVert b\\rVert} = \\frac{${tex(dot(a, b))}}{${tex(norm2(a))}\\cdot${tex(norm2(b))}} \\;\\Rightarrow\\; \\theta = ${tex((angle * 180) / Math.PI, 1)}^\\circ`;

/** What the sign of a·b says about the angle, in words. */
export function dotMeaning(dot: number, angle: number): string {
  if (Number.isNaN(angle)) return 'One of the vectors is zero, so a·b = 0 says nothing about an angle.';
  const deg = fmtDeg(angle);
  // Compare the angle, not the float dot product: [1, 1]·[1, −1] may come out as 1e−17.
  if (Math.abs(angle - Math.PI / 2) < 1e-12) return `a·b = 0: a and b are at a right angle (${deg}), perpendicular.`;
  if (dot > 0) return `a·b > 0: the angle between a and b is acute (${deg}); a points partly along b.`;
  return `a·b < 0: the angle between a and b is obtuse (${deg}); a points partly against b.`;
}
