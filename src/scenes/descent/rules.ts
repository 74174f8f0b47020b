// The three update rules in TeX, exactly as runOptimizer runs them, with the numbers of one step
// substituted: the step that brought each optimizer to the point shown (the first step at the start).
import { gradientAt, point, updateAt, type Optimizer, type OptimizerRun } from '../../lib/math/optimize';
import type { Vec2 } from '../../lib/math/vec2';
import { tex, texVec } from '../../lib/text/format';

type Settings = { readonly lr: number; readonly beta: number; readonly beta1: number; readonly beta2: number; readonly eps: number };

const pair = (a: Float64Array, k: number): Vec2 => [a[2 * k], a[2 * k + 1]];

/** The TeX for one optimizer's step t (from x_{t−1} to x_t), numbers substituted. */
export function ruleTex(o: Optimizer, run: OptimizerRun, t: number, p: Settings): string {
  const v = (x: Vec2) => texVec(x, 3);
  const n = (x: number) => tex(x, 3);
  const general: Record<Optimizer, string> = {
    gd: String.raw`x \leftarrow x - \eta\,\nabla f(x)`,
    momentum: String.raw`v \leftarrow \beta v - \eta\,\nabla f(x),\quad x \leftarrow x + v`,
    adam: String.raw`m \leftarrow \beta_1 m + (1-\beta_1)\,g,\ \ s \leftarrow \beta_2 s + (1-\beta_2)\,g^2,\ \ \hat m = \tfrac{m}{1-\beta_1^t},\ \hat s = \tfrac{s}{1-\beta_2^t},\ \ x \leftarrow x - \eta\,\tfrac{\hat m}{\sqrt{\hat s}+\varepsilon}`,
  };
  if (t < 1 || t >= run.count) return general[o];
  const before = point(run, t - 1);
  const after = point(run, t);
  const g = gradientAt(run, t - 1);
  if (!g) return general[o];
  if (o === 'gd') return `${general.gd}\\\\ ${v(before)} - ${n(p.lr)}\\cdot ${v(g)} = ${v(after)}`;
  if (o === 'momentum') {
    const vPrev = updateAt(run, t - 1);
    const vNow = updateAt(run, t);
    return `${general.momentum}\\\\ v = ${n(p.beta)}\\cdot ${v(vPrev)} - ${n(p.lr)}\\cdot ${v(g)} = ${v(vNow)},\\quad x = ${v(before)} + ${v(vNow)} = ${v(after)}`;
  }
  const a = run.adam!;
  return `${general.adam}\\\\ t = ${t},\\ g = ${v(g)},\\ \\hat m = ${v(pair(a.mHat, t))},\\ \\hat s = ${v(pair(a.sHat, t))}\\\\ x = ${v(before)} - ${n(p.lr)}\\cdot\\tfrac{\\hat m}{\\sqrt{\\hat s}+${n(p.eps)}} = ${v(after)}`;
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
