// The PCA panel's words and formulas with the numbers substituted. Pure, for tests.
import type { Spread2 } from '../../lib/math/stats/spread2';
import { fmt, tex } from '../../lib/text/format';

/** Up to 3 significant digits, as a learner reads a variance: 81.2, 0.0345, 1230. */
export const sig = (x: number): string => {
  if (!Number.isFinite(x)) return fmt(x);
  const a = Math.abs(x);
  const digits = a >= 100 ? 1 : a >= 1 ? 2 : a >= 0.01 ? 3 : 4;
  return fmt(x, digits);
};
const texSig = (x: number) => tex(x, Math.abs(x) >= 100 ? 1 : Math.abs(x) >= 1 ? 2 : 3);

export const percent = (r: number, digits = 1): string => `${fmt(100 * r, digits)} %`;

export function texCovariance(s: Spread2): string {
  const [[a, b], [, d]] = s.cov;
  return `C = \\frac{1}{${s.n - 1}}\\sum_{i=1}^{${s.n}} (x_i - \\bar x)(x_i - \\bar x)^{\\top} = \\begin{bmatrix} ${texSig(a)} & ${texSig(b)} \\\\ ${texSig(b)} & ${texSig(d)} \\end{bmatrix}`;
}

export function texEigen(s: Spread2): string {
  const v = (k: 0 | 1) => `\\begin{bmatrix} ${tex(s.axes[k][0], 3)} \\\\ ${tex(s.axes[k][1], 3)} \\end{bmatrix}`;
  return `\\lambda_1 = ${texSig(s.values[0])},\\; v_1 = ${v(0)} \\qquad \\lambda_2 = ${texSig(s.values[1])},\\; v_2 = ${v(1)}`;
}

/** The variance along u at `angle`, written through the eigenvectors: a weighted average of λ₁ and λ₂. */
export function whyPC1(s: Spread2, angle: number): string {
  const off = degreesFromPC1(s, angle);
  const c = Math.cos((off * Math.PI) / 180) ** 2;
  return (
    `Along a unit direction u the variance is uᵀCu. Write u with the eigenvectors: u is ${fmt(off, 1)}° from v₁, so ` +
    `uᵀCu = λ₁·cos²(${fmt(off, 1)}°) + λ₂·sin²(${fmt(off, 1)}°) = ${sig(s.values[0])}·${fmt(c, 3)} + ${sig(s.values[1])}·${fmt(1 - c, 3)} = ` +
    `${sig(s.values[0] * c + s.values[1] * (1 - c))}. The two weights add up to 1, so this is an average of λ₁ and λ₂: ` +
    `it is largest, λ₁, exactly when u points along v₁, the top eigenvector.`
  );
}

/** Degrees between the candidate and PC1 as axes (0 to 90). */
export function degreesFromPC1(s: Spread2, angle: number): number {
  const d = (((angle - s.angle) % 180) + 180) % 180;
  return Math.min(d, 180 - d);
}
