// A number as a field shows it: a few significant digits where space is short,
// all the digits that matter when the learner is reading or editing it.
import { MINUS } from './format';

// Twelve decimals: float noise such as cos(90°) = 6.1e-17 reads as 0, and
// cos(pi/3) = 0.5000000000000001 as 0.5, while every digit a learner typed stays.
const snap = (x: number): number => {
  const r = Number(x.toFixed(12));
  return r === 0 ? 0 : r;
};

const minus = (s: string): string => s.replace('-', MINUS);

/** Rounded to `digits` significant digits (whole numbers keep every digit), trailing zeros dropped. */
export function fmtSignificant(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return String(x);
  const r = snap(x);
  return minus(Math.abs(r) >= 10 ** digits ? String(Math.round(r)) : String(Number(r.toPrecision(digits))));
}

/** Every digit that matters: 15 significant, at most 12 decimals. Reads back to the same number a learner sees. */
export const fmtFull = (x: number): string => fmtSignificant(x, 15);
