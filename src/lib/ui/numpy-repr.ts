// What NumPy prints for the values our scenes show: repr() of 1-D and 2-D
// int64, float64 and complex128 arrays, and of scalars, so the code beside a
// picture reads exactly like the learner's own Python session.
//
// Arrays follow numpy/core/arrayprint.py with the default print options
// (precision 8, floatmode 'maxprec', suppress False): each column-independent
// FloatingFormat picks positional or scientific notation for the whole array,
// then pads integer parts on the left and fractions on the right. Our arrays
// have at most two columns, so no line reaches NumPy's 75-character wrap.
//
// Scalars print as NumPy ≥ 2.0 prints them (NEP 51): `np.float64(-2.0000000000000004)`,
// `np.int64(-16)`, the digits of Python's float repr inside. NumPy 1.x printed
// the bare number (`-2.0000000000000004`); the learners' course runs NumPy 2.

export interface Complex {
  readonly re: number;
  readonly im: number;
}

export type DType = 'int64' | 'float64' | 'complex128';

/** A 1-D (one row) or 2-D (rows) array of one dtype. */
export type ArrayValue =
  | { readonly dtype: 'int64' | 'float64'; readonly rows: readonly (readonly number[])[]; readonly ndim: 1 | 2 }
  | { readonly dtype: 'complex128'; readonly rows: readonly (readonly Complex[])[]; readonly ndim: 1 | 2 };

type Vector = readonly number[];
type Matrix = readonly (readonly number[])[];

/** dtype NumPy gives `np.array(...)` of these numbers: int64 if every one is a (safe) integer. */
export const inferDType = (values: readonly number[]): 'int64' | 'float64' => (values.every(Number.isSafeInteger) ? 'int64' : 'float64');

export const array1 = (v: Vector, dtype: 'int64' | 'float64' = inferDType(v)): ArrayValue => ({ dtype, rows: [v], ndim: 1 });
export const array2 = (m: Matrix, dtype: 'int64' | 'float64' = inferDType(m.flat())): ArrayValue => ({ dtype, rows: m, ndim: 2 });
export const complexArray1 = (v: readonly Complex[]): ArrayValue => ({ dtype: 'complex128', rows: [v], ndim: 1 });
export const complexArray2 = (m: readonly (readonly Complex[])[]): ArrayValue => ({ dtype: 'complex128', rows: m, ndim: 2 });

// ---------------------------------------------------------------------------
// Digits

/** Round a string of decimal digits to `keep` digits, half to even as Dragon4 does; returns the digits and a carry. */
function roundDigits(digits: string, keep: number): { digits: string; carry: boolean } {
  if (digits.length <= keep) return { digits, carry: false };
  const head = digits.slice(0, keep);
  const rest = digits.slice(keep);
  const last = keep > 0 ? Number(head[keep - 1]) : 0;
  const up = rest[0] > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || last % 2 === 1));
  if (!up) return { digits: head, carry: false };
  const out = [...head];
  let i = keep - 1;
  for (; i >= 0; i--) {
    if (out[i] === '9') out[i] = '0';
    else {
      out[i] = String(Number(out[i]) + 1);
      break;
    }
  }
  return i < 0 ? { digits: '1' + out.join(''), carry: true } : { digits: out.join(''), carry: false };
}

/** |x| as shortest round-trip digits d₀d₁… and exponent e: |x| = d₀.d₁… × 10^e. */
function shortest(x: number): { digits: string; exp: number } {
  const [m, e] = Math.abs(x).toExponential().split('e');
  return { digits: m.replace('.', ''), exp: Number(e) };
}

/**
 * Dragon4 positional in 'unique' mode with a cutoff: the shortest digits
 * that read back as x, unless they need more than `precision` fraction digits;
 * then the exact value rounded there. Trailing zeros trimmed, the point kept: "1.", "0.5".
 */
function positional(x: number, precision: number, plus: boolean): string {
  const sign = x < 0 || Object.is(x, -0) ? '-' : plus ? '+' : '';
  const { digits, exp } = shortest(x);
  let int: string;
  let frac: string;
  if (digits.length - 1 - exp <= precision) {
    int = exp >= 0 ? digits.slice(0, exp + 1).padEnd(exp + 1, '0') : '0';
    frac = exp >= 0 ? digits.slice(exp + 1) : '0'.repeat(-exp - 1) + digits;
  } else {
    // Every |x| printed positionally is ≥ 1e-4, so its exact expansion has < 100 fraction digits.
    const [i, f] = Math.abs(x).toFixed(100).split('.');
    const r = roundDigits(i + f, i.length + precision);
    int = r.digits.slice(0, r.digits.length - precision);
    frac = r.digits.slice(r.digits.length - precision);
    int = int.replace(/^0+(?=\d)/, '');
  }
  if (x === 0) [int, frac] = ['0', ''];
  return `${sign}${int}.${frac.replace(/0+$/, '')}`;
}

/** Dragon4 scientific, 'unique' with at most `precision` digits after the point: "1.e+08", "2.22044605e-16". */
function scientific(x: number, precision: number, plus: boolean): { mantissa: string; exp: number } {
  const sign = x < 0 || Object.is(x, -0) ? '-' : plus ? '+' : '';
  if (x === 0) return { mantissa: `${sign}0.`, exp: 0 };
  let { digits, exp } = shortest(x);
  if (digits.length > precision + 1) {
    const [m, e] = Math.abs(x).toExponential(100).split('e');
    const r = roundDigits(m.replace('.', ''), precision + 1);
    digits = r.carry ? r.digits.slice(0, -1) : r.digits;
    exp = Number(e) + (r.carry ? 1 : 0);
  }
  digits = digits.replace(/(?<=.)0+$/, '');
  return { mantissa: `${sign}${digits[0]}.${digits.slice(1)}`, exp };
}

