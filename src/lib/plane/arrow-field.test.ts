import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { arrowField, arrowGrid, arrowScaling, roundDown125, sampleArrows, type ArrowGrid, type ArrowView } from './arrow-field';
import { PlaneView } from './view.svelte';

/** A view `width`×`height` px showing `pxPerUnit` px per unit around (cx, cy). */
function viewAt(cx: number, cy: number, pxPerUnit: number, width = 1280, height = 800): ArrowView {
  const hw = width / 2 / pxPerUnit;
  const hh = height / 2 / pxPerUnit;
  return { width, height, visible: { xMin: cx - hw, xMax: cx + hw, yMin: cy - hh, yMax: cy + hh } };
}

const points = (g: ArrowGrid) => {
  const s = sampleArrows(
    () => 1,
    () => 0,
    g,
  );
  return new Set(Array.from(s.x, (x, i) => `${x},${s.y[i]}`));
};

describe('arrowGrid', () => {
  it('keeps the same world points under a pan: they lie on a lattice', () => {
    const a = arrowGrid(viewAt(0, 0, 50));
    const b = arrowGrid(viewAt(0.37, -1.91, 50));
    expect(b.step).toBe(a.step);
    const pa = points(a);
    const pb = points(b);
    let shared = 0;
    for (const p of pb) if (pa.has(p)) shared++;
    // A pan of (0.37, 1.91) units at 50 px/unit moves the view 18.5 × 95.5 px; most points stay.
    expect(shared).toBeGreaterThan(0.8 * pb.size);
    for (let i = 0; i < b.nx; i++) expect(Math.abs(((b.i0 + i) * b.step) / b.step - Math.round(((b.i0 + i) * b.step) / b.step))).toBeLessThan(1e-9);
  });

  it('follows a PlaneView panned by d3-zoom', () => {
    const view = new PlaneView();
    view.width = 1000;
    view.height = 700;
    const before = points(arrowGrid(view));
    view.transform = zoomIdentity.translate(37, -53);
    const after = points(arrowGrid(view));
    let shared = 0;
    for (const p of after) if (before.has(p)) shared++;
    expect(shared).toBeGreaterThan(0.8 * after.size);
  });

  it.each([3, 17, 50, 123, 1000, 0.02, 4e4])('puts points about 24 px apart at %d px per unit', (k) => {
    const g = arrowGrid(viewAt(1.5, -2, k));
    expect(g.spacingPx).toBeGreaterThanOrEqual(20);
    expect(g.spacingPx).toBeLessThanOrEqual(28);
    expect(g.spacingPx).toBeCloseTo(g.step * k, 9);
    // About (1280/24)·(800/24) ≈ 1800 points, never far more.
    expect(g.nx * g.ny).toBeGreaterThan(1000);
    expect(g.nx * g.ny).toBeLessThanOrEqual((1280 / 24 + 1) * (800 / 24 + 1) * 1.5);
  });

  it('changes the step with the zoom', () => {
    expect(arrowGrid(viewAt(0, 0, 200)).step).toBeLessThan(arrowGrid(viewAt(0, 0, 50)).step);
  });

  it('gives no points for an empty or broken view', () => {
    expect(arrowGrid({ width: 0, height: 0, visible: { xMin: 0, xMax: 0, yMin: 0, yMax: 0 } }).nx).toBe(0);
    expect(arrowGrid({ width: 100, height: 100, visible: { xMin: NaN, xMax: 1, yMin: 0, yMax: 1 } }).nx).toBe(0);
  });
});

