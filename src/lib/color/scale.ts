// What a colour scale is: one object that paints (color, rgb, the lookup table) and
// that its legend reads (ticks, stops, the spacing in words), so the two can't disagree.
// After Observable Plot, whose legends read the mark's own scale (src/legends.js).
import { rgb as parse } from 'd3-color';

export type Spacing = 'linear' | 'log' | 'quantile';

export type LegendTick = {
  readonly value: number;
  /** Where along the legend bar, 0 (low end) … 1 (high end): the scale's own fraction(value). */
  readonly at: number;
  readonly text: string;
};

export type GradientStop = { readonly offset: number; readonly color: string };

export interface ColorScale {
  readonly kind: 'sequential' | 'diverging';
  readonly scheme: string;
  /** The values mapped to the two ends of the colour ramp (both NaN when no value was finite). */
  readonly domain: readonly [lo: number, hi: number];
  readonly spacing: Spacing;
  /** Increasing, from domain[0] to domain[1]: the ends are extremes, the inner levels the contour lines. */
  readonly levels: readonly number[];
  /** Where v falls on the colour ramp, in [0, 1]; NaN for a non-finite v (a hole). */
  fraction(v: number): number;
  /** A CSS colour for v ("#rrggbb"), 'transparent' for a non-finite v. Exact, not from the table. */
  color(v: number): string;
  /** Writes v's RGBA from the lookup table into out[at … at + 3]: alpha 0 for a non-finite v. No parsing. */
  rgb(v: number, out: Uint8ClampedArray, at?: number): void;
  /** LUT_SIZE colours as RGBA bytes; entry k is the ramp at k / (LUT_SIZE − 1). */
  readonly lut: Uint8ClampedArray;
  /** Values to label on a legend, at their place on the bar. */
  readonly ticks: readonly LegendTick[];
  /** Colours along the legend bar, offsets 0 … 1: the ramp itself, so the bar's position t is fraction t. */
  readonly stops: readonly GradientStop[];
  /** How the levels are spaced, in words for a legend caption: "equally spaced levels". */
  readonly describe: string;
  /** Whether values beyond an end were clipped to it (outliers, a pole): they take the end's colour. */
  readonly clipped: { readonly low: boolean; readonly high: boolean };
}

/** 257 entries, so a diverging scale's middle (0) has an entry of its own and ±v land on mirrored entries. */
export const LUT_SIZE = 257;

export const SPACING_WORDS: Record<Spacing, string> = {
  linear: 'equally spaced levels',
  log: 'log-spaced levels',
  quantile: 'levels by rank (quantiles)',
};

export type Ramp = (t: number) => string;

type Parts = {
  kind: ColorScale['kind'];
  scheme: string;
  ramp: Ramp;
  domain: readonly [number, number];
  spacing: Spacing;
  levels: readonly number[];
  fraction: (v: number) => number;
  ticks: (scale: Pick<ColorScale, 'fraction' | 'levels' | 'domain'>) => readonly LegendTick[];
  describe?: string;
  clipped?: { readonly low: boolean; readonly high: boolean };
};

export function lookupTable(ramp: Ramp): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(LUT_SIZE * 4);
  for (let k = 0; k < LUT_SIZE; k++) {
    const c = parse(ramp(k / (LUT_SIZE - 1)));
    lut.set([c.r, c.g, c.b, 255], k * 4);
  }
  return lut;
}

function describeWith(words: string, clipped: Parts['clipped']): string {
  if (!clipped || (!clipped.low && !clipped.high)) return words;
  const which = clipped.low && clipped.high ? 'the lowest and highest values' : clipped.high ? 'the highest values' : 'the lowest values';
  return `${words}; ${which} clipped to the ends`;
}

/** The painting half of a scale, built from its ramp and its fraction. */
export function makeScale(p: Parts): ColorScale {
  const lut = lookupTable(p.ramp);
  const fraction = p.fraction;
  const last = LUT_SIZE - 1;
  const base = {
    kind: p.kind,
    scheme: p.scheme,
    domain: p.domain,
    spacing: p.spacing,
    levels: p.levels,
    fraction,
    lut,
    describe: describeWith(p.describe ?? SPACING_WORDS[p.spacing], p.clipped),
    clipped: p.clipped ?? { low: false, high: false },
    stops: Array.from({ length: 17 }, (_, k) => ({ offset: k / 16, color: parse(p.ramp(k / 16)).formatHex() })),
    color: (v: number) => {
      const f = fraction(v);
      return Number.isNaN(f) ? 'transparent' : parse(p.ramp(f)).formatHex();
    },
    rgb: (v: number, out: Uint8ClampedArray, at = 0) => {
      const f = fraction(v);
      if (Number.isNaN(f)) {
        out[at] = out[at + 1] = out[at + 2] = out[at + 3] = 0;
        return;
      }
      const k = Math.round(f * last) * 4;
      out[at] = lut[k];
      out[at + 1] = lut[k + 1];
      out[at + 2] = lut[k + 2];
      out[at + 3] = 255;
    },
  };
  return { ...base, ticks: p.ticks(base) };
}

/** A line for anything that needs the domain, e.g. an aria-label: "from 0 to 2500". */
export const rangeText = (s: ColorScale): string =>
  s.ticks.length ? `from ${s.ticks[0].text} to ${s.ticks[s.ticks.length - 1].text}` : 'no values in view';