const expText = (e: number, width: number) => (e < 0 ? '-' : '+') + String(Math.abs(e)).padStart(width, '0');

// ---------------------------------------------------------------------------
// FloatingFormat: one format for all the values of one array (or one part of a complex array)

const PRECISION = 8;

function floatFormat(values: readonly number[], plus: boolean): (x: number) => string {
  const finite = values.filter(Number.isFinite);
  const nonZero = finite.filter((v) => v !== 0).map(Math.abs);
  const max = Math.max(...nonZero);
  const min = Math.min(...nonZero);
  const exponential = nonZero.length > 0 && (max >= 1e8 || min < 1e-4 || max / min > 1000);

  let padLeft = 0;
  let padRight = 0;
  let format: (x: number) => string;
  if (finite.length === 0) {
    format = () => '';
  } else if (exponential) {
    const parts = finite.map((v) => scientific(v, PRECISION, plus));
    const precision = Math.max(...parts.map((p) => p.mantissa.split('.')[1].length));
    const expWidth = Math.max(2, ...parts.map((p) => String(Math.abs(p.exp)).length));
    padLeft = Math.max(...parts.map((p) => p.mantissa.split('.')[0].length));
    padRight = expWidth + 2 + precision;
    format = (x) => {
      const { mantissa, exp } = scientific(x, PRECISION, plus);
      const [i, f] = mantissa.split('.');
      return `${i.padStart(padLeft)}.${f.padEnd(precision, '0')}e${expText(exp, expWidth)}`;
    };
  } else {
    const parts = finite.map((v) => positional(v, PRECISION, plus).split('.'));
    padLeft = Math.max(...parts.map(([i]) => i.length));
    padRight = Math.max(...parts.map(([, f]) => f.length));
    format = (x) => {
      const [i, f] = positional(x, PRECISION, plus).split('.');
      return `${i.padStart(padLeft)}.${f.padEnd(padRight)}`;
    };
  }
  if (finite.length < values.length) {
    const offset = padRight + 1;
    const negInf = plus || values.some((v) => v === -Infinity);
    padLeft = Math.max(padLeft, 3 - offset, 3 + (negInf ? 1 : 0) - offset);
  }
  return (x) => {
    if (Number.isFinite(x)) return format(x);
    const text = Number.isNaN(x) ? (plus ? '+nan' : 'nan') : (x < 0 ? '-' : plus ? '+' : '') + 'inf';
    return text.padStart(padLeft + padRight + 1);
  };
}

function intFormat(values: readonly number[]): (x: number) => string {
  const text = (x: number) => String(x === 0 ? 0 : x);
  const width = Math.max(...values.map((v) => text(v).length));
  return (x) => text(x).padStart(width);
}

function complexFormat(values: readonly Complex[]): (z: Complex) => string {
  const re = floatFormat(
    values.map((z) => z.re),
    false,
  );
  const im = floatFormat(
    values.map((z) => z.im),
    true,
  );
  return (z) => {
    const i = im(z.im);
    const end = i.trimEnd().length;
    return re(z.re) + i.slice(0, end) + 'j' + i.slice(end);
  };
}

// ---------------------------------------------------------------------------
// repr

export function arrayRepr(a: ArrayValue): string {
  let cells: string[][];
  if (a.dtype === 'complex128') {
    const f = complexFormat(a.rows.flat());
    cells = a.rows.map((r) => r.map(f));
  } else {
    const f = a.dtype === 'int64' ? intFormat(a.rows.flat()) : floatFormat(a.rows.flat(), false);
    cells = a.rows.map((r) => r.map(f));
  }
  const rows = cells.map((r) => `[${r.join(', ')}]`);
  return a.ndim === 1 ? `array(${rows[0]})` : `array([${rows.join(',\n       ')}])`;
}

/** Python's repr of a float, which NumPy 2's float64 scalars use too: "16.0", "1e-05", "1e+16". */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const { digits, exp } = shortest(x);
  if (x !== 0 && (exp < -4 || exp >= 16)) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${expText(exp, 2)}`;
  }
  if (x === 0) return `${sign}0.0`;
  const p = positional(x, 40, false).replace('-', '');
  return sign + (p.endsWith('.') ? p + '0' : p);
}

/** A number as a Python literal in code: integers as ints (`3`), others as floats (`0.5`, `1e-05`). */
export const pyNumber = (x: number): string => (Number.isSafeInteger(x) ? String(x === 0 ? 0 : x) : pyFloat(x));

/** NumPy ≥ 2.0's scalar repr (see the note at the top). */
export const scalarRepr = (x: number, dtype: 'int64' | 'float64'): string =>
  dtype === 'int64' ? `np.int64(${x === 0 ? 0 : x})` : `np.float64(${pyFloat(x)})`;

/** `np.array([3, -2])` or `np.array([[1, 2], [3, 4]])`: the code that makes these numbers. */
export function arrayLiteral(v: Vector | Matrix): string {
  const row = (r: Vector) => `[${r.map(pyNumber).join(', ')}]`;
  return typeof v[0] === 'number' ? `np.array(${row(v as Vector)})` : `np.array([${(v as Matrix).map(row).join(', ')}])`;
}
