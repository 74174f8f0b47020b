// A vector field F = (P, Q) as arrows: where to sample, what F is there, and how long to draw it.
// Pure numbers, no DOM, so the same code can run in a Worker or in Node.
//
//   const arrows = $derived(arrowField(p, q, plane, { mode: 'fit' }));
//   const scale = $derived(sequential({ values: arrows.samples.magnitude }));
//   <ArrowField data={arrows} {scale} />
import type { Box } from '../math/box';

/** What the grid needs of the view: PlaneView has all of it. */
export type ArrowView = { readonly visible: Box; readonly width: number; readonly height: number };

/** Sample points x = (i0 + i)·step, y = (j0 + j)·step: a lattice in world units, so a pan keeps its points. */
export type ArrowGrid = {
  readonly step: number;
  readonly i0: number;
  readonly j0: number;
  readonly nx: number;
  readonly ny: number;
  /** Screen px between neighbours at this zoom (near the asked-for spacing, not equal to it). */
  readonly spacingPx: number;
  readonly pxPerUnit: number;
};

export type ArrowSamples = {
  readonly grid: ArrowGrid;
  /** Points where F is finite; the arrays below hold n entries each. */
  readonly n: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly u: Float64Array;
  readonly v: Float64Array;
  readonly magnitude: Float64Array;
  /** Lattice points where P or Q is NaN or ±∞ (1/x at x = 0), and where they are. */
  readonly undefinedCount: number;
  readonly undefinedX: Float64Array;
  readonly undefinedY: Float64Array;
  readonly maxMagnitude: number;
};

/** 'fit': every arrow inside its own cell, lengths by magnitude up to a cap. 'true': F to scale in world units. */
export type ArrowMode = 'fit' | 'true';

export type ArrowScaling = {
  readonly mode: ArrowMode;
  /** Screen px per unit of |F|, before the cap. */
  readonly pxPerMagnitude: number;
  /** No arrow is drawn longer than this (Infinity in true-length mode). */
  readonly capPx: number;
  /** Where the sample point sits on its arrow: the middle keeps fitted arrows in their cells; the tail is "where it goes in 1 s". */
  readonly anchor: 'middle' | 'tail';
  /** How many arrows are drawn shorter than their magnitude says (their colour still tells). */
  readonly cappedCount: number;
  /** A round |F| (1, 2 or 5 × 10^k) and its arrow length in px, for "this long = |F| of 2"; NaN when every |F| is 0. */
  readonly legendMagnitude: number;
  readonly legendPx: number;
};

export type ArrowData = { readonly samples: ArrowSamples; readonly scaling: ArrowScaling };

/** Lattice steps within a decade: neighbours differ by ≤ 4/3, so the spacing stays within ±16 % of the asked one. */
const MANTISSAS = [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The fitted length of the FIT_QUANTILE-th magnitude, as a fraction of the spacing; longer ones are capped there. */
const FIT_QUANTILE = 0.9;
const FIT_FRACTION = 0.9;

const EMPTY_GRID: ArrowGrid = { step: 1, i0: 0, j0: 0, nx: 0, ny: 0, spacingPx: 0, pxPerUnit: 0 };

// A bench sets window.__vpTiming before the app loads (bench/field/arrows.mjs); otherwise nothing is recorded.
const timing = (globalThis as { __vpTiming?: boolean }).__vpTiming === true;

const clean = (v: number) => Number(v.toPrecision(12));

/** The lattice step nearest (in ratio) to `raw`, from MANTISSAS × 10^k. */
function latticeStep(raw: number): number {
  const decade = 10 ** Math.floor(Math.log10(raw));
  let best = decade;
  for (const m of MANTISSAS) if (Math.abs(Math.log((m * decade) / raw)) < Math.abs(Math.log(best / raw))) best = m * decade;
  return clean(best);
}

/** World sample points about `spacingPx` screen px apart over the visible region. */
export function arrowGrid(view: ArrowView, spacingPx = 24): ArrowGrid {
  const { visible: b, width, height } = view;
  const kx = width / (b.xMax - b.xMin);
  const ky = height / (b.yMax - b.yMin);
  const k = Math.min(kx, ky);
  if (!(k > 0) || !Number.isFinite(k) || !(spacingPx > 0) || ![b.xMin, b.xMax, b.yMin, b.yMax].every(Number.isFinite)) return EMPTY_GRID;
  const cap = Math.ceil((width / spacingPx + 1) * (height / spacingPx + 1) * 1.5);
  let step = latticeStep(spacingPx / k);
  for (;;) {
    const i0 = Math.ceil(b.xMin / step);
    const j0 = Math.ceil(b.yMin / step);
    const nx = Math.max(0, Math.floor(b.xMax / step) - i0 + 1);
    const ny = Math.max(0, Math.floor(b.yMax / step) - j0 + 1);
    // A view whose axes are scaled apart could ask for more than the screen holds: widen the step.
    if (nx * ny <= cap) return { step, i0, j0, nx, ny, spacingPx: step * k, pxPerUnit: k };
    step = latticeStep(step * 1.4);
  }
}

/** F at every lattice point, skipping (and counting) the points where it is not finite. */
export function sampleArrows(p: (x: number, y: number) => number, q: (x: number, y: number) => number, grid: ArrowGrid): ArrowSamples {
  const total = grid.nx * grid.ny;
  const x = new Float64Array(total);
  const y = new Float64Array(total);
  const u = new Float64Array(total);
  const v = new Float64Array(total);
  const magnitude = new Float64Array(total);
  const holes: number[] = [];
  // Rounded once per column, so a point reads 0.3, not 0.30000000000000004, at the cost of nx strings.
  const xs = new Float64Array(grid.nx);
  for (let i = 0; i < grid.nx; i++) xs[i] = clean((grid.i0 + i) * grid.step);
  let n = 0;
  let max = 0;
  for (let j = 0; j < grid.ny; j++) {
    const wy = clean((grid.j0 + j) * grid.step);
    for (let i = 0; i < grid.nx; i++) {
      const wx = xs[i];
      const pu = p(wx, wy);
      const qv = q(wx, wy);
      const m = Math.hypot(pu, qv);
      // hypot is finite only when both components are (and their squares do not overflow).
      if (!Number.isFinite(m)) {
        holes.push(wx, wy);
        continue;
      }
      x[n] = wx;
      y[n] = wy;
      u[n] = pu;
      v[n] = qv;
      magnitude[n] = m;
      if (m > max) max = m;
      n++;
    }
  }
  const count = holes.length / 2;
  const undefinedX = new Float64Array(count);
  const undefinedY = new Float64Array(count);
  for (let h = 0; h < count; h++) {
    undefinedX[h] = holes[2 * h];
    undefinedY[h] = holes[2 * h + 1];
  }
  return {
    grid,
    n,
    x: x.subarray(0, n),
    y: y.subarray(0, n),
    u: u.subarray(0, n),
    v: v.subarray(0, n),
    magnitude: magnitude.subarray(0, n),
    undefinedCount: count,
    undefinedX,
    undefinedY,
    maxMagnitude: max,
  };
}

/** The q-quantile of the positive values (0 when none): zero-flow points say nothing about a length scale. */
function positiveQuantile(values: Float64Array, q: number): number {
  const positive = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > 0) positive[n++] = values[i];
  if (n === 0) return 0;
  const sorted = positive.subarray(0, n).sort();
  return sorted[Math.min(n - 1, Math.round(q * (n - 1)))];
}

