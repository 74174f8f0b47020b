// Levels for contour lines and heat-map colours that suit any function. Equal
// steps of value fail on losses like Rosenbrock's, whose values run from 0 to
// thousands: almost everything lands in the first step. Equal steps of rank
// (quantiles of the sampled values) always spread the levels over the picture.

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
