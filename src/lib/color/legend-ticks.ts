// Which values a legend labels. Always the two ends, so the range is never a guess;
// in between, values a learner can read (nice numbers, or the median by rank), kept
// apart so their texts don't collide on a narrow panel.
import type { LegendTick } from './scale';
import { tickText } from './tick-format';

/** Closer than this (as a fraction of the bar) to a labelled value, a candidate is dropped. */
const MIN_GAP = 0.18;

const tick = (value: number, at: number): LegendTick => ({ value, at, text: tickText(value) });

export function legendTicks(domain: readonly [number, number], fraction: (v: number) => number, inner: readonly number[]): LegendTick[] {
  const [lo, hi] = domain;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (lo === hi) return [tick(lo, 0.5)];
  const out = [tick(lo, 0)];
  const end = tick(hi, 1);
  for (const v of inner) {
    const at = fraction(v);
    if (!(v > lo && v < hi) || Number.isNaN(at)) continue;
    if (at - out[out.length - 1].at >= MIN_GAP && end.at - at >= MIN_GAP) out.push(tick(v, at));
  }
  out.push(end);
  return out;
}
