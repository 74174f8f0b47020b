// The image of the integer grid under a 2×2 matrix, clipped to what is on screen:
// the picture of "a matrix moves every point of the plane".
import { apply, det2, inv2, type Mat2 } from '../math/mat2';
import type { Vec2 } from '../math/vec2';
import type { Box } from '../math/box';

export type LineSegment = readonly [Vec2, Vec2];

/** The part of the plane whose image can be on screen, as a box in the original coordinates. */
function preimage(m: Mat2, box: Box): Box {
  const inv = inv2(m);
  const corners: Vec2[] = [
    [box.xMin, box.yMin],
    [box.xMax, box.yMin],
    [box.xMin, box.yMax],
    [box.xMax, box.yMax],
  ];
  const span = Math.max(box.xMax - box.xMin, box.yMax - box.yMin);
  if (!inv) {
    // A squashed plane: every line lands on one line; draw a generous neighbourhood.
    const r = span * 4 + Math.hypot(box.xMin + box.xMax, box.yMin + box.yMax);
    return { xMin: -r, xMax: r, yMin: -r, yMax: r };
  }
  const pre = corners.map((c) => apply(inv, c));
  const xs = pre.map((p) => p[0]);
  const ys = pre.map((p) => p[1]);
  return { xMin: Math.min(...xs), xMax: Math.max(...xs), yMin: Math.min(...ys), yMax: Math.max(...ys) };
}

/** The smallest step in 1, 2, 5, 10, … that keeps at most `max` lines across `span`. */
function coarsen(span: number, step: number, max: number): number {
  let s = step;
  for (const f of [2, 2.5, 2]) {
    if (span / s <= max) return s;
    s *= f;
  }
  while (span / s > max) s *= 10;
  return s;
}

/** The preimage of the box, kept within ±10⁶, and a grid step that keeps at most `maxLines` lines across it. */
function reach(m: Mat2, box: Box, step: number, maxLines: number): { x0: number; x1: number; y0: number; y1: number; s: number } {
  const pre = preimage(m, box);
  const clamp = (v: number) => Math.max(-1e6, Math.min(1e6, v));
  const x0 = clamp(pre.xMin);
  const x1 = clamp(pre.xMax);
  const y0 = clamp(pre.yMin);
  const y1 = clamp(pre.yMax);
  return { x0, x1, y0, y1, s: coarsen(Math.max(x1 - x0, y1 - y0), step, maxLines) };
}

/**
 * Images of the grid lines x = i·step and y = j·step under m, each as a segment
 * long enough to cross the visible box. At most `maxLines` lines each way, so a
 * nearly singular matrix (whose preimage of the screen is vast) stays cheap.
 */
export function gridImage(m: Mat2, box: Box, step = 1, maxLines = 60): { vertical: LineSegment[]; horizontal: LineSegment[]; step: number } {
  const finite = m.every((row) => row.every(Number.isFinite));
  if (!finite) return { vertical: [], horizontal: [], step };
  const { x0, x1, y0, y1, s } = reach(m, box, step, maxLines);
  const vertical: LineSegment[] = [];
  const horizontal: LineSegment[] = [];
  for (let i = Math.ceil(x0 / s); i * s <= x1; i++) vertical.push([apply(m, [i * s, y0]), apply(m, [i * s, y1])]);
  for (let j = Math.ceil(y0 / s); j * s <= y1; j++) horizontal.push([apply(m, [x0, j * s]), apply(m, [x1, j * s])]);
  return { vertical, horizontal, step: s };
}

/** Grid lines x = i·step (i0 ≤ i ≤ i1) and y = j·step (j0 ≤ j ≤ j1), in the original coordinates. */
export type Lattice = { readonly i0: number; readonly i1: number; readonly j0: number; readonly j1: number; readonly step: number };

/**
 * The lattice whose image under m covers the box, to be drawn through m as a transform. Its index
 * range is widened to multiples of `pad`, so that while m changes a little under a drag the lattice
 * (and the path drawn from it) stays the same and only the transform changes. Null when m is
 * singular or nearly so: a browser draws nothing through a singular transform, so such matrices
 * are drawn from `gridImage` instead.
 */
export function latticeFor(m: Mat2, box: Box, step = 1, maxLines = 60, pad = 8): Lattice | null {
  const entries = [m[0][0], m[0][1], m[1][0], m[1][1]];
  if (!entries.every(Number.isFinite)) return null;
  const size = Math.max(...entries.map(Math.abs));
  if (!(Math.abs(det2(m)) > 1e-6 * size * size)) return null;
  const { x0, x1, y0, y1, s } = reach(m, box, step, maxLines);
  const widen = (v: number, round: (x: number) => number) => round(v / s / pad) * pad;
  return { i0: widen(x0, Math.floor), i1: widen(x1, Math.ceil), j0: widen(y0, Math.floor), j1: widen(y1, Math.ceil), step: s };
}

export const sameLattice = (a: Lattice | null, b: Lattice | null): boolean =>
  a === b || (a !== null && b !== null && a.i0 === b.i0 && a.i1 === b.i1 && a.j0 === b.j0 && a.j1 === b.j1 && a.step === b.step);

/** The lattice as SVG path data in the original coordinates. */
export function latticePath({ i0, i1, j0, j1, step: s }: Lattice): string {
  let d = '';
  for (let i = i0; i <= i1; i++) d += `M${i * s},${j0 * s}V${j1 * s}`;
  for (let j = j0; j <= j1; j++) d += `M${i0 * s},${j * s}H${i1 * s}`;
  return d;
}
