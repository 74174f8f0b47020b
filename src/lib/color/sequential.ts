// A sequential scale for values with no natural middle: heights, magnitudes, losses.
import { interpolateCividis, interpolateViridis } from 'd3-scale-chromatic';
import { ticks as niceTicks } from 'd3-array';
import { finiteExtent, levelFraction, linearLevels, logLevels, positiveExtent, quantileLevels, robustExtent } from './levels';
import { legendTicks } from './legend-ticks';
import { makeScale, type ColorScale, type Ramp, type Spacing } from './scale';

export type SequentialScheme = 'viridis' | 'cividis';

const RAMPS: Record<SequentialScheme, Ramp> = { viridis: interpolateViridis, cividis: interpolateCividis };

export type SequentialOptions = {
  /** Sampled values: they set the domain (their finite range) unless `domain` is given, and quantile spacing needs them. */
  values?: ArrayLike<number>;
  domain?: readonly [number, number];
  scheme?: SequentialScheme;
  /** How the levels (and so the colours) are spread: equal steps of value by default, so line spacing shows steepness. */
  spacing?: Spacing;
  /** Clip an end that lies far beyond the bulk of the values (a pole) to its percentile; default true. See robustExtent. */
  clipOutliers?: boolean;
  /** About how many levels: quantile spacing makes count + 1, linear and log as many nice ones as fit. */
  count?: number;
};

/** A log scale over more decades than this spends its colours on values next to 0. */
const MAX_DECADES = 6;

const clamp01 = (t: number) => (t < 0 ? 0 : t > 1 ? 1 : t);

export function sequential({
  values,
  domain,
  scheme = 'viridis',
  spacing = 'linear',
  count = 14,
  clipOutliers = true,
}: SequentialOptions): ColorScale {
  if (!values && !domain) throw new Error('sequential(): give the sampled values or a domain');
  if (spacing === 'quantile' && !values) throw new Error('sequential(): quantile spacing needs the sampled values');
  const ramp = RAMPS[scheme];
  const source = values ?? domain!;
  let clipped = { low: false, high: false };
  const build = (d: readonly [number, number], levels: readonly number[], fraction: (v: number) => number, inner: readonly number[]) =>
    makeScale({ kind: 'sequential', scheme, ramp, domain: d, spacing, levels, fraction, clipped, ticks: (s) => legendTicks(d, s.fraction, inner) });

  // A pole (1/x at 0) must not set the scale: clip far outliers to a percentile unless a domain is given.
  const robust = !domain && clipOutliers && spacing !== 'quantile' ? robustExtent(source) : null;
  if (robust) clipped = robust.clipped;

  if (spacing === 'log') {
    const e0 = positiveExtent(domain ?? source);
    const e = e0 && robust?.clipped.high ? ([e0[0], Math.max(e0[0], robust.extent[1])] as const) : e0;
    if (!e) return empty();
    const hi = e[1];
    const lo = Math.max(e[0], hi * 10 ** -MAX_DECADES);
    const levels = logLevels([lo, hi], count);
    const l0 = Math.log(lo);
    const span = Math.log(hi) - l0;
    // Zero and negative values have no logarithm: they take the lowest colour rather than a hole.
    const fraction = (v: number) => (!Number.isFinite(v) ? NaN : span === 0 ? 0.5 : v <= lo ? 0 : clamp01((Math.log(v) - l0) / span));
    return build([lo, hi], levels, fraction, logLevels([lo, hi], 4));
  }

  const e = domain ? finiteExtent(domain) : (robust?.extent ?? finiteExtent(source));
  if (!e) return empty();
  const [lo, hi] = e;
  if (spacing === 'quantile') {
    // Colours follow rank, as the levels do; a given domain clips the values first.
    const levels = quantileLevels(domain ? clip(values!, lo, hi) : values!, count);
    const fraction = (v: number) => levelFraction(levels, v);
    // Label the middle level (the median), at the middle of the bar.
    return build([levels[0], levels[levels.length - 1]], levels, fraction, [levels[Math.floor((levels.length - 1) / 2)]]);
  }
  const levels = linearLevels(e, count);
  const fraction = (v: number) => (!Number.isFinite(v) ? NaN : hi === lo ? 0.5 : clamp01((v - lo) / (hi - lo)));
  return build(e, levels, fraction, niceTicks(lo, hi, 4));

  function empty(): ColorScale {
    return build([NaN, NaN], [], () => NaN, []);
  }
}

function clip(values: ArrayLike<number>, lo: number, hi: number): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Math.min(hi, Math.max(lo, values[i]));
  return out;
}
