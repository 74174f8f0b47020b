// The goal vocabulary: every kind a challenge link may name with `goal=`, the scene it is
// measured in, its parameters and their defaults. The README's "Challenges" section lists the
// same; a test checks that the two agree.
import type { VectorsSnapshot } from '../scenes/vectors/state.svelte';
import type { TransformSnapshot } from '../scenes/transform/state.svelte';
import type { DescentSnapshot } from '../scenes/descent/state.svelte';
import type { FieldSnapshot } from '../scenes/field/state.svelte';
import type { MatricesSnapshot } from '../scenes/matrices/state.svelte';
import type { PcaSnapshot } from '../scenes/pca/state.svelte';
import type { LayerSnapshot } from '../scenes/layer/state.svelte';
import { add, dot, norm2, sub, type Vec2 } from '../lib/math/vec2';
import { apply, det2, inv2, type Mat2 } from '../lib/math/mat2';
import { runOptimizer, type Optimizer } from '../lib/math/optimize';
import { runNotebook, reprValue } from '../lib/math/notebook';
import type { CellResult, NotebookValue } from '../lib/math/notebook';
import { spread2, varianceAlong } from '../lib/math/stats/spread2';
import { accuracy, P } from '../lib/math/nn/network';
import { makeDataset, type DatasetName } from '../lib/math/nn/datasets';
import type { CompiledGradient } from '../lib/math/expr/compile/gradient';
import type { CompiledField } from '../lib/math/expr/compile/field';
import type { Engine } from '../lib/math/expr/engine';
import { WORLD_LIMIT } from '../lib/math/world';
import { fmt, fmtParen, MINUS } from '../lib/text/format';
import { fmtSignificant } from '../lib/text/significant';
import { writeNumbers, type ParamReader } from '../lib/url/params';
import { closenessOf, waiting, type GoalKind, type Reading } from './goal';

/** A small distance as a learner reads it: 0.0042, not 0. */
const sig = (x: number): string => (Number.isFinite(x) ? fmtSignificant(x, 2) : fmt(x));
const vec = ([x, y]: readonly number[]): string => `(${fmt(x)}, ${fmt(y)})`;
const num = (x: number | null, fallback: number): string | null => (x === null || x === fallback ? null : writeNumbers([x]));
const pt = (v: Vec2 | null): string | null => (v ? writeNumbers(v) : null);
const same = (a: Vec2, b: Vec2) => a[0] === b[0] && a[1] === b[1];
const sameMat = (a: Mat2, b: Mat2) => same(a[0], b[0]) && same(a[1], b[1]);

/** A reading of distance d against tol. */
function reading(d: number, tol: number, text: string, why: string, broken?: string): Reading {
  const reached = !broken && d <= tol;
  return { reached, closeness: broken ? Math.min(closenessOf(d, tol), 0.5) : closenessOf(d, tol), text, why: reached ? why : '', broken };
}

/** A reading whose meter fills in proportion (`share` of the way there) rather than on the log scale. */
function fill(share: number, d: number, tol: number, text: string, why: string): Reading {
  const r = reading(d, tol, text, why);
  return r.reached ? r : { ...r, closeness: Math.max(0, Math.min(0.95, share)) };
}

const tolerance = (r: ParamReader, fallback: number, max = 1e6) => r.number('tol', fallback, 0, max);

// ——— Vectors ———

type Which = 'a' | 'b';
const keepVector = (r: ParamReader) => r.flags<Which>('keep', ['a', 'b'], []);
function vectorKept(s: VectorsSnapshot, start: VectorsSnapshot, keep: readonly Which[]): string | undefined {
  const moved = keep.find((k) => !same(s[k], start[k]));
  return moved && `${moved} has moved: this challenge keeps ${moved} at ${vec(start[moved])}. Put it back (Undo does).`;
}

type NormP = { of: Which; target: number; tol: number };
const norm: GoalKind<VectorsSnapshot, NormP> = {
  id: 'norm',
  scene: 'vectors',
  keys: ['of', 'target', 'tol'],
  read: (r) => ({ of: r.flags<Which>('of', ['a', 'b'], ['a'])[0] ?? 'a', target: r.number('target', 5, 0, WORLD_LIMIT), tol: tolerance(r, 0.05) }),
  write: (p) => [
    ['of', p.of === 'a' ? null : p.of],
    ['target', num(p.target, 5)],
    ['tol', num(p.tol, 0.05)],
  ],
  describe: (p) => `Make the length ‖${p.of}‖ = ${fmt(p.target)}`,
  measure(s, _start, p) {
    const v = s[p.of];
    const n = norm2(v);
    return reading(
      Math.abs(n - p.target),
      p.tol,
      `‖${p.of}‖ = ${fmt(n, 3)}; the goal is ${fmt(p.target)} (within ${sig(p.tol)})`,
      `‖${p.of}‖ = √(${fmtParen(v[0])}² + ${fmtParen(v[1])}²) = √${fmt(v[0] * v[0] + v[1] * v[1])} = ${fmt(n, 3)}: Pythagoras on the components ` +
        `(right ${fmt(Math.abs(v[0]))} and ${v[1] >= 0 ? 'up' : 'down'} ${fmt(Math.abs(v[1]))} are the two short sides).`,
    );
  },
};

