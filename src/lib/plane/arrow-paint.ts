// Painting an arrow field: the same code on the main thread (a CanvasLayer) and in the arrow
// worker (an OffscreenCanvas). What it draws is an ArrowPicture: plain numbers and strings, so it
// crosses postMessage as it is.
//
// Each arrow is one filled outline (shaft and head), drawn bin by bin so the fill colour is set
// 16 times, not once per arrow. One path per arrow, not one per bin: Skia's software rasteriser
// (Chromium without a GPU) fills thousands of small one-contour paths about twice as fast as a few
// paths of hundreds of contours each (bench/field/arrows.mjs), and filling an outline costs far
// less than stroking a line with round caps.

export const BINS = 16;
/** Arrows shorter than this (px) draw as a dot, so points where F vanishes still show. */
const DOT_PX = 2;
/** Past this (px) a true-length arrow's tip is far off any screen; the canvas need not see 10¹⁵. */
const MAX_PX = 1e4;
const TAU = 2 * Math.PI;

export type ArrowPicture = {
  readonly n: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly u: Float64Array;
  readonly v: Float64Array;
  readonly magnitude: Float64Array;
  readonly pxPerMagnitude: number;
  readonly capPx: number;
  readonly anchor: 'middle' | 'tail';
  /** Arrow indices grouped by colour bin: bin b holds index[start[b] … start[b + 1]). */
  readonly start: Uint32Array;
  readonly index: Uint32Array;
  /** A CSS colour per bin, or null for the theme's axis grey. */
  readonly colors: readonly string[] | null;
  /** Bins whose colour is faint against the background: those arrows get a hairline outline. */
  readonly outlined: readonly boolean[] | null;
  readonly present: boolean;
  readonly dark: boolean;
};

type PathLike = Pick<Path2D, 'moveTo' | 'lineTo' | 'closePath'>;

/** One arrow's outline: shaft of half-width `half` from (x0, y0) to the head's base (bx, by), head of half-width `hw` to the tip (x1, y1). */
function contour(
  path: PathLike,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  bx: number,
  by: number,
  nx: number,
  ny: number,
  half: number,
  hw: number,
) {
  path.moveTo(x0 + nx * half, y0 + ny * half);
  path.lineTo(bx + nx * half, by + ny * half);
  path.lineTo(bx + nx * hw, by + ny * hw);
  path.lineTo(x1, y1);
  path.lineTo(bx - nx * hw, by - ny * hw);
  path.lineTo(bx - nx * half, by - ny * half);
  path.lineTo(x0 - nx * half, y0 - ny * half);
  path.closePath();
}

/** Draws the arrows with the plane's affine map [k, 0, 0, −k, ox, oy] (world → CSS px). */
export function paintArrows(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, pic: ArrowPicture, affine: readonly number[]): void {
  const { x, y, u, v, magnitude, pxPerMagnitude, anchor, start, index, colors, outlined } = pic;
  const cap = Math.min(pic.capPx, MAX_PX);
  const middle = anchor === 'middle';
  const k = affine[0];
  const ox = affine[4];
  const oy = affine[5];
  const width = pic.present ? 2.5 : 1.5;
  const half = width / 2;
  const headPx = 4 * width;
  const dotR = width;
  const fallback = pic.dark ? '#B0B0B0' : '#404040';
  const outline = new Path2D();
  let anyOutline = false;
  for (let b = 0; b < BINS; b++) {
    if (start[b] === start[b + 1]) continue;
    ctx.fillStyle = colors ? colors[b] : fallback;
    const edge = outlined?.[b] ?? false;
    anyOutline ||= edge;
    for (let t = start[b]; t < start[b + 1]; t++) {
      const i = index[t];
      const cx = ox + k * x[i];
      const cy = oy - k * y[i];
      const m = magnitude[i];
      const len = Math.min(cap, m * pxPerMagnitude);
      ctx.beginPath();
      if (!(len >= DOT_PX)) {
        ctx.arc(cx, cy, dotR, 0, TAU);
        ctx.fill();
        if (edge) {
          outline.moveTo(cx + dotR, cy);
          outline.arc(cx, cy, dotR, 0, TAU);
        }
        continue;
      }
      const dx = u[i] / m;
      const dy = -v[i] / m;
      const nx = -dy;
      const ny = dx;
      const back = middle ? len / 2 : 0;
      const x0 = cx - dx * back;
      const y0 = cy - dy * back;
      const x1 = x0 + dx * len;
      const y1 = y0 + dy * len;
      const h = Math.min(headPx, 0.5 * len);
      const hw = Math.max(half, 0.45 * h + 0.3 * width);
      const bx = x1 - dx * h;
      const by = y1 - dy * h;
      contour(ctx, x0, y0, x1, y1, bx, by, nx, ny, half, hw);
      ctx.fill();
      if (edge) contour(outline, x0, y0, x1, y1, bx, by, nx, ny, half, hw);
    }
  }
  if (anyOutline) {
    ctx.lineWidth = 0.75;
    ctx.strokeStyle = pic.dark ? 'rgb(236 236 236 / 0.75)' : 'rgb(26 26 26 / 0.7)';
    ctx.stroke(outline);
  }
}
