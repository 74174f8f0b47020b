// The region a scene's heavier analysis (fixed points, dye paths) covers: the view with half a
// view of margin on each side, snapped outward to a coarse lattice. A pan that stays within the
// margin gives the very same region, so nothing is worked out again on each frame of a pan.
import type { Box } from '../../lib/math/box';

export function analysisBox(view: Box): Box {
  const w = view.xMax - view.xMin;
  const h = view.yMax - view.yMin;
  const size = Math.max(w, h);
  if (!(size > 0) || !Number.isFinite(size)) return view;
  // A power of two a quarter of the view's size: zooming by less than 2× keeps the lattice.
  const unit = 2 ** Math.ceil(Math.log2(size / 4));
  const down = (v: number) => Math.floor(v / unit) * unit;
  const up = (v: number) => Math.ceil(v / unit) * unit;
  return { xMin: down(view.xMin - w / 2), xMax: up(view.xMax + w / 2), yMin: down(view.yMin - h / 2), yMax: up(view.yMax + h / 2) };
}
