// The one world↔screen transform. The Plane owns an instance and hands it to
// its children through context; children think in world units and call
// `toScreen` inside `$derived`, so they re-run when the view pans or zooms.

import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { Box } from '../math/box';
import type { Vec2 } from '../math/vec2';
import { WORLD_LIMIT } from '../math/world';
import type { Edit } from '../interaction/edit';
import type { Placeable, Surface } from '../interaction/movable.svelte';
import { screenRect, type Rect } from './clip';
import { gridStep, type GridStep } from './grid-steps';
import type { Affine, Frame } from './frame';
import { PlaneLabels } from './labels.svelte';
import { Display, PLAIN_DISPLAY } from '../display/display.svelte';
import { identity2, type Mat2 } from '../math/mat2';

export type { Box };

export const DEFAULT_HOME: Box = { xMin: -6, xMax: 6, yMin: -6, yMax: 6 };

export class PlaneView implements Frame, Surface {
  readonly matrix: Mat2 = identity2;
  width = $state(0);
  height = $state(0);
  /** The region a reset shows; `fit` changes it. */
  home = $state.raw<Box>(DEFAULT_HOME);
  /** The d3-zoom transform on top of the home view. */
  transform = $state.raw<ZoomTransform>(zoomIdentity);
  /** Snap dragged handles to the integer lattice (Alt while dragging moves freely). */
  snap = $state(true);
  selected = $state.raw<Placeable | null>(null);
  /** The handle being dragged: the plane shows its value beside it. */
  held = $state.raw<Placeable | null>(null);
  /** Set by the scene: told when an edit starts, steps and ends, e.g. to write history. */
  onedit: Edit | undefined = undefined;
  private applyZoom: ((t: ZoomTransform, smooth: boolean) => void) | undefined;

  /** Every label on this plane, placed together (labels.svelte.ts). */
  readonly labels: PlaneLabels;

  /** `display` gives the type sizes labels are placed by; plain (not presenting) when omitted. */
  constructor(home: Box = DEFAULT_HOME, display: Display = new Display(() => PLAIN_DISPLAY)) {
    this.home = home;
    // Made with the view, so the placement lives as long as the view, not as long as the first label.
    this.labels = new PlaneLabels(this, display);
  }

  /** Pixels along each edge that the home view keeps clear, e.g. for the view buttons. */
  insets = $state.raw({ top: 8, right: 8, bottom: 52, left: 8 });

  /** Pixels per world unit before zooming: the home box fits inside the insets. */
  private readonly baseScale = $derived(
    Math.min(
      Math.max(1, this.width - this.insets.left - this.insets.right) / (this.home.xMax - this.home.xMin || 1),
      Math.max(1, this.height - this.insets.top - this.insets.bottom) / (this.home.yMax - this.home.yMin || 1),
    ) || 1,
  );

  readonly x: ScaleLinear<number, number> = $derived.by(() => {
    // The home box's centre sits at the centre of the area inside the insets.
    const cx = (this.home.xMin + this.home.xMax) / 2;
    const sx = (this.insets.left + this.width - this.insets.right) / 2;
    const k = this.baseScale;
    return this.transform.rescaleX(
      scaleLinear()
        .domain([cx - sx / k, cx + (this.width - sx) / k])
        .range([0, this.width]),
    );
  });

  readonly y: ScaleLinear<number, number> = $derived.by(() => {
    const cy = (this.home.yMin + this.home.yMax) / 2;
    const sy = (this.insets.top + this.height - this.insets.bottom) / 2;
    const k = this.baseScale;
    // y grows upward: the top of the screen is the largest y.
    return this.transform.rescaleY(
      scaleLinear()
        .domain([cy + sy / k, cy - (this.height - sy) / k])
        .range([0, this.height]),
    );
  });

  /** The affine map as three numbers, so per-point work is two multiply-adds, not a scale call. */
  private readonly map = $derived({ k: this.baseScale * this.transform.k, ox: this.x(0), oy: this.y(0) });

  get pxPerUnit(): number {
    return this.map.k;
  }

  /** World → screen as an SVG matrix: x' = a·x + c·y + e, y' = b·x + d·y + f. */
  readonly affine: Affine = $derived([this.map.k, 0, 0, -this.map.k, this.map.ox, this.map.oy]);

  /** The labelled grid step at this zoom: an arrow key moves a handle this far (Shift a tenth). */
  readonly gridStep: GridStep = $derived(gridStep(this.map.k));

  readonly visible: Box = $derived({
    xMin: this.x.invert(0),
    xMax: this.x.invert(this.width),
    yMin: this.y.invert(this.height),
    yMax: this.y.invert(0),
  });

  /** The screen in px, with a margin: lines are clipped to it before they are drawn. */
  readonly screen: Rect = $derived(screenRect(this.width, this.height));

  toScreen = (p: Vec2): Vec2 => {
    const { k, ox, oy } = this.map;
    return [ox + k * p[0], oy - k * p[1]];
  };

  toWorld = (s: Vec2): Vec2 => {
    const { k, ox, oy } = this.map;
    return [(s[0] - ox) / k, (oy - s[1]) / k];
  };

  /** Called once by the Plane: routes programmatic zooms through d3-zoom so its state agrees. */
  connectZoom(apply: (t: ZoomTransform, smooth: boolean) => void): void {
    this.applyZoom = apply;
  }

