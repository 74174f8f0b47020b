// Which values a legend labels. Always the two ends, so the range is never a guess;
// in between, values a learner can read (nice numbers, or the median by rank), kept
// apart so their texts don't collide on a narrow panel.
import type { LegendTick } from './scale';
import { tickText } from './tick-format';

/** Closer than this (as a fraction of the bar) to a labelled value, a candidate is dropped. */
const MIN_GAP = 0.18;
/**
 * About how much of the bar one character of a label takes: the narrowest panel's bar holds some
 * 36 characters of tick text (at any type size, as the panel grows with the type); a little more
 * here, so labels keep a space between them.
 */
const CHAR = 1 / 32;

/** The stretch of the bar a label covers: the first reads from its start, the last up to its end, the others centred. */
function extent(t: LegendTick, where: 'first' | 'middle' | 'last'): [number, number] {
  const w = t.text.length * CHAR;
  return where === 'first' ? [t.at, t.at + w] : where === 'last' ? [t.at - w, t.at] : [t.at - w / 2, t.at + w / 2];
}

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
    const t = tick(v, at);
    const [from, to] = extent(t, 'middle');
    const prev = out[out.length - 1];
    const clearOfPrev = from - extent(prev, out.length === 1 ? 'first' : 'middle')[1] >= CHAR;
    const clearOfEnd = extent(end, 'last')[0] - to >= CHAR;
    if (at - prev.at >= MIN_GAP && end.at - at >= MIN_GAP && clearOfPrev && clearOfEnd) out.push(t);
  }
  out.push(end);
  return out;
}
