// A diverging scale for signed values whose sign matters: divergence, curl, a
// residual. It is centred on 0: the domain is [−m, m], so 0 takes the ramp's
// middle colour and v and −v sit at mirrored places, equally strong.
import { lab } from 'd3-color';
import { interpolateLab, piecewise } from 'd3-interpolate';
import { interpolatePuOr, interpolateRdBu } from 'd3-scale-chromatic';
import { ticks as niceTicks } from 'd3-array';
import { finiteExtent, linearLevels, robustExtent } from './levels';
import { legendTicks } from './legend-ticks';
import { makeScale, type ColorScale, type Ramp } from './scale';

export type DivergingScheme = 'RdBu' | 'PuOr';

// RdBu reversed, so negative is blue (cold) and positive red (warm), as on weather maps.
const RAMPS: Record<DivergingScheme, Ramp> = { RdBu: (t) => interpolateRdBu(1 - t), PuOr: interpolatePuOr };

export type DivergingOptions = {
  /** Sampled values: m is their largest finite |v| unless `domain` is given. */
  values?: ArrayLike<number>;
  /** Any range; the scale uses [−m, m] with m its largest |end|, so 0 stays in the middle. */
  domain?: readonly [number, number];
  scheme?: DivergingScheme;
  /**
   * The colour of 0. The schemes' own middle is near white, the light background's neighbour;
   * on a dark background pass a colour next to it (DESIGN.md: e.g. the dark minor grid #24282D)
   * so that 0 reads as "nothing here" there too.
   */
  middle?: string;
  /** About how many levels, equally spaced and always including 0. */
  count?: number;
  /** Clip ends far beyond the bulk of the values (a pole, 1/x at 0) to their percentile; default true. See robustExtent. */
  clipOutliers?: boolean;
};

export function diverging({ values, domain, scheme = 'RdBu', middle, count = 14, clipOutliers = true }: DivergingOptions): ColorScale {
  if (!values && !domain) throw new Error('diverging(): give the sampled values or a domain');
  const base = RAMPS[scheme];
  const ramp: Ramp = middle ? throughMiddle(base, middle) : base;
  const robust = !domain && clipOutliers ? robustExtent(values!) : null;
  const e = robust ? robust.extent : finiteExtent(domain ?? values!);
  const clipped = robust?.clipped ?? { low: false, high: false };
  const m = e ? Math.max(Math.abs(e[0]), Math.abs(e[1])) : NaN;
  const d: readonly [number, number] = Number.isFinite(m) ? [-m, m] : [NaN, NaN];
  const fraction = (v: number) => {
    if (!Number.isFinite(v) || Number.isNaN(m)) return NaN;
    if (m === 0) return 0.5;
    const t = 0.5 + v / (2 * m);
    return t < 0 ? 0 : t > 1 ? 1 : t;
  };
  const levels = Number.isNaN(m) ? [] : m === 0 ? [0] : withZero(linearLevels(d, count));
  return makeScale({
    kind: 'diverging',
    scheme,
    ramp,
    domain: d,
    spacing: 'linear',
    levels,
    fraction,
    clipped,
    describe: 'equally spaced levels, 0 in the middle',
    ticks: (s) => legendTicks(d, s.fraction, m > 0 ? [0, ...niceTicks(-m, m, 4)] : []),
  });
}

// Through `middle` in Lab. Strength must read as distance from the background: on a light middle
// the scheme's own dark ends are the strongest colours; on a dark middle those ends would sink back
// into the background, so there the ends are the scheme's light shades (at 0.3 and 0.7 of its ramp,
// CIE lightness about 75) and the quarter points its mid shades (about 50), each side keeping its hue.
function throughMiddle(base: Ramp, middle: string): Ramp {
  if (lab(middle).l >= 50) return piecewise(interpolateLab, [base(0), base(0.25), middle, base(0.75), base(1)]);
  return piecewise(interpolateLab, [base(0.3), base(0.15), middle, base(0.85), base(0.7)]);
}

// d3.ticks over [−m, m] includes 0 whenever its step is under m; a coarser step could skip it.
function withZero(levels: number[]): number[] {
  if (levels.length < 2 || levels.includes(0)) return levels;
  return [...levels.slice(0, -1), 0, levels[levels.length - 1]].sort((a, b) => a - b);
}