type DotP = { target: number; tol: number; keep: readonly Which[] };
const dotGoal: GoalKind<VectorsSnapshot, DotP> = {
  id: 'dot',
  scene: 'vectors',
  keys: ['target', 'tol', 'keep'],
  read: (r) => ({ target: r.number('target', 0, -1e12, 1e12), tol: tolerance(r, 0.05), keep: keepVector(r) }),
  write: (p) => [
    ['target', num(p.target, 0)],
    ['tol', num(p.tol, 0.05)],
    ['keep', p.keep.join(',') || null],
  ],
  describe: (p) => `Make a · b = ${fmt(p.target)}${p.keep.length ? ` without moving ${p.keep.join(' or ')}` : ''}`,
  measure(s, start, p) {
    const d = dot(s.a, s.b);
    const parts = `${fmt(s.a[0])}·${fmtParen(s.b[0])} + ${fmtParen(s.a[1])}·${fmtParen(s.b[1])} = ${fmt(d, 3)}`;
    const why =
      p.target === 0
        ? `a · b = ${parts}: a and b are perpendicular. a · b = ‖a‖‖b‖ cos θ, and cos 90° = 0; ` +
          `for a = (p, q) every b along (${MINUS}q, p) does it.`
        : `a · b = ${parts}, which is ‖a‖‖b‖ cos θ: the length of a times how far b goes along a.`;
    return reading(
      Math.abs(d - p.target),
      p.tol,
      `a · b = ${fmt(d, 3)}; the goal is ${fmt(p.target)} (within ${sig(p.tol)})`,
      why,
      vectorKept(s, start, p.keep),
    );
  },
};

type SumP = { at: Vec2; tol: number; keep: readonly Which[] };
const sum: GoalKind<VectorsSnapshot, SumP> = {
  id: 'sum',
  scene: 'vectors',
  keys: ['at', 'tol', 'keep'],
  read: (r) => ({ at: r.vec2('at', [4, 1]), tol: tolerance(r, 0.05), keep: keepVector(r) }),
  write: (p) => [
    ['at', pt(p.at)],
    ['tol', num(p.tol, 0.05)],
    ['keep', p.keep.join(',') || null],
  ],
  describe: (p) => `Make a + b = ${vec(p.at)}${p.keep.length ? ` without moving ${p.keep.join(' or ')}` : ''}`,
  measure(s, start, p) {
    const v = add(s.a, s.b);
    return reading(
      norm2(sub(v, p.at)),
      p.tol,
      `a + b = ${vec(v)}, ${fmt(norm2(sub(v, p.at)), 2)} away from ${vec(p.at)}`,
      `a + b = (${fmt(s.a[0])} + ${fmtParen(s.b[0])}, ${fmt(s.a[1])} + ${fmtParen(s.b[1])}) = ${vec(v)}: components add, ` +
        `which is b's arrow drawn from a's tip.`,
      vectorKept(s, start, p.keep),
    );
  },
};

// ——— Transform ———

type Part = 'i' | 'j' | 'x';
const PART_NAMES: Record<Part, string> = { i: 'î (the first column)', j: 'ĵ (the second column)', x: 'x' };
/** `keep=i,j`: what must not move; `keep=none` lets everything move where the goal keeps the matrix by default. */
const keepPart = (r: ParamReader, fallback: readonly Part[] = []) =>
  r.flags<Part | 'none'>('keep', ['i', 'j', 'x', 'none'], fallback).filter((k): k is Part => k !== 'none');
const column = (m: Mat2, k: 0 | 1): Vec2 => [m[0][k], m[1][k]];
function partKept(s: TransformSnapshot, start: TransformSnapshot, keep: readonly Part[]): string | undefined {
  const value = (t: TransformSnapshot, k: Part): Vec2 => (k === 'x' ? t.x : column(t.m, k === 'i' ? 0 : 1));
  const moved = keep.find((k) => !same(value(s, k), value(start, k)));
  return moved && `${PART_NAMES[moved]} has moved: this challenge keeps it at ${vec(value(start, moved))}. Put it back (Undo does).`;
}
const matText = (m: Mat2) => `[[${fmt(m[0][0])}, ${fmt(m[0][1])}], [${fmt(m[1][0])}, ${fmt(m[1][1])}]]`;

