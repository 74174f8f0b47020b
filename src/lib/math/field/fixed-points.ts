// The fixed points of a plane field in view (where F = 0 and a dye point
// stays put), each with what the flow does around it. Runs whenever the view
// or the field settles, so its work is bounded: a grid of seeds, a few dozen
// Newton steps each, and a shared budget of evaluations.
import type { Box } from '../box';
import type { Mat2 } from '../mat2';
import type { Vec2 } from '../vec2';
import { classify, type Classification } from './classify';
import { onCurve, seedOrder, solve, type Budget, type FieldFn, type JacobianFn, type Scales } from './zeros';

export type { Eigenvalues, FixedPointKind } from './classify';
export type { FieldFn, JacobianFn } from './zeros';

export interface FixedPoint extends Classification {
  readonly point: Vec2;
  /** Row-major [[∂P/∂x, ∂P/∂y], [∂Q/∂x, ∂Q/∂y]] at the point. */
  readonly jacobian: Mat2;
}

/** Zeros that are not isolated: F = 0 along a whole curve (or everywhere). */
export interface ZeroCurve {
  /** Sample points on the zero set, at most `maxCurvePoints`, sorted by x then y. */
  readonly points: readonly Vec2[];
  /** "F = 0 all along the line x = 0 here", "F = 0 all along a curve here (through (1, 2))" or "F = 0 everywhere here". */
  readonly sentence: string;
}

export interface FixedPoints {
  /** Isolated fixed points inside the box, sorted by x then y. */
  readonly points: readonly FixedPoint[];
  readonly curve: ZeroCurve | null;
  /**
   * Distinct zeros turned up for more than a quarter of the seeds: there are
   * likely more than the seed grid resolves (zoom in to find them all).
   */
  readonly crowded: boolean;
}

export interface FixedPointOptions {
  /** Seeds per side of the grid (default 10, so 100 seeds). */
  readonly seeds?: number;
  /** Newton steps per seed (default 40). */
  readonly iterations?: number;
  /** Evaluations of F and J for the whole search (default 6000). */
  readonly maxEvaluations?: number;
  /** Sample points kept on a zero curve (default 64). */
  readonly maxCurvePoints?: number;
}

const show = (v: number): string => {
  const r = Number(v.toPrecision(3));
  return r === 0 ? '0' : String(r).replace('-', '−');
};

// Zeros found from different seeds differ in their last bits; ties in x within that go by y.
const byPosition = (a: Vec2, b: Vec2) => (Math.abs(a[0] - b[0]) > 1e-9 * (Math.abs(a[0]) + Math.abs(b[0]) + 1) ? a[0] - b[0] : a[1] - b[1]);

export function fixedPoints(f: FieldFn, jacobian: JacobianFn, box: Box, options: FixedPointOptions = {}): FixedPoints {
  const { seeds: n = 10, iterations = 40, maxEvaluations = 6000, maxCurvePoints = 64 } = options;
  const w = box.xMax - box.xMin;
  const h = box.yMax - box.yMin;
  const span = Math.max(w, h);
  if (!(span > 0) || !Number.isFinite(span)) throw new Error(`fixedPoints needs a box of positive finite size, got ${JSON.stringify(box)}`);

  const seeds = seedOrder(box, n);
  const sizes = seeds.map(([x, y]) => Math.hypot(...f(x, y))).filter(Number.isFinite);
  if (sizes.length === 0) return { points: [], curve: null, crowded: false };
  const typical = median(sizes);
  const jScale = median(seeds.map(([x, y]) => Math.hypot(...jacobian(x, y).flat())).filter(Number.isFinite));
  if (Math.max(...sizes) === 0) {
    return { points: [], curve: { points: seeds.slice(0, maxCurvePoints).sort(byPosition), sentence: 'F = 0 everywhere here' }, crowded: false };
  }

  const margin = span / 2;
  const scales: Scales = {
    xtol: 1e-12 * span,
    // |F| a millionth of its typical size in view counts as zero.
    ftol: 1e-6 * typical,
    // About two seed spacings a step: Newton from a seed finds the zero nearest it, not one it
    // would jump to across the box (from x = 0.5, (x³ − x)'s Newton step lands on −1, past 0).
    maxStep: Math.min(span / 4, (2 * span) / n),
    roam: { xMin: box.xMin - margin, xMax: box.xMax + margin, yMin: box.yMin - margin, yMax: box.yMax + margin },
  };
  const budget: Budget = { left: maxEvaluations };
  const same = 1e-6 * span;
  const found: Vec2[] = [];
  for (const [x, y] of seeds) {
    if (budget.left <= 0) break;
    const z = solve(f, jacobian, x, y, scales, iterations, budget);
    if (!z || found.some((p) => Math.abs(p[0] - z[0]) <= same && Math.abs(p[1] - z[1]) <= same)) continue;
    found.push(z);
  }

  const slack = 1e-9 * span;
  const inBox = ([x, y]: Vec2) => x >= box.xMin - slack && x <= box.xMax + slack && y >= box.yMin - slack && y <= box.yMax + slack;
  const step = span / n / 2;
  // The curve test gets its own allowance, so a search that spent its budget can still tell a line from a point.
  const curveBudget: Budget = { left: Math.max(200, maxEvaluations / 4) };
  const points: FixedPoint[] = [];
  const curve: Vec2[] = [];
  for (const z of found) {
    if (!inBox(z)) continue;
    const j = jacobian(z[0], z[1]);
    const c = classify(j, jScale);
    if (c.kind === 'degenerate' && onCurve(f, jacobian, z, step, scales, iterations, curveBudget)) curve.push(z);
    else points.push({ point: z, jacobian: j, ...c });
  }
  points.sort((a, b) => byPosition(a.point, b.point));
  return {
    points,
    curve: curve.length ? { points: thin(curve.sort(byPosition), maxCurvePoints), sentence: curveSentence(curve, box, same) } : null,
    crowded: found.length > seeds.length / 4,
  };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  values.sort((a, b) => a - b);
  return values[values.length >> 1];
}

function thin(points: Vec2[], max: number): Vec2[] {
  if (points.length <= max) return points;
  return Array.from({ length: max }, (_, k) => points[Math.floor((k * points.length) / max)]);
}

function curveSentence(points: readonly Vec2[], box: Box, same: number): string {
  const fmt = (v: number) => show(Math.abs(v) <= same ? 0 : v);
  const spread = (k: 0 | 1) => Math.max(...points.map((p) => p[k])) - Math.min(...points.map((p) => p[k]));
  const mean = (k: 0 | 1) => points.reduce((s, p) => s + p[k], 0) / points.length;
  if (points.length > 1 && spread(0) <= same) return `F = 0 all along the line x = ${fmt(mean(0))} here`;
  if (points.length > 1 && spread(1) <= same) return `F = 0 all along the line y = ${fmt(mean(1))} here`;
  const cx = (box.xMin + box.xMax) / 2;
  const cy = (box.yMin + box.yMax) / 2;
  const near = points.reduce((best, p) => (Math.hypot(p[0] - cx, p[1] - cy) < Math.hypot(best[0] - cx, best[1] - cy) ? p : best));
  return `F = 0 all along a curve here (through (${fmt(near[0])}, ${fmt(near[1])}))`;
}
