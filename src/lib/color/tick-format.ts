// Legend numbers: three significant digits and a true minus sign (U+2212), as
// text/format.ts writes them. That file is out of this layer's reach (colour
// leans on math alone, scripts/layering.mjs), and legends need significant
// digits where fmt counts decimals, so 0.000123 would read as 0 there.

const MINUS = '\u2212';

/** 1234.5 → "1230", 0.0001234 → "0.000123", −2.5 → "−2.5", 1.5e7 → "1.5e7". */
export function tickText(x: number): string {
  if (Number.isNaN(x)) return 'undefined';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : `${MINUS}∞`;
  const r = Number(x.toPrecision(3));
  if (r === 0) return '0';
  const a = Math.abs(r);
  // Past a million or under a ten-thousandth the zeros are noise: write the exponent.
  const text = a >= 1e6 || a < 1e-4 ? a.toExponential().replace('e+', 'e') : String(a);
  return r < 0 ? MINUS + text : text;
}