type DetP = { target: number; tol: number; keep: readonly Part[] };
const det: GoalKind<TransformSnapshot, DetP> = {
  id: 'det',
  scene: 'transform',
  keys: ['target', 'tol', 'keep'],
  read: (r) => ({ target: r.number('target', 0, -1e12, 1e12), tol: tolerance(r, 0.05), keep: keepPart(r) }),
  write: (p) => [
    ['target', num(p.target, 0)],
    ['tol', num(p.tol, 0.05)],
    ['keep', p.keep.join(',') || null],
  ],
  describe: (p) =>
    `Make det A = ${fmt(p.target)}${p.keep.length ? ` without moving ${p.keep.map((k) => k.replace('i', 'î').replace('j', 'ĵ')).join(' or ')}` : ''}`,
  measure(s, start, p) {
    const [[a, b], [c, d]] = s.m;
    const D = det2(s.m);
    const formula = `det A = ad ${MINUS} bc = ${fmt(a)}·${fmtParen(d)} ${MINUS} ${fmtParen(b)}·${fmtParen(c)} = ${fmt(D, 3)}`;
    const why =
      p.target === 0
        ? `${formula}. The columns î → ${vec(column(s.m, 0))} and ĵ → ${vec(column(s.m, 1))} lie on one line through the origin, ` +
          `so A squashes the whole plane onto that line: every area becomes 0, and no matrix can undo it (A has no inverse).`
        : `${formula}: A multiplies every area by ${fmt(Math.abs(D), 3)}${D < 0 ? ' and flips the plane over' : ''}.`;
    return reading(
      Math.abs(D - p.target),
      p.tol,
      `det A = ${fmt(D, 3)}; the goal is ${fmt(p.target)} (within ${sig(p.tol)})`,
      why,
      partKept(s, start, p.keep),
    );
  },
};

type EigenP = { tol: number; keep: readonly Part[] };
const eigen: GoalKind<TransformSnapshot, EigenP> = {
  id: 'eigen',
  scene: 'transform',
  keys: ['tol', 'keep'],
  read: (r) => ({ tol: r.number('tol', 1, 0, 90), keep: keepPart(r, ['i', 'j']) }),
  write: (p) => [
    ['tol', num(p.tol, 1)],
    ['keep', p.keep.length === 2 && p.keep.includes('i') && p.keep.includes('j') ? null : p.keep.join(',') || 'none'],
  ],
  describe: () => 'Find a vector x that A only stretches: A x along the line of x',
  measure(s, start, p) {
    const x = s.x;
    const ax = apply(s.m, x);
    const nx = norm2(x);
    if (nx < 0.1) return { reached: false, closeness: 0, text: `x = ${vec(x)} is (almost) the zero vector; pick a vector with a direction`, why: '' };
    const scale = Math.hypot(s.m[0][0], s.m[0][1], s.m[1][0], s.m[1][1]) * nx;
    const nax = norm2(ax);
    // A x = 0 is the eigenvalue 0: x is squashed, not turned.
    const angle =
      nax <= 1e-9 * scale ? 0 : (Math.abs(Math.asin(Math.max(-1, Math.min(1, (x[0] * ax[1] - x[1] * ax[0]) / (nx * nax))))) * 180) / Math.PI;
    const lambda = dot(ax, x) / (nx * nx);
    return reading(
      angle,
      p.tol,
      `x and A x are ${fmt(angle, 1)}° apart; the goal is within ${sig(p.tol)}° of one line`,
      `A x = ${vec(ax)} ≈ ${fmt(lambda, 3)} × ${vec(x)} = λ x with λ = ${fmt(lambda, 3)}: A only ${
        lambda < 0 ? 'stretches and flips' : Math.abs(lambda) < 1 ? 'shrinks' : 'stretches'
      } x, never turns it. Such an x is an eigenvector of A, and every vector on its line is one too: A v = λ v.`,
      partKept(s, start, p.keep),
    );
  },
};

type SolveP = { b: Vec2; tol: number; keep: readonly Part[] };
const solve: GoalKind<TransformSnapshot, SolveP> = {
  id: 'solve',
  scene: 'transform',
  keys: ['b', 'tol', 'keep'],
  read: (r) => ({ b: r.vec2('b', [4, 1]), tol: tolerance(r, 0.05), keep: keepPart(r, ['i', 'j']) }),
  write: (p) => [
    ['b', pt(p.b)],
    ['tol', num(p.tol, 0.05)],
    ['keep', p.keep.length === 2 && p.keep.includes('i') && p.keep.includes('j') ? null : p.keep.join(',') || 'none'],
  ],
  describe: (p) => `Move x so that A x = b = ${vec(p.b)}`,
  measure(s, start, p) {
    const ax = apply(s.m, s.x);
    const d = norm2(sub(ax, p.b));
    const inv = inv2(s.m);
    const exact = inv ? apply(inv, p.b) : null;
    return reading(
      d,
      p.tol,
      `A x = ${vec(ax)}, ${fmt(d, 2)} away from b = ${vec(p.b)} (‖A x ${MINUS} b‖ = ${sig(d)})`,
      `A x = ${fmt(s.x[0])}·${vec(column(s.m, 0))} + ${fmtParen(s.x[1])}·${vec(column(s.m, 1))} = ${vec(ax)} = b: ` +
        `x's components say how much of each column to take.` +
        (exact ? ` The exact answer is x = A⁻¹ b = ${vec(exact)}.` : ''),
      partKept(s, start, p.keep),
    );
  },
};

