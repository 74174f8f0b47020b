// Where the axes' tick labels go, shared by the Axes that draw them and by
// anything that must keep its own labels clear of them.
import type { Vec2 } from '../math/vec2';
import { gridStep, ticks } from './grid-steps';
import type { PlaneView } from './view.svelte';

export type TickLayout = {
  /** Tick values on each axis (0 left out: the origin has its own label). */
  readonly xs: number[];
  readonly ys: number[];
  /** The screen row of the x labels and the column the y labels end at: beside the axis, or pinned to the edge it left by. */
  readonly labelY: number;
  readonly labelX: number;
  readonly pad: number;
  /** The tick font size in px (--tick-size). */
  readonly size: number;
};

export function tickLayout(view: PlaneView, present: boolean, size: number): TickLayout {
  const step = gridStep(view.pxPerUnit);
  const origin = view.toScreen([0, 0]);
  const pad = present ? 8 : 5;
  return {
    xs: ticks(view.visible.xMin, view.visible.xMax, step.major).filter((x) => x !== 0),
    ys: ticks(view.visible.yMin, view.visible.yMax, step.major).filter((y) => y !== 0),
    labelY: Math.min(Math.max(origin[1] + pad, pad), view.height - size - pad),
    labelX: Math.min(Math.max(origin[0] - pad, size * 2 + pad), view.width - pad),
    pad,
    size,
  };
}

/** Roughly the middle of every tick label, in screen px. */
export function tickLabelCentres(view: PlaneView, t: TickLayout): Vec2[] {
  return [
    ...t.xs.map((x): Vec2 => [view.toScreen([x, 0])[0], t.labelY + t.size / 2]),
    ...t.ys.map((y): Vec2 => [t.labelX - t.size, view.toScreen([0, y])[1]]),
  ];
}
