// Where the axes' tick labels go, shared by the Axes that draw them and by
// anything that must keep its own labels clear of them.
import type { Vec2 } from '../math/vec2';
import { fmt } from '../text/format';
import type { Rect } from './clip';
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

/** The text of a tick label, as Axes writes it. */
export const tickText = (v: number): string => fmt(v, 6);

/**
 * The rough box of every tick label, of the origin's 0 and of the axis names, in screen px:
 * what other labels keep clear of (about 0.6 em per character, one em high).
 */
export function tickLabelBoxes(view: PlaneView, t: TickLayout): Rect[] {
  // About 0.62 em a character; a true minus sign is wider than a digit.
  const w = (text: string) => (text.length + 0.4 * (text.split('\u2212').length - 1)) * t.size * 0.62;
  // A line box is about 1.25 em high, a little above a hanging baseline and below a middle one.
  const h = t.size * 1.25;
  const o = view.toScreen([0, 0]);
  const boxes: Rect[] = [];
  for (const x of t.xs) {
    const cx = view.toScreen([x, 0])[0];
    const half = w(tickText(x)) / 2;
    boxes.push({ x0: cx - half, x1: cx + half, y0: t.labelY - 0.1 * t.size, y1: t.labelY - 0.1 * t.size + h });
  }
  for (const y of t.ys) {
    const cy = view.toScreen([0, y])[1];
    boxes.push({ x0: t.labelX - w(tickText(y)), x1: t.labelX, y0: cy - h / 2, y1: cy + h / 2 });
  }
  boxes.push({ x0: o[0] - t.pad - w('0'), x1: o[0] - t.pad, y0: o[1] + t.pad - 0.1 * t.size, y1: o[1] + t.pad - 0.1 * t.size + h });
  // The axis names, a little larger than the ticks.
  const name = t.size * 1.3;
  boxes.push({ x0: view.width - t.pad - name, x1: view.width - t.pad, y0: o[1] - t.pad - name, y1: o[1] - t.pad });
  boxes.push({ x0: o[0] + t.pad, x1: o[0] + t.pad + name, y0: t.pad, y1: t.pad + name });
  return boxes;
}