type MatrixP = { m: Mat2; tol: number };
const matrix: GoalKind<TransformSnapshot, MatrixP> = {
  id: 'matrix',
  scene: 'transform',
  keys: ['m', 'tol'],
  read: (r) => {
    const v = r.numbers('m', 4, [0, -1, 1, 0]);
    return {
      m: [
        [v[0], v[1]],
        [v[2], v[3]],
      ],
      tol: tolerance(r, 0.05),
    };
  },
  write: (p) => [
    ['m', writeNumbers(p.m.flat())],
    ['tol', num(p.tol, 0.05)],
  ],
  describe: (p) => `Make A = ${matText(p.m)}`,
  measure(s, _start, p) {
    const d = Math.max(...[0, 1].flatMap((i) => [0, 1].map((j) => Math.abs(s.m[i][j] - p.m[i][j]))));
    return reading(
      d,
      p.tol,
      `A = ${matText(s.m)}: its farthest entry is ${fmt(d, 2)} off (within ${sig(p.tol)} counts)`,
      `A's columns are where î and ĵ land: î → ${vec(column(s.m, 0))}, ĵ → ${vec(column(s.m, 1))}. ` +
        `Knowing where the two basis vectors go fixes where every vector goes, A x = x₁ î′ + x₂ ĵ′.`,
    );
  },
};

// ——— Descent ———

const OPTIMIZERS: readonly Optimizer[] = ['gd', 'momentum', 'adam'];
const OPT_NAMES: Record<Optimizer, string> = { gd: 'gradient descent', momentum: 'momentum', adam: 'Adam' };

/** The last gradient compiled: a drag recompiles nothing. */
let lastGradient: { engine: Engine; text: string; result: CompiledGradient | null } | null = null;
function gradientOf(engine: Engine, text: string): CompiledGradient | null {
  if (lastGradient?.engine !== engine || lastGradient.text !== text) {
    const r = engine.compileGradient(text);
    lastGradient = { engine, text, result: r.ok ? r : null };
  }
  return lastGradient.result;
}

function run(s: DescentSnapshot, g: CompiledGradient, optimizer: Optimizer, steps: number) {
  return runOptimizer({
    grad: g.fn,
    f: g.f.fn,
    start: s.start,
    optimizer,
    lr: s.lr,
    beta: s.beta,
    beta1: s.beta1,
    beta2: s.beta2,
    eps: s.eps,
    steps,
  });
}

type ConvergeP = { opt: Optimizer; under: number; tol: number };
const MAX_CONVERGE = 1000;
const converge: GoalKind<DescentSnapshot, ConvergeP> = {
  id: 'converge',
  scene: 'descent',
  keys: ['opt', 'under', 'tol'],
  read: (r) => ({
    opt: r.flags('opt', OPTIMIZERS, ['gd'])[0] ?? 'gd',
    under: Math.round(r.number('under', 20, 1, MAX_CONVERGE)),
    tol: tolerance(r, 1e-3),
  }),
  write: (p) => [
    ['opt', p.opt === 'gd' ? null : p.opt],
    ['under', num(p.under, 20)],
    ['tol', num(p.tol, 1e-3)],
  ],
  describe: (p) => `Pick a learning rate with which ${OPT_NAMES[p.opt]} converges in under ${p.under} steps`,
  measure(s, _start, p, { engine }) {
    if (!engine) return waiting('Loading the formula engine…');
    const g = gradientOf(engine, s.f);
    if (!g) return waiting('The loss f does not read; fix it to measure');
    const r = run(s, g, p.opt, MAX_CONVERGE);
    let k = -1;
    for (let i = 0; i < 2 * r.count && 2 * i + 1 < r.grads.length; i++)
      if (Math.hypot(r.grads[2 * i], r.grads[2 * i + 1]) <= p.tol) {
        k = i;
        break;
      }
    const name = OPT_NAMES[p.opt];
    if (k < 0) {
      const text = r.diverged
        ? `With η = ${fmt(s.lr, 4)}, ${name} diverges (step ${r.divergedAtStep ?? r.count}): the learning rate is too large`
        : `With η = ${fmt(s.lr, 4)}, ${name} has not settled after ${MAX_CONVERGE} steps: the learning rate is too small`;
      return { reached: false, closeness: r.diverged ? 0.05 : 0.2, text, why: '' };
    }
    const end = [r.iterates[2 * k], r.iterates[2 * k + 1]];
    return reading(
      k,
      p.under - 1,
      `With η = ${fmt(s.lr, 4)}, ${name} settles (‖∇f‖ ≤ ${sig(p.tol)}) after ${k} steps; the goal is under ${p.under}`,
      `${name[0].toUpperCase()}${name.slice(1)} with η = ${fmt(s.lr, 4)} reaches ${vec(end)} in ${k} steps, where the gradient is flat. ` +
        `Too small an η crawls; too large an η overshoots the valley's floor and bounces ever higher. Between them lies the fastest.`,
    );
  },
};