/** The largest 1, 2 or 5 × 10^k not above x (NaN for x ≤ 0 or not finite). */
export function roundDown125(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return NaN;
  const decade = 10 ** Math.floor(Math.log10(x));
  const m = x / decade;
  // A hair of tolerance, so 0.3/0.1·0.1 still counts as 0.3's decade and 5 stays 5.
  const t = 1 + 1e-9;
  const mant = m * t >= 10 ? 10 : m * t >= 5 ? 5 : m * t >= 2 ? 2 : 1;
  return clean(mant * decade);
}

/** How long to draw each arrow, and the legend that says so. */
export function arrowScaling(samples: ArrowSamples, mode: ArrowMode = 'fit'): ArrowScaling {
  const { spacingPx, pxPerUnit } = samples.grid;
  const cell = FIT_FRACTION * spacingPx;
  let pxPerMagnitude: number;
  let capPx: number;
  let legendTarget: number;
  if (mode === 'fit') {
    // A high quantile, not the maximum: one huge arrow near a pole must not shrink every other to a dot.
    const typical = positiveQuantile(samples.magnitude, FIT_QUANTILE);
    pxPerMagnitude = typical > 0 ? cell / typical : 0;
    capPx = cell;
    legendTarget = cell;
  } else {
    pxPerMagnitude = pxPerUnit;
    capPx = Infinity;
    legendTarget = 2 * spacingPx;
  }
  let cappedCount = 0;
  if (Number.isFinite(capPx)) for (let i = 0; i < samples.n; i++) if (samples.magnitude[i] * pxPerMagnitude > capPx) cappedCount++;
  const legendMagnitude = pxPerMagnitude > 0 ? roundDown125(legendTarget / pxPerMagnitude) : NaN;
  return {
    mode,
    pxPerMagnitude,
    capPx,
    anchor: mode === 'fit' ? 'middle' : 'tail',
    cappedCount,
    legendMagnitude,
    legendPx: legendMagnitude * pxPerMagnitude,
  };
}

/** Grid, samples and scaling in one call: what <ArrowField data> takes. */
export function arrowField(
  p: (x: number, y: number) => number,
  q: (x: number, y: number) => number,
  view: ArrowView,
  { mode = 'fit', spacingPx = 24 }: { mode?: ArrowMode; spacingPx?: number } = {},
): ArrowData {
  const start = timing ? performance.now() : 0;
  const samples = sampleArrows(p, q, arrowGrid(view, spacingPx));
  const scaling = arrowScaling(samples, mode);
  if (timing) performance.measure('arrows:sample', { start, end: performance.now(), detail: { n: samples.n } });
  return { samples, scaling };
}
