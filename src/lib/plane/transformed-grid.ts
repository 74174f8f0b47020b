// The image of the integer grid under a 2×2 matrix, clipped to what is on screen:
// the picture of "a matrix moves every point of the plane".
import { apply, inv2, type Mat2 } from '../math/mat2';
import type { Vec2 } from '../math/vec2';
import type { Box } from './view.svelte';

export type Segment = readonly [Vec2, Vec2];

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

/**
 * Images of the grid lines x = i·step and y = j·step under m, each as a segment
 * long enough to cross the visible box. At most `maxLines` lines each way, so a
 * nearly singular matrix (whose preimage of the screen is vast) stays cheap.
 */
export function gridImage(m: Mat2, box: Box, step = 1, maxLines = 60): { vertical: Segment[]; horizontal: Segment[]; step: number } {
  const finite = m.every((row) => row.every(Number.isFinite));
  if (!finite) return { vertical: [], horizontal: [], step };
  const pre = preimage(m, box);
  const clamp = (v: number) => Math.max(-1e6, Math.min(1e6, v));
  const x0 = clamp(pre.xMin);
  const x1 = clamp(pre.xMax);
  const y0 = clamp(pre.yMin);
  const y1 = clamp(pre.yMax);
  const s = coarsen(Math.max(x1 - x0, y1 - y0), step, maxLines);
  const vertical: Segment[] = [];
  const horizontal: Segment[] = [];
  for (let i = Math.ceil(x0 / s); i * s <= x1; i++) vertical.push([apply(m, [i * s, y0]), apply(m, [i * s, y1])]);
  for (let j = Math.ceil(y0 / s); j * s <= y1; j++) horizontal.push([apply(m, [x0, j * s]), apply(m, [x1, j * s])]);
  return { vertical, horizontal, step: s };
}
