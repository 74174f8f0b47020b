// The arrow field's painter, off the main thread: it owns the arrow canvas (an OffscreenCanvas)
// and paints the latest picture once per frame, so a pan costs the main thread a postMessage,
// not the rasterising of two thousand arrows.
import { paintArrows, type ArrowPicture } from './arrow-paint';

export type ToArrowWorker =
  | { readonly type: 'canvas'; readonly canvas: OffscreenCanvas }
  | {
      readonly type: 'paint';
      readonly picture: ArrowPicture | null;
      readonly affine: readonly number[];
      readonly width: number;
      readonly height: number;
      readonly dpr: number;
    };

let canvas: OffscreenCanvas | null = null;
let ctx: OffscreenCanvasRenderingContext2D | null = null;
let latest: Extract<ToArrowWorker, { type: 'paint' }> | null = null;
let scheduled = false;

function frame() {
  scheduled = false;
  const m = latest;
  if (!canvas || !ctx || !m) return;
  const w = Math.max(1, Math.round(m.width * m.dpr));
  const h = Math.max(1, Math.round(m.height * m.dpr));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  ctx.setTransform(m.dpr, 0, 0, m.dpr, 0, 0);
  ctx.clearRect(0, 0, m.width, m.height);
  if (m.picture) paintArrows(ctx, m.picture, m.affine);
}

self.onmessage = (e: MessageEvent<ToArrowWorker>) => {
  const m = e.data;
  if (m.type === 'canvas') {
    canvas = m.canvas;
    ctx = canvas.getContext('2d');
  } else {
    latest = m;
  }
  // Several pictures within one frame (a fast pan): only the last is painted.
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(frame);
  }
};
