// The loss-vs-step chart's geometry: which points a series shows, the loss axis (log when every
// shown loss is positive, linear otherwise), ticks, and the SVG path of each line. Numbers in,
// strings out, so the chart component only draws and a unit test can pin every case.
import { scaleLinear, scaleLog } from 'd3-scale';
import { MINUS } from '../text/format';

export type LinePattern = 'solid' | 'dashed' | 'dotted' | 'dashdot';
/** Colour is never the only cue: the n-th series gets the n-th pattern unless it names one. */
export const PATTERNS: readonly LinePattern[] = ['solid', 'dashed', 'dotted', 'dashdot'];

export type LossSeries = {
  id: string;
  name: string;
  /** Any CSS colour, e.g. 'var(--c-gd)'. */
  color: string;
  /** loss[k] is the loss after step k; k = 0 is the start. */
  loss: ArrayLike<number>;
  divergedAt?: number | null;
  /** What to say at `divergedAt`, e.g. "stopped at step 22"; "diverged at step k" when not given. */
  stopText?: string;
  pattern?: LinePattern;
};

export type SeriesExtent = {
  /** The last step drawn: the last finite loss, and not past `divergedAt`. −1 when nothing is. */
  end: number;
  /** The step named in "diverged at step k": the series' own, else its first non-finite loss. */
  divergedAt: number | null;
};

export function seriesExtent({ loss, divergedAt }: Pick<LossSeries, 'loss' | 'divergedAt'>): SeriesExtent {
  let first = 0;
  while (first < loss.length && Number.isFinite(loss[first])) first++;
  let end = first - 1;
  const given = divergedAt != null && Number.isFinite(divergedAt) ? Math.max(0, Math.floor(divergedAt)) : null;
  if (given !== null) end = Math.min(end, given);
  return { end, divergedAt: given ?? (first < loss.length ? first : null) };
}

export type Tick = { value: number; text: string };
export type Box = { left: number; right: number; top: number; bottom: number };

export type ChartLayout = {
  /** The last step of the longest series (the slider's maximum); at least 0. */
  last: number;
  kind: 'log' | 'linear';
  /** What the loss axis says about its scale. */
  scaleNote: string;
  plot: Box;
  x: (k: number) => number;
  /** The step under a horizontal pixel, rounded and clamped to [0, last]. */
  stepAt: (px: number) => number;
  y: (loss: number) => number;
  xTicks: Tick[];
  yTicks: Tick[];
};

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '+': '',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};
const superscript = (s: string): string => [...s].map((c) => SUPERSCRIPT[c] ?? c).join('');

/** 10⁻⁶, 1, 10, 10²: a decade tick. */
export const decadeText = (e: number): string => (e === 0 ? '1' : e === 1 ? '10' : `10${superscript(String(e))}`);

/**
 * A loss to three significant digits with a true minus: 0.0123, 0.0004, 1.23 × 10⁻⁷. `speech` writes
 * the exponent as 1.23e−7 instead, for aria text, where superscripts are read unreliably.
 */
export function lossText(v: number, speech = false): string {
  if (Number.isNaN(v)) return 'undefined';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : `${MINUS}∞`;
  const r = Number(v.toPrecision(3));
  if (r === 0) return '0';
  const a = Math.abs(r);
  let text = String(a);
  // Past 10⁵ or under 10⁻⁴ the zeros are noise: write the exponent.
  if (a >= 1e5 || a < 1e-4) {
    const [m, e] = a.toExponential().split('e');
    text = speech ? `${m}e${e.replace('+', '').replace('-', MINUS)}` : `${m} × 10${superscript(e)}`;
  }
  return r < 0 ? MINUS + text : text;
}

// Decades a double can hold: 10^-324 is 0 and 10^309 is Infinity.
const MIN_DECADE = -323;
const MAX_DECADE = 308;

function logTicks(lo: number, hi: number, room: number): Tick[] {
  const stride = Math.max(1, Math.ceil((hi - lo) / Math.max(1, room)));
  const ticks: Tick[] = [];
  for (let e = lo; e <= hi; e++) if (e % stride === 0) ticks.push({ value: 10 ** e, text: decadeText(e) });
  return ticks;
}

/** Rough width of a tick text in px: good enough to size the margin without measuring. */
const textWidth = (s: string, px: number): number => [...s].length * px * 0.6;