const divergeGoal: GoalKind<DescentSnapshot, { opt: Optimizer }> = {
  id: 'diverge',
  scene: 'descent',
  keys: ['opt'],
  read: (r) => ({ opt: r.flags('opt', OPTIMIZERS, ['gd'])[0] ?? 'gd' }),
  write: (p) => [['opt', p.opt === 'gd' ? null : p.opt]],
  describe: (p) => `Find a learning rate so large that ${OPT_NAMES[p.opt]} diverges`,
  measure(s, _start, p, { engine }) {
    if (!engine) return waiting('Loading the formula engine…');
    const g = gradientOf(engine, s.f);
    if (!g) return waiting('The loss f does not read; fix it to measure');
    const r = run(s, g, p.opt, MAX_CONVERGE);
    const name = OPT_NAMES[p.opt];
    if (!r.diverged) {
      const last = r.loss ? r.loss[r.count - 1] : NaN;
      return {
        reached: false,
        closeness: Math.min(0.9, Math.max(0.05, Math.log10(Math.max(s.lr, 1e-6)) / 6 + 1) * 0.9),
        text: `With η = ${fmt(s.lr, 4)}, ${name} stays bounded (f = ${sig(last)} after ${MAX_CONVERGE} steps)`,
        why: '',
      };
    }
    return {
      reached: true,
      closeness: 1,
      text: `With η = ${fmt(s.lr, 4)}, ${name} leaves the plane at step ${r.divergedAtStep ?? r.count}`,
      why:
        `With η = ${fmt(s.lr, 4)} each step overshoots the bottom by more than it started from, so the distance grows every step ` +
        `until the point leaves the plane (step ${r.divergedAtStep ?? r.count}). For a bowl f = c x², GD diverges once η > 1/c.`,
    };
  },
};

type ReachP = { opt: Optimizer; at: Vec2; tol: number; steps: number };
const reach: GoalKind<DescentSnapshot, ReachP> = {
  id: 'reach',
  scene: 'descent',
  keys: ['opt', 'at', 'tol', 'steps'],
  read: (r) => ({
    opt: r.flags('opt', OPTIMIZERS, ['adam'])[0] ?? 'adam',
    at: r.vec2('at', [0, 0]),
    tol: tolerance(r, 0.1),
    steps: Math.round(r.number('steps', 500, 1, MAX_CONVERGE)),
  }),
  write: (p) => [
    ['opt', p.opt === 'adam' ? null : p.opt],
    ['at', pt(p.at)],
    ['tol', num(p.tol, 0.1)],
    ['steps', num(p.steps, 500)],
  ],
  describe: (p) => `Place the start so that ${OPT_NAMES[p.opt]} ends at ${vec(p.at)}`,
  measure(s, _start, p, { engine }) {
    if (!engine) return waiting('Loading the formula engine…');
    const g = gradientOf(engine, s.f);
    if (!g) return waiting('The loss f does not read; fix it to measure');
    const r = run(s, g, p.opt, p.steps);
    const end: Vec2 = [r.iterates[2 * (r.count - 1)], r.iterates[2 * (r.count - 1) + 1]];
    const d = r.diverged ? Infinity : norm2(sub(end, p.at));
    const name = OPT_NAMES[p.opt];
    return reading(
      d,
      p.tol,
      r.diverged
        ? `From ${vec(s.start)}, ${name} diverges`
        : `From ${vec(s.start)}, ${name} ends at ${vec(end)} after ${p.steps} steps, ${fmt(d, 2)} from ${vec(p.at)}`,
      `From ${vec(s.start)}, ${name} rolls into the valley around ${vec(end)} and stays: f = ${sig(g.f.fn(end[0], end[1]))}, ‖∇f‖ = ${sig(
        norm2(g.fn(end[0], end[1])),
      )}. A loss with several minima splits the plane into basins; the start picks the basin, and the optimizer only follows the slope down.`,
    );
  },
};

// ——— Field ———

let lastField: { engine: Engine; key: string; result: CompiledField | null } | null = null;
function fieldOf(engine: Engine, s: FieldSnapshot): CompiledField | null {
  const key = s.f === null ? `F:${s.F}` : `f:${s.f}`;
  if (lastField?.engine !== engine || lastField.key !== key) {
    const r = s.f === null ? engine.compileField(s.F) : engine.compileDownhill(s.f);
    lastField = { engine, key, result: r.ok ? r : null };
  }
  return lastField.result;
}

type FieldP = { of: 'div' | 'curl'; tol: number };
const SAMPLES = 21;
/** Largest |div F| (or |curl F|) and |F| on a grid over [−5, 5]², skipping points where F is undefined. */
function sampleField(f: CompiledField, of: 'div' | 'curl') {
  let worst = 0;
  let where: Vec2 = [0, 0];
  let biggest = 0;
  let defined = 0;
  for (let i = 0; i < SAMPLES; i++)
    for (let j = 0; j < SAMPLES; j++) {
      // Off the lattice by a little, so a field undefined only at the origin is sampled around it.
      const x = -5 + (10 * i) / (SAMPLES - 1) + 0.013;
      const y = -5 + (10 * j) / (SAMPLES - 1) + 0.017;
      const v = (of === 'div' ? f.divergence : f.curl).fn(x, y);
      const F = f.fn(x, y);
      if (!Number.isFinite(v) || !Number.isFinite(F[0]) || !Number.isFinite(F[1])) continue;
      defined++;
      biggest = Math.max(biggest, Math.hypot(F[0], F[1]));
      if (Math.abs(v) > worst) {
        worst = Math.abs(v);
        where = [x, y];
      }
    }
  return { worst, where, biggest, defined };
}

