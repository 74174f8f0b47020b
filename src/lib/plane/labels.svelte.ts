// The plane's labels, placed together (see label-layout.ts): every Label on a
// plane joins its plane's layout, every Handle is an obstacle, and so are the
// tick labels. The placement is derived, so it follows every move in the frame
// the move is drawn.
import type { Display } from '../display/display.svelte';
import { activity } from '../interaction/activity.svelte';
import { tickLabelBoxes, tickLayout } from './axes';
import type { Rect } from './clip';
import { placeLabels, type Spot } from './label-layout';
import type { PlaneView } from './view.svelte';

export type LabelEntry = {
  /** Spots in order of preference, in screen px. */
  readonly spots: () => readonly Spot[];
  readonly width: () => number;
  readonly height: () => number;
  readonly priority: number;
};

export class PlaneLabels {
  // Who takes part lives in plain sets, changed in place, with a counter as the state that says
  // they changed: a label added while another is removed in the same update (a run's label
  // appearing as two others leave) must not be lost, as it was when each change wrote a new array
  // built from one read a moment earlier.
  readonly #entrySet = new Set<LabelEntry>();
  readonly #handleSet = new Set<() => Rect>();
  #changes = $state(0);
  /** The spot each label had last time: the placement's own memory, not state. */
  #previous = new WeakMap<LabelEntry, number>();
  readonly #view: PlaneView;
  readonly #display: Display;

  constructor(view: PlaneView, display: Display) {
    this.#view = view;
    this.#display = display;
  }

  readonly #placed = $derived.by(() => {
    const view = this.#view;
    void this.#changes;
    const entries = [...this.#entrySet];
    // During a drag a label keeps its spot while that stays free, so nothing hops under the pointer;
    // at rest every label takes its most preferred free spot again.
    const sticky = activity.dragging;
    const obstacles = [
      ...[...this.#handleSet].map((h) => h()),
      ...tickLabelBoxes(view, tickLayout(view, this.#display.present, this.#display.tickPx)),
    ];
    const labels = entries.map((e) => {
      try {
        return { spots: e.spots(), width: e.width(), height: e.height(), priority: e.priority, previous: sticky ? this.#previous.get(e) : undefined };
      } catch {
        // A label whose block is being removed (an eigenline that just vanished) may read props that
        // are gone before its component leaves the layout: it has nothing to place.
        return { spots: [], width: 0, height: 0, priority: e.priority };
      }
    });
    const bounds = { x0: 0, y0: 0, x1: view.width, y1: view.height - view.insets.bottom };
    const chosen = placeLabels(labels, obstacles, bounds);
    const placed = new Map<LabelEntry, Spot>();
    entries.forEach((e, i) => {
      if (chosen[i] < 0) return;
      this.#previous.set(e, chosen[i]);
      placed.set(e, labels[i].spots[chosen[i]]);
    });
    return placed;
  });

  /** Joins the layout; call the returned function to leave it. */
  add(entry: LabelEntry): () => void {
    this.#entrySet.add(entry);
    this.#changes++;
    return () => {
      this.#entrySet.delete(entry);
      this.#changes++;
    };
  }

  /** A handle's box (its dot and focus ring), which no label may cover. */
  obstacle(box: () => Rect): () => void {
    this.#handleSet.add(box);
    this.#changes++;
    return () => {
      this.#handleSet.delete(box);
      this.#changes++;
    };
  }

  spotOf(entry: LabelEntry): Spot | undefined {
    return this.#placed.get(entry);
  }
}
