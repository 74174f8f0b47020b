// One placement rule for every label on the plane: a label never covers another
// label, a handle or a tick label, and stays inside the plane. Each label offers
// spots in order of preference (where its author put it first, then around its
// point); labels are placed one by one, the most constrained first, each taking
// its first spot that is free. A label keeps its spot while that stays free, so
// labels do not hop under a drag. Screen pixels throughout; no DOM.
import type { Rect } from './clip';

export type Anchor = 'start' | 'middle' | 'end';
export type Baseline = 'auto' | 'middle' | 'hanging';
/** Where a label's text goes: the SVG text's x, y, text-anchor and dominant-baseline. */
export type Spot = { readonly x: number; readonly y: number; readonly anchor: Anchor; readonly baseline: Baseline };

export type LabelToPlace = {
  readonly spots: readonly Spot[];
  /** The text's rough size in px. */
  readonly width: number;
  readonly height: number;
  /** Higher goes first (the names of what can be dragged, say). */
  readonly priority: number;
  /** The index of the spot it had last time, if any. */
  readonly previous?: number;
};

/** The box a text occupies at a spot. */
export function boxAt(s: Spot, width: number, height: number): Rect {
  const x0 = s.anchor === 'start' ? s.x : s.anchor === 'middle' ? s.x - width / 2 : s.x - width;
  // 'auto' is the alphabetic baseline: most of a line's height is above it; a hanging line box starts a little above.
  const y0 = s.baseline === 'hanging' ? s.y - height * 0.08 : s.baseline === 'middle' ? s.y - height / 2 : s.y - height * 0.8;
  return { x0, y0, x1: x0 + width, y1: y0 + height };
}

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

const area = (r: Rect) => (r.x1 - r.x0) * (r.y1 - r.y0);

/** Room kept around every text: its halo, and the error of measuring text without the DOM. */
const MARGIN = 3;
const grow = (r: Rect): Rect => ({ x0: r.x0 - MARGIN, y0: r.y0 - MARGIN, x1: r.x1 + MARGIN, y1: r.y1 + MARGIN });

/** How badly a box sits: its overlap with what is taken, and how much of it lies outside the bounds. */
function cost(box: Rect, taken: readonly Rect[], bounds: Rect): number {
  let c = area(box) - overlap(box, bounds);
  const wide = grow(box);
  for (const t of taken) c += overlap(wide, t);
  return c;
}

/**
 * The spot index for each label (same order as `labels`), or -1 for a label with no spots.
 * `obstacles` (handles, tick labels) are taken from the start; a placed label's box is taken too.
 */
export function placeLabels(labels: readonly LabelToPlace[], obstacles: readonly Rect[], bounds: Rect): number[] {
  const order = labels
    .map((_, i) => i)
    .sort((i, j) => labels[j].priority - labels[i].priority || labels[i].spots.length - labels[j].spots.length || i - j);
  const taken: Rect[] = [...obstacles];
  const chosen = labels.map(() => -1);
  for (const i of order) {
    const { spots, width, height, previous } = labels[i];
    if (spots.length === 0) continue;
    const costOf = (k: number) => cost(boxAt(spots[k], width, height), taken, bounds);
    // Keep the last spot while it is free; otherwise the first free one in order; otherwise the least
    // bad. Most labels stop at their first or second spot, so this is cheap on every drag frame.
    let best = previous !== undefined && previous < spots.length && costOf(previous) < 1 ? previous : -1;
    if (best < 0) {
      let least = Infinity;
      for (let k = 0; k < spots.length; k++) {
        const c = costOf(k);
        if (c < 1) {
          best = k;
          break;
        }
        if (c < least) [least, best] = [c, k];
      }
    }
    // Every cost NaN (a label at a point not yet on screen): its first spot, not none.
    if (best < 0) best = 0;
    chosen[i] = best;
    taken.push(boxAt(spots[best], width, height));
  }
  return chosen;
}

/**
 * The spots around a screen point, in order: `first` (the author's choice), then the eight
 * compass points at distance `gap`, then again 2, 3½, 5, 6, 7, 8 and 9½ times as far out (a crowded label ends up
 * further away, never on top of another). The far rings are close together: a long label (a movie's name and rating
 * at 30 px) in a crowded plane may find the one free row between a point and the plane's edge only there.
 */
export function spotsAround(p: readonly [number, number], first: Spot | null, gap: number): Spot[] {
  const out: Spot[] = first ? [first] : [];
  for (const d of [1, 2, 3.5, 5, 6, 7, 8, 9.5].map((f) => f * gap)) {
    const k = d * Math.SQRT1_2;
    out.push(
      { x: p[0] + d, y: p[1], anchor: 'start', baseline: 'middle' },
      { x: p[0] + k, y: p[1] - k, anchor: 'start', baseline: 'auto' },
      { x: p[0], y: p[1] - d, anchor: 'middle', baseline: 'auto' },
      { x: p[0] - k, y: p[1] - k, anchor: 'end', baseline: 'auto' },
      { x: p[0] - d, y: p[1], anchor: 'end', baseline: 'middle' },
      { x: p[0] - k, y: p[1] + k, anchor: 'end', baseline: 'hanging' },
      { x: p[0], y: p[1] + d, anchor: 'middle', baseline: 'hanging' },
      { x: p[0] + k, y: p[1] + k, anchor: 'start', baseline: 'hanging' },
    );
  }
  return out;
}