const fieldGoal: GoalKind<FieldSnapshot, FieldP> = {
  id: 'zero',
  scene: 'field',
  keys: ['of', 'tol'],
  read: (r) => ({ of: r.flags<'div' | 'curl'>('of', ['div', 'curl'], ['div'])[0] ?? 'div', tol: tolerance(r, 1e-9) }),
  write: (p) => [
    ['of', p.of === 'div' ? null : p.of],
    ['tol', num(p.tol, 1e-9)],
  ],
  describe: (p) => `Type a field whose ${p.of === 'div' ? 'divergence' : 'curl'} is 0 everywhere`,
  measure(s, _start, p, { engine }) {
    if (!engine) return waiting('Loading the formula engine…');
    const f = fieldOf(engine, s);
    if (!f) return waiting('The field does not read; fix it to measure');
    const { worst, where, biggest, defined } = sampleField(f, p.of);
    const name = p.of === 'div' ? 'div F' : 'curl F';
    if (defined < (SAMPLES * SAMPLES) / 2) return waiting(`F is undefined at most points of the plane; type a field defined almost everywhere`);
    if (biggest === 0) return { reached: false, closeness: 0.5, text: 'F = (0, 0) everywhere: nothing moves. Type a field that flows.', why: '' };
    const formula = (p.of === 'div' ? f.divergence : f.curl).equation;
    return {
      ...reading(
        worst,
        p.tol,
        worst <= p.tol
          ? `${name} = 0 at all ${defined} points sampled`
          : `${name} = ${sig(worst)} at ${vec(where)}, the largest of ${defined} points sampled`,
        p.of === 'div'
          ? `${name} = ∂P/∂x + ∂Q/∂y = 0 at every point sampled: as much flows out of any small box as flows in, so the particles never bunch up or thin out. ` +
              `A rotation such as (${MINUS}y, x) is the classic example.`
          : `${name} = ∂Q/∂x ${MINUS} ∂P/∂y = 0 at every point sampled: a paddle wheel dropped anywhere does not spin. ` +
              `A field that is the gradient of some f always does this.`,
      ),
      tex: formula,
    };
  },
};

// ——— Matrices ———

/** The cell the goal reads: 1-based in the link, the last cell that has text by default. */
function goalCell(cells: readonly string[], cell: number | null): number {
  if (cell !== null) return cell - 1;
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i].trim() && !cells[i].trim().startsWith('#')) return i;
  return cells.length - 1;
}

