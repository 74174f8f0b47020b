// Where to write the label of a line through a point (an eigenline through the
// origin, say): on the line, towards the edge of the view, on whichever side
// keeps the text clear of everything else that is labelled. Screen pixels
// throughout; no DOM.
import type { Vec2 } from '../math/vec2';
import { clipSegment, type Rect } from './clip';

export type LineLabel = {
  /** Screen point on the line the label hangs from. */
  readonly at: Vec2;
  /** Offset from `at` to the text's anchor. */
  readonly offset: Vec2;
  readonly anchor: 'start' | 'end';
  /** Which candidate this is: pass it back as `previous` so the label keeps its place. */
  readonly key: string;
};

export type LineLabelInput = {
  /** A point on the line and its direction, on screen (y down). */
  readonly through: Vec2;
  readonly direction: Vec2;
  /** The label's length in characters and its font size in px, for a rough box. */
  readonly chars: number;
  readonly em: number;
  /** Where the box must stay (the plane, less what its buttons cover), and where on the line to look. */
  readonly bounds: Rect;
  readonly search: Rect;
  /** Points to keep away from: tips, other labels, tick labels. */
  readonly avoid: readonly Vec2[];
  readonly previous?: string;
};

const GAP = 10;
const FRACTIONS = [0.85, 0.6, 0.35];

/** The label's rough box: about 0.6 em per character, one em high, above the point. */
export function labelBox(at: Vec2, chars: number, em: number, anchor: 'start' | 'end'): Rect {
  const w = chars * em * 0.6;
  const x0 = anchor === 'start' ? at[0] + GAP : at[0] - GAP - w;
  return { x0, x1: x0 + w, y0: at[1] - GAP - em, y1: at[1] - GAP };
}

const distanceToBox = (q: Vec2, b: Rect) => Math.hypot(Math.max(b.x0 - q[0], 0, q[0] - b.x1), Math.max(b.y0 - q[1], 0, q[1] - b.y1));

/**
 * The best place for the label: candidates lie part of the way from `through` (or from where the
 * line enters `search`) to where it leaves `search`, on both sides, with the text to the right or
 * the left. The one whose box is farthest from every point in `avoid`, and inside `bounds`, wins;
 * the previous place is kept while it is about as good, so the label does not hop under a drag.
 * Null when the line does not cross `search`.
 */
export function placeLineLabel(input: LineLabelInput): LineLabel | null {
  const { through: o, direction: d, chars, em, bounds, search, avoid, previous } = input;
  const n = Math.hypot(d[0], d[1]);
  if (!(n > 0) || !Number.isFinite(n)) return null;
  const far = 4 * Math.hypot(search.x1 - search.x0, search.y1 - search.y0) + 4 * Math.hypot(o[0], o[1]);
  let best: { label: LineLabel; room: number } | null = null;
  for (const sign of [1, -1]) {
    const c = clipSegment(o, [o[0] + (sign * far * d[0]) / n, o[1] + (sign * far * d[1]) / n], search);
    if (!c) continue;
    for (const frac of FRACTIONS) {
      const at: Vec2 = [c.from[0] + frac * (c.to[0] - c.from[0]), c.from[1] + frac * (c.to[1] - c.from[1])];
      for (const anchor of ['start', 'end'] as const) {
        const box = labelBox(at, chars, em, anchor);
        let room = Math.min(Infinity, ...avoid.map((q) => distanceToBox(q, box)));
        if (box.x0 < bounds.x0 || box.x1 > bounds.x1 || box.y0 < bounds.y0 || box.y1 > bounds.y1) room = 0;
        const key = `${sign} ${frac} ${anchor}`;
        if (key === previous) room = room * 1.5 + 20;
        if (!best || room > best.room + 1) best = { label: { at, offset: [anchor === 'start' ? GAP : -GAP, -GAP], anchor, key }, room };
      }
    }
  }
  return best?.label ?? null;
}