export function chartLayout(
  series: readonly LossSeries[],
  extents: readonly SeriesExtent[],
  width: number,
  height: number,
  fontPx: number,
): ChartLayout {
  let last = 0;
  let min = Infinity;
  let max = -Infinity;
  series.forEach((s, i) => {
    last = Math.max(last, s.loss.length - 1);
    for (let k = 0; k <= extents[i].end; k++) {
      const v = s.loss[k];
      if (v < min) min = v;
      if (v > max) max = v;
    }
  });
  const empty = !(min <= max);
  const kind = empty || min > 0 ? 'log' : 'linear';

  const top = Math.round(fontPx * 1.7);
  const bottom = height - Math.round(fontPx * 2.9);
  // A tick label about every 2.2 lines of text.
  const yRoom = Math.max(2, Math.floor((bottom - top) / (fontPx * 2.2)));

  let y: (v: number) => number;
  let yTicks: Tick[];
  if (kind === 'log') {
    let lo = empty ? -1 : Math.max(MIN_DECADE, Math.floor(Math.log10(min)));
    let hi = empty ? 0 : Math.min(MAX_DECADE, Math.ceil(Math.log10(max)));
    if (hi <= lo) hi === MAX_DECADE ? (lo = hi - 1) : (hi = lo + 1);
    const scale = scaleLog()
      .domain([10 ** lo, 10 ** hi])
      .range([bottom, top]);
    y = (v) => scale(v);
    yTicks = logTicks(lo, hi, yRoom);
  } else {
    let [a, b] = [min, max];
    if (a === b) [a, b] = [a - (Math.abs(a) || 1) / 2, b + (Math.abs(b) || 1) / 2];
    const scale = scaleLinear().domain([a, b]).range([bottom, top]).nice(yRoom);
    y = (v) => scale(v);
    yTicks = scale.ticks(yRoom).map((value) => ({ value, text: lossText(value) }));
  }

  const left = Math.ceil(Math.max(fontPx * 2, ...yTicks.map((t) => textWidth(t.text, fontPx))) + fontPx * 0.6);
  const right = Math.max(left + 1, width - Math.ceil(fontPx * 1.2));
  const xScale = scaleLinear()
    .domain([0, Math.max(1, last)])
    .range([left, right]);
  const xRoom = Math.max(2, Math.floor((right - left) / (fontPx * 5)));
  const xTicks = xScale
    .ticks(Math.min(xRoom, Math.max(1, last)))
    .filter((k) => Number.isInteger(k) && k <= last)
    .map((value) => ({ value, text: String(value) }));

  return {
    last,
    kind,
    scaleNote: kind === 'log' ? 'log scale' : 'linear scale: some losses ≤ 0',
    plot: { left, right, top, bottom },
    x: (k) => xScale(k),
    stepAt: (px) => Math.min(last, Math.max(0, Math.round(xScale.invert(px)))),
    y,
    xTicks,
    yTicks,
  };
}

const r = (v: number): number => Math.round(v * 10) / 10;

/**
 * The line through loss[0..end] as an SVG path. Only finite pixels are written, so no NaN can reach
 * the `d` attribute. With more points than twice the pixel columns, each column keeps only its first,
 * lowest, highest and last point: the same picture (oscillations included) in a path that stays small.
 */
export function lossPath(loss: ArrayLike<number>, end: number, x: (k: number) => number, y: (v: number) => number): string {
  let d = '';
  const put = (k: number) => {
    const px = x(k);
    const py = y(loss[k]);
    if (Number.isFinite(px) && Number.isFinite(py)) d += `${d ? 'L' : 'M'}${r(px)},${r(py)}`;
  };
  if (end < 0) return d;
  const columns = Math.abs(x(end) - x(0));
  if (end + 1 <= 2 * columns + 2) {
    for (let k = 0; k <= end; k++) put(k);
    return d;
  }
  let column = NaN;
  let first = 0;
  let low = 0;
  let high = 0;
  let lastK = 0;
  const flush = () => {
    const keep = [first, low, high, lastK].sort((a, b) => a - b);
    keep.forEach((k, i) => k !== keep[i - 1] && put(k));
  };
  for (let k = 0; k <= end; k++) {
    const c = Math.floor(x(k));
    const v = loss[k];
    if (c !== column) {
      if (k > 0) flush();
      column = c;
      first = low = high = lastK = k;
    } else {
      if (v < loss[low]) low = k;
      if (v > loss[high]) high = k;
      lastK = k;
    }
  }
  flush();
  return d;
}
