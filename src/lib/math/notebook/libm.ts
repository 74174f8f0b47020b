// log, exp and pow rounded as glibc rounds them (correctly, in all but
// vanishingly rare cases): NumPy's det is sign·exp(Σ log|u_kk|), and its
// power and Python's ** call pow. V8's Math.log and
// Math.exp (fdlibm) are off by one unit in the last place now and then:
// Math.log(3) is 1.0986122886681096, glibc's 1.0986122886681098, and that
// alone turned det([[1, 2], [3, 4]]) from NumPy's -2.0000000000000004 into -2.
// Both are computed here in double-double arithmetic (about 32 digits) and
// rounded once; the NumPy fixtures hold glibc's values to check against.

/** A double-double: the unevaluated sum hi + lo with |lo| ≤ ulp(hi)/2. */
type DD = readonly [number, number];

const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitter

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const v = s - a;
  return [s, a - (s - v) + (b - v)];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  const ca = SPLIT * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLIT * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [u, g] = twoSum(s, e + t);
  return twoSum(u, g + f);
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return twoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  const r = add(a, mul(b, [-q1, 0]));
  const q2 = r[0] / b[0];
  const r2 = add(r, mul(b, [-q2, 0]));
  return add(twoSum(q1, q2), [r2[0] / b[0], 0]);
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const SQRT2 = Math.SQRT2;

/** 1/(2n+1) as double-doubles, for the atanh series of log. */
const ODD: DD[] = Array.from({ length: 24 }, (_, n) => div([1, 0], [2 * n + 1, 0]));
/** 1/n! for the Taylor series of exp. */
const FACT: DD[] = [[1, 0]];
for (let n = 1; n < 16; n++) FACT.push(div(FACT[n - 1], [n, 0]));

/** log x as a double-double, for x > 0 finite: k·ln 2 + 2·atanh((m − 1)/(m + 1)) with m in [1/√2, √2). */
function logDD(x: number): DD {
  let k = 0;
  if (x < 2 ** -1000) {
    x *= 2 ** 100;
    k -= 100;
  }
  const e = Math.floor(Math.log2(x));
  let m = x / 2 ** e;
  k += e;
  // log2 may be off by one near powers of two.
  while (m >= SQRT2) {
    m /= 2;
    k++;
  }
  while (m < SQRT2 / 2) {
    m *= 2;
    k--;
  }
  const f = div([m - 1, 0], twoSum(m, 1));
  const s = mul(f, f);
  let p: DD = ODD[ODD.length - 1];
  for (let n = ODD.length - 2; n >= 0; n--) p = add(mul(p, s), ODD[n]);
  return add(mul(LN2, [k, 0]), mul([2 * f[0], 2 * f[1]], p));
}

/** e^y for a double-double y, rounded once: 2^k · (e^(r/256))^256 with r = y − k·ln 2. */
function expDD(y: DD): number {
  if (y[0] > 709.8) return Infinity;
  if (y[0] < -745.2) return 0;
  const k = Math.round(y[0] / LN2[0]);
  const r = add(y, mul(LN2, [-k, 0]));
  const t: DD = [r[0] / 256, r[1] / 256];
  let p: DD = FACT[FACT.length - 1];
  for (let n = FACT.length - 2; n >= 0; n--) p = add(mul(p, t), FACT[n]);
  for (let i = 0; i < 8; i++) p = mul(p, p);
  const v = p[0] + p[1];
  if (k > -1000 && k < 1000) return v * 2 ** k;
  // 2^k in two halves so neither overflows nor underflows on its own.
  const half = Math.trunc(k / 2);
  return v * 2 ** half * 2 ** (k - half);
}

export function log(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  const r = logDD(x);
  return r[0] + r[1];
}

export function exp(y: number): number {
  return Number.isFinite(y) ? expDD([y, 0]) : Math.exp(y);
}

/**
 * pow(x, y) as C's pow: correctly rounded here, as glibc's is all but always
 * (V8's Math.pow missed glibc's result for 9% of random inputs in our check),
 * with C's special cases where JavaScript's differ: pow(1, NaN) and
 * pow(−1, ±∞) are 1.
 */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x === -1 && !Number.isFinite(y) && !Number.isNaN(y)) return 1;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0) return Math.pow(x, y);
  const odd = Number.isInteger(y) && Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1;
  if (x < 0 && !Number.isInteger(y)) return NaN;
  const r = expDD(mul(logDD(Math.abs(x)), [y, 0]));
  return x < 0 && odd ? -r : r;
}
