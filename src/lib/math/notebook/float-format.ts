// Decimal digits of a float64 as NumPy's Dragon4 and Python's repr produce
// them. Both start from the shortest digits that read back as the same float
// (JavaScript's toExponential() gives exactly those). NumPy then limits an
// array's entries to `precision` digits; where the shortest form is longer,
// Dragon4 rounds the float's exact binary value, ties to even, which the
// exact expansion below reproduces (0.001953125 → 0.00195312, not …13).

/** d.ddd × 10^exp: `digits` without a point, its first digit non-zero (or "0" for zero). */
export interface Digits {
  readonly digits: string;
  readonly exp: number;
}

export function shortest(x: number): Digits {
  if (x === 0) return { digits: '0', exp: 0 };
  const [m, e] = Math.abs(x).toExponential().split('e');
  return { digits: m.replace('.', ''), exp: Number(e) };
}

const view = new DataView(new ArrayBuffer(8));

/** |x| exactly as an integer times a power of ten: every float64 is a finite decimal. */
function exact(x: number): { n: bigint; exp10: number } {
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased !== 0) mantissa |= 1n << 52n;
  const e2 = (biased === 0 ? 1 : biased) - 1075;
  if (e2 >= 0) return { n: mantissa << BigInt(e2), exp10: 0 };
  // m · 2^e2 = m · 5^−e2 · 10^e2
  return { n: mantissa * 5n ** BigInt(-e2), exp10: e2 };
}

/** n / 10^cut rounded half to even. */
function roundDigits(n: bigint, cut: number): bigint {
  if (cut <= 0) return n * 10n ** BigInt(-cut);
  const p = 10n ** BigInt(cut);
  const q = n / p;
  const twice = (n % p) * 2n;
  return twice > p || (twice === p && q % 2n === 1n) ? q + 1n : q;
}

/** Positional digits with at most `precision` after the point, trailing zeros trimmed: 1/3 → ("0", "33333333"), 2 → ("2", ""). */
export function positional(x: number, precision: number): { int: string; frac: string } {
  const s = shortest(x);
  let int: string;
  let frac: string;
  if (s.digits.length - 1 - s.exp <= precision) {
    const all = s.exp >= 0 ? s.digits.padEnd(s.exp + 1, '0') : '0'.repeat(-s.exp) + s.digits;
    const point = s.exp >= 0 ? s.exp + 1 : 1;
    int = all.slice(0, point);
    frac = all.slice(point);
  } else {
    const { n, exp10 } = exact(x);
    const q = roundDigits(n, -exp10 - precision)
      .toString()
      .padStart(precision + 1, '0');
    int = q.slice(0, q.length - precision);
    frac = q.slice(q.length - precision);
  }
  return { int, frac: frac.replace(/0+$/, '') };
}

/** Scientific digits with at most `precision` after the point, trailing zeros trimmed: 8.881784197001252e-16 at 8 → ("88817842", −16). */
export function scientific(x: number, precision: number): Digits {
  const s = shortest(x);
  if (s.digits.length <= precision + 1) return { digits: s.digits.replace(/(?<=.)0+$/, ''), exp: s.exp };
  const { n, exp10 } = exact(x);
  const all = n.toString();
  let q = roundDigits(n, all.length - (precision + 1)).toString();
  let exp = all.length - 1 + exp10;
  if (q.length > precision + 1) {
    q = q.slice(0, precision + 1);
    exp++;
  }
  return { digits: q.replace(/(?<=.)0+$/, ''), exp };
}

/** Python's repr of a float (and NumPy 1.x's of a float64 scalar): 17.0, 0.1, 1e-05, 1.5e+16, inf. */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const s = shortest(x);
  if (x === 0 || (s.exp >= -4 && s.exp < 16)) {
    const { int, frac } = positional(Math.abs(x), 400);
    return `${sign}${int}.${frac || '0'}`;
  }
  const mantissa = s.digits.length > 1 ? `${s.digits[0]}.${s.digits.slice(1)}` : s.digits;
  return `${sign}${mantissa}e${s.exp < 0 ? '-' : '+'}${String(Math.abs(s.exp)).padStart(2, '0')}`;
}
