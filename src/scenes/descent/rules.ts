// The three update rules in TeX, exactly as runOptimizer runs them, with the numbers of one step
// substituted: the step that brought each optimizer to the point shown (the first step at the start).
import { gradientAt, point, updateAt, type Optimizer, type OptimizerRun } from '../../lib/math/optimize';
import type { Vec2 } from '../../lib/math/vec2';

type Settings = { readonly lr: number; readonly beta: number; readonly beta1: number; readonly beta2: number; readonly eps: number };

const pair = (a: Float64Array, k: number): Vec2 => [a[2 * k], a[2 * k + 1]];

/**
 * A number for TeX to 4 significant digits, as a learner would read it: 1e-8 stays 10⁻⁸ (not 0, as
 * three decimals would make it), 0.000123 stays 0.000123; below 1e-12 it is float noise, 0.
 */
export function texNumber(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? '\\text{undefined}' : x > 0 ? '\\infty' : '-\\infty';
  if (Math.abs(x) < 1e-12) return '0';
  const a = Math.abs(x);
  const text = a >= 1e6 || a < 1e-4 ? x.toExponential(3) : String(Number(x.toPrecision(4)));
  const m = /^(-?[\d.]+?)\.?0*e([+-]\d+)$/.exec(text);
  return m ? `${m[1]}\\times10^{${Number(m[2])}}` : text;
}

const vec = (x: Vec2): string => `\\begin{bmatrix}${texNumber(x[0])}\\\\${texNumber(x[1])}\\end{bmatrix}`;
const lines = (rows: readonly string[]): string => `\\begin{aligned}${rows.join('\\\\')}\\end{aligned}`;

/** The rules alone, one statement a line, in the order they run. */
const GENERAL: Record<Optimizer, readonly string[]> = {
  gd: [String.raw`x &\leftarrow x - \eta\,\nabla f(x)`],
  momentum: [String.raw`v &\leftarrow \beta v - \eta\,\nabla f(x)`, String.raw`x &\leftarrow x + v`],
  adam: [
    String.raw`g &= \nabla f(x)`,
    String.raw`m &\leftarrow \beta_1 m + (1-\beta_1)\,g`,
    String.raw`s &\leftarrow \beta_2 s + (1-\beta_2)\,g^2`,
    String.raw`\hat m &= m/(1-\beta_1^t),\quad \hat s = s/(1-\beta_2^t)`,
    String.raw`x &\leftarrow x - \eta\,\hat m/(\sqrt{\hat s}+\varepsilon)`,
  ],
};

/**
 * The TeX for one optimizer's step t (from x_{t−1} to x_t): each line of the rule, and under it the
 * same line with this step's numbers (an aligned block, narrow enough for the panel).
 */
export function ruleTex(o: Optimizer, run: OptimizerRun, t: number, p: Settings): string {
  const general = GENERAL[o];
  if (t < 1 || t >= run.count) return lines(general);
  const before = point(run, t - 1);
  const after = point(run, t);
  const g = gradientAt(run, t - 1);
  if (!g) return lines(general);
  const n = texNumber;
  if (o === 'gd') return lines([general[0], `&= ${vec(before)} - ${n(p.lr)}\\cdot ${vec(g)}`, `&= ${vec(after)}`]);
  if (o === 'momentum') {
    const vPrev = updateAt(run, t - 1);
    const vNow = updateAt(run, t);
    return lines([
      general[0],
      `&= ${n(p.beta)}\\cdot ${vec(vPrev)} - ${n(p.lr)}\\cdot ${vec(g)}`,
      `&= ${vec(vNow)}`,
      general[1],
      `&= ${vec(before)} + ${vec(vNow)} = ${vec(after)}`,
    ]);
  }
  const a = run.adam!;
  return lines([
    `t &= ${t},\\quad g = ${vec(g)}`,
    general[1],
    general[2],
    `\\hat m &= ${vec(pair(a.mHat, t))},\\quad \\hat s = ${vec(pair(a.sHat, t))}`,
    general[4],
    `&= ${vec(before)} - ${n(p.lr)}\\cdot\\frac{\\hat m}{\\sqrt{\\hat s}+${n(p.eps)}}`,
    `&= ${vec(after)}`,
  ]);
}

/** Each shown optimizer's rule at the step shown. */
export function updateRules(s: {
  readonly runs: Readonly<Record<Optimizer, OptimizerRun>> | null;
  readonly opt: { readonly list: readonly Optimizer[] };
  stepOf(o: Optimizer): number;
  readonly lr: number;
  readonly beta: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
}): { o: Optimizer; tex: string }[] {
  const runs = s.runs;
  if (!runs) return [];
  return s.opt.list.map((o) => ({ o, tex: ruleTex(o, runs[o], Math.max(1, s.stepOf(o)), s) }));
}