  /** `smooth` eases there (the Plane jumps instead under reduced motion). */
  setTransform(t: ZoomTransform, smooth = false): void {
    if (this.applyZoom) this.applyZoom(t, smooth);
    else this.transform = t;
  }

  /** How far inside each edge a revealed point must sit, in px: clear of the view buttons at the bottom. */
  private revealBounds(margin: number) {
    return { x0: margin, y0: margin, x1: this.width - margin, y1: this.height - Math.max(margin, this.insets.bottom) };
  }

  /**
   * Pans, smoothly, just enough that the world point `p` sits at least `margin` px inside the
   * edges: a handle moved by the keys or placed by a tap never leaves the screen with the focus on it.
   */
  reveal(p: Vec2, margin = 48): void {
    const b = this.revealBounds(margin);
    if (!(b.x1 > b.x0 && b.y1 > b.y0)) return;
    const [sx, sy] = this.toScreen(p);
    if (!Number.isFinite(sx) || !Number.isFinite(sy)) return;
    const shift = (v: number, lo: number, hi: number) => (v < lo ? lo - v : v > hi ? hi - v : 0);
    const dx = shift(sx, b.x0, b.x1);
    const dy = shift(sy, b.y0, b.y1);
    if (dx === 0 && dy === 0) return;
    const t = this.transform;
    this.setTransform(zoomIdentity.translate(t.x + dx, t.y + dy).scale(t.k), true);
  }

  /**
   * Zooms out (never in) and pans so the view shows what it shows now and the world point `p`,
   * with a margin: an off-screen tip comes into view without losing the rest of the picture.
   */
  include(p: Vec2, margin = 48): void {
    const b = this.revealBounds(margin);
    const v = this.visible;
    if (!(b.x1 > b.x0 && b.y1 > b.y0) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return;
    const box = { xMin: Math.min(v.xMin, p[0]), xMax: Math.max(v.xMax, p[0]), yMin: Math.min(v.yMin, p[1]), yMax: Math.max(v.yMax, p[1]) };
    const t = this.transform;
    const base = this.pxPerUnit / t.k;
    const px = Math.min(this.pxPerUnit, (b.x1 - b.x0) / (box.xMax - box.xMin || 1), (b.y1 - b.y0) / (box.yMax - box.yMin || 1));
    const k = Math.min(40, Math.max(1 / 40, px / base));
    // Screen positions before zooming (d3-zoom's untransformed frame) of the box's centre.
    const c = this.toScreen([(box.xMin + box.xMax) / 2, (box.yMin + box.yMax) / 2]);
    const x0 = (c[0] - t.x) / t.k;
    const y0 = (c[1] - t.y) / t.k;
    this.setTransform(zoomIdentity.translate((b.x0 + b.x1) / 2 - k * x0, (b.y0 + b.y1) / 2 - k * y0).scale(k), true);
  }

  resetView(): void {
    this.setTransform(zoomIdentity);
  }

  /** Zooms about the centre of the view by `factor` (> 1 zooms in). */
  zoomBy(factor: number): void {
    const c: Vec2 = [this.width / 2, this.height / 2];
    const t = this.transform;
    const k = Math.min(40, Math.max(1 / 40, t.k * factor));
    const f = k / t.k;
    this.setTransform(zoomIdentity.translate(c[0] - (c[0] - t.x) * f, c[1] - (c[1] - t.y) * f).scale(k));
  }

  /** Shows exactly this region (a shared link's `box=`), and makes it the home view. */
  show(box: Box): void {
    this.home = box;
    this.resetView();
  }

  /** The world region inside the insets: what `show` frames, so showing it again gives the same view. */
  get framed(): Box {
    const [x0, y1] = this.toWorld([this.insets.left, this.insets.top]);
    const [x1, y0] = this.toWorld([this.width - this.insets.right, this.height - this.insets.bottom]);
    return { xMin: x0, xMax: x1, yMin: y0, yMax: y1 };
  }

  /** Whether the learner has panned or zoomed away from the home view. */
  get moved(): boolean {
    const t = this.transform;
    return t.k !== 1 || t.x !== 0 || t.y !== 0;
  }

  /** Frames the given points (and the origin) with a margin, and makes that the home view. */
  fit(points: readonly Vec2[], margin = 0.15): void {
    const finite = points.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
    const xs = [0, ...finite.map((p) => p[0])];
    const ys = [0, ...finite.map((p) => p[1])];
    let box = { xMin: Math.min(...xs), xMax: Math.max(...xs), yMin: Math.min(...ys), yMax: Math.max(...ys) };
    const span = Math.max(box.xMax - box.xMin, box.yMax - box.yMin, 2);
    const pad = span * margin + 0.5;
    box = { xMin: box.xMin - pad, xMax: box.xMax + pad, yMin: box.yMin - pad, yMax: box.yMax + pad };
    this.home = box;
    this.resetView();
  }

  /** Rounds to the lattice when snapping, and keeps points inside the world limits. */
  settle(p: Vec2, free: boolean): Vec2 {
    const clamp = (v: number) => Math.max(-WORLD_LIMIT, Math.min(WORLD_LIMIT, v));
    const round = (v: number) => (this.snap && !free ? Math.round(v) : Number(v.toFixed(2)));
    return [clamp(round(p[0])) || 0, clamp(round(p[1])) || 0];
  }

  readonly edit: Edit = (phase, id) => this.onedit?.(phase, id);
}
