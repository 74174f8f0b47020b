// The image of a square patch of grid lines under any map of the plane p ↦ q, for pictures of
// nonlinear maps (a neural layer's σ(W x + b) folding or squashing the plane). Each line is
// sampled along its length; an affine map takes the exact path instead, the two ends of every
// line (its image is straight), and a piecewise-linear one (ReLU) its ends and its bends only.
import type { Mat2 } from '../math/mat2';
import type { Vec2 } from '../math/vec2';
import type { Affine } from './frame';

/** Writes the image of (x, y) into out[at], out[at + 1]: no allocation per point. */
export type PointMap = (x: number, y: number, out: Float64Array, at: number) => void;

/** Lines x = c and y = c for `lines` values of c evenly from lo to hi; every `majorEvery`-th (counted from 0) is a major line. */
export type GridPatch = { readonly lo: number; readonly hi: number; readonly lines: number; readonly majorEvery: number };

/** 41 lines each way over [−4, 4], a major line at every whole number. */
export const PATCH_41: GridPatch = { lo: -4, hi: 4, lines: 41, majorEvery: 5 };

/** Polylines in one buffer: line k is points starts[k] … starts[k + 1] − 1 of xy (x, y pairs). */
export type Polylines = { readonly xy: Float64Array; readonly starts: Uint32Array };

export type WarpedGrid = { readonly minor: Polylines; readonly major: Polylines; readonly axes: readonly [Polylines, Polylines] };

export type WarpOptions = {
  /** Segments per line for a curved map. */
  readonly samples: number;
  /**
   * Where the map bends the segment p → q, as fractions of the way (0 < τ < 1). Given, the map is
   * taken to be straight between bends: only the ends and the bends are mapped.
   */
  readonly bends?: (p: Vec2, q: Vec2) => readonly number[];
};

/** The patch's lines, each as its two ends, sorted into minor, major and the two axes (x = 0, y = 0). */
function patchLines(patch: GridPatch): { minor: [Vec2, Vec2][]; major: [Vec2, Vec2][]; axes: [[Vec2, Vec2][], [Vec2, Vec2][]] } {
  const { lo, hi, lines, majorEvery } = patch;
  if (!(lines >= 2) || !(hi > lo)) throw new Error(`invalid grid patch: ${JSON.stringify(patch)}; give lines ≥ 2 and hi > lo`);
  const minor: [Vec2, Vec2][] = [];
  const major: [Vec2, Vec2][] = [];
  const axes: [[Vec2, Vec2][], [Vec2, Vec2][]] = [[], []];
  const step = (hi - lo) / (lines - 1);
  for (let k = 0; k < lines; k++) {
    const c = lo + k * step;
    const isAxis = Math.abs(c) < step * 1e-6;
    const vertical: [Vec2, Vec2] = [
      [c, lo],
      [c, hi],
    ];
    const horizontal: [Vec2, Vec2] = [
      [lo, c],
      [hi, c],
    ];
    if (isAxis) {
      // The x-axis (y = 0) is the line along î, the y-axis along ĵ.
      axes[0].push(horizontal);
      axes[1].push(vertical);
    } else (k % majorEvery === 0 ? major : minor).push(vertical, horizontal);
  }
  return { minor, major, axes };
}

function warpLines(map: PointMap, lines: readonly (readonly [Vec2, Vec2])[], o: WarpOptions): Polylines {
  const n = Math.max(1, Math.round(o.samples));
  // Upper bound of points: a curved line n + 1, a bent one its ends and at most n bends.
  const per = o.bends ? 2 + 4 : n + 1;
  let xy = new Float64Array(2 * per * lines.length);
  const starts = new Uint32Array(lines.length + 1);
  let at = 0;
  for (let k = 0; k < lines.length; k++) {
    starts[k] = at / 2;
    const [p, q] = lines[k];
    const dx = q[0] - p[0];
    const dy = q[1] - p[1];
    if (o.bends) {
      const bends = o.bends(p, q);
      if (at + 2 * (bends.length + 2) > xy.length) {
        const grown = new Float64Array(2 * (xy.length + 2 * (bends.length + 2)));
        grown.set(xy);
        xy = grown;
      }
      map(p[0], p[1], xy, at);
      at += 2;
      for (const t of bends) {
        map(p[0] + t * dx, p[1] + t * dy, xy, at);
        at += 2;
      }
      map(q[0], q[1], xy, at);
      at += 2;
    } else {
      for (let i = 0; i <= n; i++) {
        const t = i / n;
        map(p[0] + t * dx, p[1] + t * dy, xy, at);
        at += 2;
      }
    }
  }
  starts[lines.length] = at / 2;
  return { xy: xy.subarray(0, at), starts };
}

/** The patch's image under a map, sampled (or, with `bends`, exact for a piecewise-linear map). */
export function warpedGrid(map: PointMap, patch: GridPatch, o: WarpOptions): WarpedGrid {
  const { minor, major, axes } = patchLines(patch);
  return { minor: warpLines(map, minor, o), major: warpLines(map, major, o), axes: [warpLines(map, axes[0], o), warpLines(map, axes[1], o)] };
}

/** The patch's image under p ↦ M p + c: exact, the two ends of each line. */
export function affineGrid(m: Mat2, c: Vec2, patch: GridPatch): WarpedGrid {
  const [[a, b], [d, e]] = m;
  const map: PointMap = (x, y, out, at) => {
    out[at] = a * x + b * y + c[0];
    out[at + 1] = d * x + e * y + c[1];
  };
  return warpedGrid(map, patch, { samples: 1, bends: () => [] });
}

/** Polylines as SVG path data, through an affine map to the screen (at a tenth of a pixel). */
export function polylinePath({ xy, starts }: Polylines, [a, b, c, d, e, f]: Affine): string {
  const parts: string[] = [];
  for (let k = 0; k + 1 < starts.length; k++) {
    let move = true;
    for (let i = starts[k]; i < starts[k + 1]; i++) {
      const x = xy[2 * i];
      const y = xy[2 * i + 1];
      const sx = Math.round((a * x + c * y + e) * 10) / 10;
      const sy = Math.round((b * x + d * y + f) * 10) / 10;
      // A point the map sent to infinity breaks the line there.
      if (!(Math.abs(sx) < 1e6 && Math.abs(sy) < 1e6)) {
        move = true;
        continue;
      }
      parts.push(`${move ? 'M' : 'L'}${sx},${sy}`);
      move = false;
    }
  }
  return parts.join('');
}

/** What tracing polylines needs of a canvas context (a Path2D would do as well). */
export type PathSink = { moveTo(x: number, y: number): void; lineTo(x: number, y: number): void };

/** Traces polylines into a canvas path through an affine map to the screen, breaking where the map gives no number. */
export function tracePolylines(sink: PathSink, { xy, starts }: Polylines, [a, b, c, d, e, f]: Affine): void {
  for (let k = 0; k + 1 < starts.length; k++) {
    let move = true;
    for (let i = starts[k]; i < starts[k + 1]; i++) {
      const x = xy[2 * i];
      const y = xy[2 * i + 1];
      const sx = a * x + c * y + e;
      const sy = b * x + d * y + f;
      if (!(Math.abs(sx) < 1e6 && Math.abs(sy) < 1e6)) {
        move = true;
        continue;
      }
      if (move) sink.moveTo(sx, sy);
      else sink.lineTo(sx, sy);
      move = false;
    }
  }
}
