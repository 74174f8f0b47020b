// Grid spacing that adapts to zoom: labelled lines stay 60–140 px apart at every scale.

/** Candidate steps within a decade. Neighbours differ by at most 2×, less than the 140/60 range, so one always fits. */
const MANTISSAS = [1, 2, 2.5, 5] as const;
const MINOR_DIVISIONS: Record<(typeof MANTISSAS)[number], number> = { 1: 5, 2: 4, 2.5: 5, 5: 5 };

export const MIN_LABEL_GAP_PX = 60;
export const MAX_LABEL_GAP_PX = 140;

export type GridStep = { major: number; minor: number };

/** The smallest 1-2-2.5-5 step whose lines are at least 60 px apart at `pxPerUnit`. */
export function gridStep(pxPerUnit: number): GridStep {
  if (!(pxPerUnit > 0) || !Number.isFinite(pxPerUnit)) return { major: 1, minor: 0.2 };
  const unitsPerGap = MIN_LABEL_GAP_PX / pxPerUnit;
  let decade = 10 ** Math.floor(Math.log10(unitsPerGap));
  for (;;) {
    for (const m of MANTISSAS) {
      const major = m * decade;
      // Tiny tolerance: 60.0000001 px should not jump a step because of rounding.
      if (major * pxPerUnit >= MIN_LABEL_GAP_PX * (1 - 1e-9)) return { major, minor: major / MINOR_DIVISIONS[m] };
    }
    decade *= 10;
  }
}

/** Multiples of `step` inside [lo, hi], computed from integers so 0.1·3 prints as 0.3. */
export function ticks(lo: number, hi: number, step: number, limit = 2000): number[] {
  const first = Math.ceil(lo / step);
  const last = Math.floor(hi / step);
  if (!(last >= first) || last - first > limit) return [];
  const out: number[] = [];
  for (let i = first; i <= last; i++) out.push(Number((i * step).toPrecision(12)));
  return out;
}