describe('sampleArrows', () => {
  const grid = arrowGrid(viewAt(0, 0, 24, 240, 240)); // x, y = −5 … 5, step 1

  it('samples F = (−y, x)', () => {
    const s = sampleArrows(
      (_x, y) => -y,
      (x) => x,
      grid,
    );
    expect(grid.step).toBe(1);
    expect(s.n).toBe(121);
    expect(s.undefinedCount).toBe(0);
    for (let i = 0; i < s.n; i++) {
      expect(s.u[i]).toBe(-s.y[i]);
      expect(s.v[i]).toBe(s.x[i]);
      expect(s.magnitude[i]).toBeCloseTo(Math.hypot(s.x[i], s.y[i]), 12);
    }
    expect(s.maxMagnitude).toBeCloseTo(5 * Math.SQRT2, 12);
  });

  it('skips and counts the points where F is not finite, and says where they are', () => {
    const s = sampleArrows(
      (x) => 1 / x,
      (_x, y) => (y === 2 ? NaN : y === 3 ? -Infinity : 0),
      grid,
    );
    // x = 0 (11 points, 1/0 = ∞) and the rows y = 2, 3 elsewhere (2 × 10).
    expect(s.undefinedCount).toBe(31);
    expect(s.n).toBe(121 - 31);
    expect(Array.from(s.magnitude).every(Number.isFinite)).toBe(true);
    expect(Array.from(s.x).includes(0)).toBe(false);
    for (let h = 0; h < s.undefinedCount; h++) expect(s.undefinedX[h] === 0 || s.undefinedY[h] === 2 || s.undefinedY[h] === 3).toBe(true);
  });

  it('counts every point of a field undefined everywhere', () => {
    const s = sampleArrows(
      () => NaN,
      () => 0,
      grid,
    );
    expect(s.n).toBe(0);
    expect(s.undefinedCount).toBe(121);
  });
});

describe('arrowScaling', () => {
  const view = viewAt(0, 0, 40);

  it('fit: no arrow longer than the cap, and the 90th percentile reaches it', () => {
    // A pole at the origin: 1/r grows without bound there.
    const { samples: s, scaling: sc } = arrowField(
      (x, y) => x / (x * x + y * y),
      (x, y) => y / (x * x + y * y),
      view,
    );
    expect(sc.capPx).toBeCloseTo(0.9 * s.grid.spacingPx, 12);
    const lengths = Array.from(s.magnitude, (m) => Math.min(sc.capPx, m * sc.pxPerMagnitude)).sort((a, b) => a - b);
    expect(lengths.at(-1)).toBeLessThanOrEqual(sc.capPx);
    expect(lengths[Math.round(0.9 * (lengths.length - 1))]).toBeCloseTo(sc.capPx, 9);
    // Most arrows are drawn to scale; about a tenth are capped.
    expect(sc.cappedCount).toBeGreaterThan(0);
    expect(sc.cappedCount).toBeLessThanOrEqual(0.11 * s.n);
    expect(sc.anchor).toBe('middle');
  });

  it('true length: |F| in world units, so 1 unit of |F| is pxPerUnit long', () => {
    const { samples, scaling } = arrowField(
      (_x, y) => -y,
      (x) => x,
      view,
      { mode: 'true' },
    );
    expect(scaling.pxPerMagnitude).toBeCloseTo(40, 9);
    expect(scaling.capPx).toBe(Infinity);
    expect(scaling.cappedCount).toBe(0);
    expect(scaling.anchor).toBe('tail');
    expect(samples.n).toBeGreaterThan(0);
  });

  it.each([
    ['fit', 1],
    ['fit', 3.7e-4],
    ['fit', 2e6],
    ['true', 1],
  ] as const)('legend (%s, |F| × %d) is a round magnitude and its length', (mode, f) => {
    const { scaling } = arrowField(
      (x) => f * x,
      (_x, y) => f * y * y,
      view,
      { mode },
    );
    const m = scaling.legendMagnitude;
    const mantissa = Number((m / 10 ** Math.floor(Math.log10(m))).toPrecision(6));
    expect([1, 2, 5]).toContain(mantissa);
    expect(scaling.legendPx).toBeCloseTo(m * scaling.pxPerMagnitude, 9);
    if (mode === 'fit') expect(scaling.legendPx).toBeLessThanOrEqual(scaling.capPx + 1e-9);
    expect(scaling.legendPx).toBeGreaterThan(0.35 * (mode === 'fit' ? scaling.capPx : 48));
  });

  it('a zero field has no length scale and no legend', () => {
    const s = sampleArrows(
      () => 0,
      () => 0,
      arrowGrid(view),
    );
    const sc = arrowScaling(s, 'fit');
    expect(sc.pxPerMagnitude).toBe(0);
    expect(sc.legendMagnitude).toBeNaN();
  });

  it('roundDown125 picks 1, 2 or 5 × 10^k', () => {
    expect([0.3, 1, 1.99, 2, 4.9999, 5, 9.99, 10, 0.07, 123].map(roundDown125)).toEqual([0.2, 1, 1, 2, 2, 5, 5, 10, 0.05, 100]);
    expect(roundDown125(0)).toBeNaN();
  });
});