const shapeText = (shape: readonly number[]) => `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
const shapeOf = (v: NotebookValue): readonly number[] | null => (v.kind === 'array' ? v.array.shape : v.kind === 'scalar' ? [] : null);

let lastRun: { key: string; results: CellResult[] } | null = null;
function results(cells: readonly string[]): CellResult[] {
  const key = cells.join('\n');
  if (lastRun?.key !== key) lastRun = { key, results: runNotebook(cells) };
  return lastRun.results;
}

function readCell(r: ParamReader): number | null {
  return r.has('cell') ? Math.round(r.number('cell', 1, 1, 50)) : null;
}

/** The cells a challenge keeps as they were (1-based in the link). */
function cellsKept(s: MatricesSnapshot, start: MatricesSnapshot, keep: readonly number[]): string | undefined {
  const k = keep.find((i) => (s.cells[i - 1] ?? '') !== (start.cells[i - 1] ?? ''));
  return k === undefined ? undefined : `cell ${k} has changed: this challenge keeps it as “${start.cells[k - 1] ?? ''}”. Put it back (Undo does).`;
}

function readKeepCells(r: ParamReader): number[] {
  if (!r.has('keep')) return [];
  const text = r.text('keep', '', 200);
  const out: number[] = [];
  for (const w of text.split(',').filter(Boolean)) {
    const n = Number(w);
    if (Number.isInteger(n) && n >= 1 && n <= 50) out.push(n);
    else r.problems.push({ key: 'keep', message: `“${w}” is not a cell number (1 to 50); it is left out` });
  }
  return out;
}

type ShapeP = { shape: readonly number[]; cell: number | null; broadcast: boolean; keep: readonly number[] };
const shape: GoalKind<MatricesSnapshot, ShapeP> = {
  id: 'shape',
  scene: 'matrices',
  keys: ['shape', 'cell', 'broadcast', 'keep'],
  read: (r) => {
    let dims = [3, 4];
    if (r.has('shape')) {
      const text = r.text('shape', '3,4', 40);
      const parts = text.split(',').filter((w) => w.trim() !== '');
      const ns = parts.map(Number);
      if (ns.length >= 1 && ns.length <= 2 && ns.every((n) => Number.isInteger(n) && n >= 1 && n <= 64)) dims = ns;
      else r.problems.push({ key: 'shape', message: `“${text}” is not a shape such as 3,4 (one or two sizes, 1 to 64); using 3,4` });
    }
    return { shape: dims, cell: readCell(r), broadcast: r.boolean('broadcast', true), keep: readKeepCells(r) };
  },
  write: (p) => [
    ['shape', p.shape.join(',')],
    ['cell', p.cell === null ? null : String(p.cell)],
    ['broadcast', p.broadcast ? null : '0'],
    ['keep', p.keep.join(',') || null],
  ],
  describe: (p) => `${p.broadcast ? 'Broadcast two arrays into' : 'Make'} a result of shape ${shapeText(p.shape)}`,
  measure(s, start, p) {
    const at = goalCell(s.cells, p.cell);
    const r = results(s.cells)[at];
    const label = `cell ${at + 1}`;
    const broken = cellsKept(s, start, p.keep);
    if (!r) return { reached: false, closeness: 0, text: `There is no ${label} yet`, why: '', broken };
    if (!r.ok) return { reached: false, closeness: 0.1, text: `${label} does not run: ${r.error.message}`, why: '', broken };
    const got = shapeOf(r.value);
    const want = p.shape;
    const matches = got !== null && got.length === want.length && got.every((n, i) => n === want[i]);
    const prov = r.provenance;
    const stretched =
      prov?.op === 'elementwise' && [prov.left, prov.right].some((o) => (shapeOf(o.value) ?? []).join(',') !== prov.shape.join(',')) ? prov : null;
    const off =
      got === null
        ? Infinity
        : want.reduce((acc, n, i) => acc + Math.abs((got[got.length - want.length + i] ?? 1) - n), 0) + Math.abs(got.length - want.length);
    const text = `${label} ${got === null ? 'is not an array' : `has shape ${shapeText(got)}`}; the goal is ${shapeText(want)}${
      p.broadcast && matches && !stretched ? ', made by broadcasting two arrays of other shapes' : ''
    }`;
    const why = stretched
      ? `${shapeText(shapeOf(stretched.left.value) ?? [])} and ${shapeText(shapeOf(stretched.right.value) ?? [])}, aligned from the right: ` +
        `on each axis the sizes are equal, or one of them is 1 (a missing axis counts as 1) and stretches to the other. So the result is ${shapeText(want)}.`
      : `${label} has shape ${shapeText(want)}.`;
    const done = matches && (!p.broadcast || stretched !== null);
    return {
      reached: done && !broken,
      closeness: done ? (broken ? 0.5 : 1) : Math.min(0.9, closenessOf(off, 0.5)),
      text,
      why: done && !broken ? why : '',
      broken,
    };
  },
};

type ValueP = { value: string; parsed: NotebookValue | null; cell: number | null; tol: number; keep: readonly number[] };
const value: GoalKind<MatricesSnapshot, ValueP> = {
  id: 'value',
  scene: 'matrices',
  keys: ['value', 'cell', 'tol', 'keep'],
  read: (r) => {
    const text = r.text('value', '[[17], [39]]', 400);
    const [res] = runNotebook([`np.array(${text})`]);
    let parsed: NotebookValue | null = res.ok ? res.value : null;
    if (!res.ok || parsed?.kind !== 'array') {
      r.problems.push({ key: 'value', message: `“${text}” is not an array such as [[17], [39]]; the goal cannot be reached` });
      parsed = null;
    }
    return { value: text, parsed, cell: readCell(r), tol: tolerance(r, 1e-9), keep: readKeepCells(r) };
  },
  write: (p) => [
    ['value', p.value.replace(/\s+/g, '')],
    ['cell', p.cell === null ? null : String(p.cell)],
    ['tol', num(p.tol, 1e-9)],
    ['keep', p.keep.join(',') || null],
  ],
  describe: (p) => `Make ${p.cell === null ? "the last cell's" : `cell ${p.cell}'s`} result ${p.value}`,
  measure(s, start, p) {
    const at = goalCell(s.cells, p.cell);
    const r = results(s.cells)[at];
    const label = `cell ${at + 1}`;
    const broken = cellsKept(s, start, p.keep);
    if (!p.parsed || p.parsed.kind !== 'array') return { reached: false, closeness: 0, text: 'This challenge’s target value does not read', why: '' };
    if (!r) return { reached: false, closeness: 0, text: `There is no ${label} yet`, why: '', broken };
    if (!r.ok) return { reached: false, closeness: 0.1, text: `${label} does not run: ${r.error.message}`, why: '', broken };
    const want = p.parsed.array;
    const v = r.value;
    const got = v.kind === 'array' ? v.array : null;
    if (!got || got.shape.join(',') !== want.shape.join(','))
      return {
        reached: false,
        closeness: 0.2,
        text: `${label} ${got ? `has shape ${shapeText(got.shape)}` : 'is not an array'}; the goal is an array of shape ${shapeText(want.shape)}`,
        why: '',
        broken,
      };
    let d = 0;
    for (let i = 0; i < want.size; i++) d = Math.max(d, Math.abs(got.data[i] - want.data[i]));
    const scale = Math.max(1, ...Array.from(want.data, Math.abs));
    const r2 = reading(
      d / scale,
      p.tol,
      d === 0 ? `${label} is exactly the goal` : `${label} is ${reprValue(v).replace(/\s+/g, ' ')}; its farthest entry is ${sig(d)} off`,
      r.provenance?.op === 'matmul'
        ? `${label} is ${reprValue(v).replace(/\s+/g, ' ')}: each entry is a row of the left matrix dotted with a column of the right one.`
        : `${label} is ${reprValue(v).replace(/\s+/g, ' ')}, the goal.`,
      broken,
    );
    // A relative tolerance as fine as round-off would leave the meter empty until the end: here it fills with the entries' closeness.
    return r2.reached ? r2 : { ...r2, closeness: Math.min(r2.closeness === 0 ? 0.95 : 1, 0.95) * Math.max(0, 1 - d / scale) };
  },
};

// ——— PCA ———

type VarianceP = { share: number };
const variance: GoalKind<PcaSnapshot, VarianceP> = {
  id: 'variance',
  scene: 'pca',
  keys: ['share'],
  read: (r) => ({ share: r.number('share', 0.9, 0, 1) }),
  write: (p) => [['share', num(p.share, 0.9)]],
  describe: (p) => `Turn the candidate axis u to capture ${fmt(p.share * 100, 1)} % of the variance`,
  measure(s, _start, p) {
    const sp = spread2(s.points);
    if (!sp || !(sp.total > 0)) return waiting('The points have no spread to capture; add some');
    const along = varianceAlong(sp.cov, s.angle) / sp.total;
    const best = sp.values[0] / sp.total;
    if (best < p.share)
      return {
        reached: false,
        closeness: closenessOf(p.share - along, 0.005),
        text: `u captures ${fmt(along * 100, 1)} %; even PC1 captures only ${fmt(best * 100, 1)} % of these points, short of ${fmt(p.share * 100, 1)} %`,
        why: '',
      };
    return fill(
      along / p.share,
      Math.max(0, p.share - along),
      0,
      `u at ${fmt(s.angle, 1)}° captures ${fmt(along * 100, 1)} % of the variance; the goal is ${fmt(p.share * 100, 1)} %`,
      `Along u at ${fmt(s.angle, 1)}° the points spread by a variance of ${fmt(along * sp.total, 3)} out of ${fmt(sp.total, 3)} in all: ${fmt(
        along * 100,
        1,
      )} %. The most any axis captures is ${fmt(best * 100, 1)} %, along PC1 at ${fmt(sp.angle, 1)}°: the top eigenvector of the covariance matrix, λ₁ = ${fmt(sp.values[0], 3)}.`,
    );
  },
};

// ——— Layer ———

const datasets = new Map<string, ReturnType<typeof makeDataset>>();
function dataset(name: DatasetName, seed: number) {
  const key = `${name}:${seed}`;
  let d = datasets.get(key);
  if (!d) {
    if (datasets.size > 8) datasets.clear();
    datasets.set(key, (d = makeDataset(name, seed)));
  }
  return d;
}

type SeparateP = { accuracy: number };
const separate: GoalKind<LayerSnapshot, SeparateP> = {
  id: 'separate',
  scene: 'layer',
  keys: ['accuracy'],
  read: (r) => ({ accuracy: r.number('accuracy', 0.95, 0.5, 1) }),
  write: (p) => [['accuracy', num(p.accuracy, 0.95)]],
  describe: (p) => `Make the network classify ${fmt(p.accuracy * 100, 1)} % of the points correctly`,
  measure(s, _start, p) {
    const d = dataset(s.data, s.seed);
    const params = new Float64Array(P.size);
    params.set([s.w[0][0], s.w[0][1], s.w[1][0], s.w[1][1], s.b[0], s.b[1]]);
    params.set(s.net.slice(0, P.size - 6), 6);
    const acc = accuracy(params, s.act, d.xy, d.label);
    const right = Math.round(acc * d.count);
    return fill(
      (acc - 0.5) / (p.accuracy - 0.5 || 1),
      Math.max(0, p.accuracy - acc),
      0,
      `${right} of ${d.count} points classified correctly (${fmt(acc * 100, 1)} %); the goal is ${fmt(p.accuracy * 100, 1)} %`,
      `${right} of ${d.count} points land on their own side of the decision boundary. Each layer warps the plane (W x + b, then the bend of the nonlinearity) ` +
        `until one straight line can split the two classes; drawn back in the input plane, that line is the curved boundary you see.`,
    );
  },
};

/** Every goal kind, by the word a link uses. */
export const GOALS: readonly GoalKind[] = [
  norm,
  dotGoal,
  sum,
  value,
  shape,
  det,
  eigen,
  solve,
  matrix,
  converge,
  divergeGoal,
  reach,
  fieldGoal,
  variance,
  separate,
];

export const findGoal = (id: string): GoalKind | undefined => GOALS.find((g) => g.id === id);
