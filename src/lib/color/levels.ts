// Levels for contour lines and heat-map colours. Every list here runs from the
// lowest to the highest value, increasing and distinct: the two ends are single
// points of the picture (no line there), the levels in between are the contours.
//
// Equal steps of value fail on losses like Rosenbrock's, whose values run from 0
// to thousands: almost everything lands in the first step. Equal steps of rank
// (quantiles of the sampled values) always spread the levels over the picture;
// log steps do too when the values are positive and span decades.
import { ticks } from 'd3-array';

export type Extent = readonly [lo: number, hi: number];

/** The finite minimum and maximum, or null when no value is finite. */
export function finiteExtent(values: ArrayLike<number>): Extent | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // ±∞ can't be painted and NaN is a hole: only finite values set the range.
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** At most this many values are sorted to find percentiles: a stride through the samples is as good. */
const PERCENTILE_SAMPLE = 20_000;

/**
 * The range to colour: the finite range, except that an end far beyond the bulk of the values (a
 * pole, as of 1/x at x = 0) is clipped to the 1st or 99th percentile, so one point cannot squeeze
 * every other value into one colour. An end is clipped when it lies further beyond its percentile
 * than the whole 1st–99th percentile range is wide (after Tukey's fences).
 */
export function robustExtent(values: ArrayLike<number>): { extent: Extent; clipped: { low: boolean; high: boolean } } | null {
  const e = finiteExtent(values);
  if (!e) return null;
  const stride = Math.max(1, Math.floor(values.length / PERCENTILE_SAMPLE));
  // A typed array sorts numerically by itself, several times faster than an array with a comparator.
  const sample = new Float64Array(Math.ceil(values.length / stride));
  let n = 0;
  for (let i = 0; i < values.length; i += stride) if (Number.isFinite(values[i])) sample[n++] = values[i];
  sample.subarray(0, n).sort();
  const at = (q: number) => sample[Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))))];
  const p1 = at(0.01);
  const p99 = at(0.99);
  const width = p99 - p1;
  const low = width > 0 && p1 - e[0] > width;
  const high = width > 0 && e[1] - p99 > width;
  return { extent: [low ? p1 : e[0], high ? p99 : e[1]], clipped: { low, high } };
}

/** The ends plus the values strictly between them. */
function withEnds([lo, hi]: Extent, inner: readonly number[]): number[] {
  if (lo === hi) return [lo];
  return [lo, ...inner.filter((t) => t > lo && t < hi), hi];
}

/** `count` + 1 quantiles (from the minimum to the maximum) of the finite values, increasing and distinct. */
export function quantileLevels(values: ArrayLike<number>, count: number): number[] {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite.push(values[i]);
  if (finite.length === 0) return [];
  finite.sort((a, b) => a - b);
  const out: number[] = [];
  for (let k = 0; k <= count; k++) {
    const q = finite[Math.min(finite.length - 1, Math.round((k / count) * (finite.length - 1)))];
    if (out.length === 0 || q > out[out.length - 1]) out.push(q);
  }
  return out;
}

/**
 * Nice, equally spaced levels (d3.ticks: 1, 2 or 5 × 10^k apart, about `count` of them) between
 * the ends. Only the range of `values` matters, so a domain [lo, hi] may be passed as the values.
 */
export function linearLevels(values: ArrayLike<number>, count: number): number[] {
  const e = finiteExtent(values);
  return e ? withEnds(e, ticks(e[0], e[1], count)) : [];
}

// Mantissas per decade, densest first: 1-2-5 reads like a ruler, 1-3 halves a decade in log terms.
const MANTISSAS = [[1, 2, 5], [1, 3], [1]];

/**
 * Levels equally spaced in log10 (1, 2, 5 × 10^k, or powers of ten), about `count` of them, for
 * positive ranges spanning decades. Non-positive values are left out of the range: they have no
 * logarithm. Under one decade this is nearly linear anyway, so it falls back to linearLevels.
 */
export function logLevels(values: ArrayLike<number>, count: number): number[] {
  const e = positiveExtent(values);
  if (!e) return [];
  const [lo, hi] = e;
  const decades = Math.log10(hi) - Math.log10(lo);
  if (decades < 1) return linearLevels(e, count);
  const first = Math.floor(Math.log10(lo));
  const last = Math.ceil(Math.log10(hi));
  const inner: number[] = [];
  const mantissas = MANTISSAS.find((m) => decades * m.length <= count);
  if (mantissas) {
    for (let p = first; p <= last; p++) for (const m of mantissas) inner.push(Number(`${m}e${p}`));
  } else {
    const every = Math.ceil(decades / Math.max(1, count));
    for (let p = Math.ceil(first / every) * every; p <= last; p += every) inner.push(Number(`1e${p}`));
  }
  return withEnds(e, inner);
}

/** The range of the positive finite values, or null when there are none. */
export function positiveExtent(values: ArrayLike<number>): Extent | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v > 0) || v === Infinity) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Where v falls among increasing levels, as a fraction in [0, 1]; NaN for a non-finite v. */
export function levelFraction(levels: readonly number[], v: number): number {
  if (!Number.isFinite(v) || levels.length === 0) return NaN;
  if (levels.length === 1) return 0.5;
  let lo = 0;
  let hi = levels.length - 1;
  if (v <= levels[0]) return 0;
  if (v >= levels[hi]) return 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (levels[mid] <= v) lo = mid;
    else hi = mid;
  }
  // Linear between the two levels, so colours vary smoothly.
  return (lo + (v - levels[lo]) / (levels[hi] - levels[lo])) / (levels.length - 1);
}
