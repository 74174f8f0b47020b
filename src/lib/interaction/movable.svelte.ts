// Movement apart from display (after bits-ui's state classes and Mafs's
// useMovable): a Movable owns dragging by mouse, pen and touch, tap-tap placing
// and the arrow keys, so every handle moves the same way and a handle
// component only draws one. Drag is never the only way (WCAG 2.5.7).
import type { Vec2 } from '../math/vec2';
import { activity } from './activity.svelte';
import type { Edit } from './edit';

/**
 * A handle in hand: dragged, or picked up and waiting for its second tap (the next tap on the
 * plane places it). The surface shows its value beside it while it is held.
 */
export type Placeable = {
  readonly id: string;
  readonly name: string;
  /** Where it is now, in world units (read live). */
  readonly at: Vec2;
  readonly color?: string;
  /** What holds it: 'mouse', 'pen', 'touch', or 'keyboard'. A finger hides what is under it. */
  readonly pointerType: string;
  place(p: Vec2): void;
};

/** What a Movable needs of the surface it moves on (the plane's view). */
export interface Surface {
  toWorld(screen: Vec2): Vec2;
  /** Rounds to the lattice when snapping (unless `free`), and keeps points inside the world. */
  settle(p: Vec2, free: boolean): Vec2;
  /** One arrow-key step in world units: the labelled grid step at the current zoom. */
  readonly gridStep: { readonly major: number };
  selected: Placeable | null;
  /** The handle being dragged, if any. */
  held: Placeable | null;
  /** The surface's size in px: a dragged point stays inside it. */
  readonly width: number;
  readonly height: number;
  /** Pans so the world point `p` is well inside the surface, after a key move or a placement. */
  reveal(p: Vec2): void;
  readonly edit: Edit;
}

export type MovableOptions = {
  readonly at: Vec2;
  /** Stable id, used for history entries. */
  readonly id: string;
  /** Short name for hints: "vector a". */
  readonly name: string;
  readonly onmove: (p: Vec2) => void;
  /** Where a wanted point may go: onto a line, a circle, a lattice (see constraints.ts). After snapping. */
  readonly constrain?: (p: Vec2) => Vec2;
  /** The handle's colour, for the value shown beside it while it is held. */
  readonly color?: string;
};

const TAP_SLOP_PX = 4;
/** A dragged point stays this far inside the surface: the plane never pans under a finger, so the tip stays in sight. */
const DRAG_INSET_PX = 24;
const KEYS: Record<string, Vec2> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

/** Round so that ten steps of 0.1 land on a whole number, not 0.9999999999999999. */
const tidy = (v: number) => Number(v.toFixed(10));

export class Movable {
  dragging = $state(false);
  readonly #surface: Surface;
  readonly #options: () => MovableOptions;
  #drag: { pointerId: number; pointerType: string; left: number; top: number; offset: Vec2; start: Vec2; moved: boolean } | null = null;

  /** `options` is read when needed, so the handle's current props are always used. */
  constructor(surface: Surface, options: () => MovableOptions) {
    this.#surface = surface;
    this.#options = options;
  }

  get selected(): boolean {
    return this.#surface.selected?.id === this.#options().id;
  }

  /** Moves to the allowed point nearest `wanted`, and returns it. */
  #move(wanted: Vec2, free: boolean): Vec2 {
    const { at, onmove, constrain } = this.#options();
    const settled = this.#surface.settle(wanted, free);
    const p = constrain ? this.#surface.settle(constrain(settled), true) : settled;
    if (p[0] !== at[0] || p[1] !== at[1]) onmove(p);
    return p;
  }

  /** This handle as the surface holds it; `at` and `color` are read live from the handle's props. */
  #held(pointerType: string): Placeable {
    const options = this.#options;
    return {
      id: options().id,
      name: options().name,
      get at() {
        return options().at;
      },
      get color() {
        return options().color;
      },
      pointerType,
      place: (p) => this.#surface.reveal(this.#move(p, true)),
    };
  }

  /** `dot` is the handle's screen position; the pointer grabs it where it is, so the tip does not jump. */
  pointerdown(e: PointerEvent, dot: Vec2): void {
    if (e.button !== 0 || this.#drag) return;
    const el = e.currentTarget as SVGGElement;
    const rect = el.ownerSVGElement!.getBoundingClientRect();
    const offset: Vec2 = [dot[0] - (e.clientX - rect.left), dot[1] - (e.clientY - rect.top)];
    this.#drag = {
      pointerId: e.pointerId,
      pointerType: e.pointerType || 'mouse',
      left: rect.left,
      top: rect.top,
      offset,
      start: [e.clientX, e.clientY],
      moved: false,
    };
    el.setPointerCapture(e.pointerId);
    el.focus({ preventScroll: true });
    e.preventDefault();
    e.stopPropagation();
  }

  pointermove(e: PointerEvent): void {
    const drag = this.#drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    if (!drag.moved) {
      if (Math.hypot(e.clientX - drag.start[0], e.clientY - drag.start[1]) < TAP_SLOP_PX) return;
      drag.moved = true;
      this.dragging = true;
      activity.begin();
      this.#surface.selected = null;
      this.#surface.held = this.#held(drag.pointerType);
      this.#surface.edit('start', this.#options().id);
    }
    // Kept inside the surface rather than panning it: the view never moves under the hand. Half a
    // lattice step more, so snapping never rounds the point out past the edge.
    const { width, height, toWorld } = this.#surface;
    const unitPx = 1 / Math.abs(toWorld([1, 0])[0] - toWorld([0, 0])[0]);
    const inset = DRAG_INSET_PX + (Number.isFinite(unitPx) ? unitPx / 2 : 0);
    const inside = (v: number, size: number) => {
      const m = Math.min(inset, size / 4);
      return Math.max(m, Math.min(size - m, v));
    };
    const screen: Vec2 = [inside(e.clientX - drag.left + drag.offset[0], width), inside(e.clientY - drag.top + drag.offset[1], height)];
    this.#move(this.#surface.toWorld(screen), e.altKey);
  }

  /** pointerup, pointercancel and lost capture. A press that never moved is a tap: it picks the handle up. */
  finish(e: PointerEvent): void {
    const drag = this.#drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    const tapped = !drag.moved && e.type === 'pointerup';
    this.#drag = null;
    if (this.dragging) {
      this.dragging = false;
      if (this.#surface.held?.id === this.#options().id) this.#surface.held = null;
      activity.end();
      this.#surface.edit('end', this.#options().id);
    }
    if (tapped) this.toggleSelected(drag.pointerType);
  }

  toggleSelected(pointerType = 'keyboard'): void {
    this.#surface.selected = this.selected ? null : this.#held(pointerType);
  }

  /** Arrows move one grid step at the current zoom (Shift a tenth); Enter or Space picks up for tap-tap. */
  keydown(e: KeyboardEvent): void {
    const d = KEYS[e.key];
    if (d) {
      e.preventDefault();
      const { at, id } = this.#options();
      const step = this.#surface.gridStep.major * (e.shiftKey ? 0.1 : 1);
      this.#surface.edit('step', `key:${id}`);
      this.#surface.reveal(this.#move([tidy(at[0] + d[0] * step), tidy(at[1] + d[1] * step)], true));
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.toggleSelected();
    } else if (e.key === 'Escape' && this.selected) {
      this.#surface.selected = null;
    }
  }
}
