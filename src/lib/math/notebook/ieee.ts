// Loops shared by the elementwise operations: broadcasting over at most two
// axes, NumPy's RuntimeWarnings from the IEEE results, and int64's lack of −0.
import { NDArray } from '../ndarray/ndarray';
import type { ElementwiseOp } from './arith';

/** f over two broadcast operands (at most 2-D here). */
export function map2(a: NDArray, b: NDArray, f: (x: number, y: number) => number): NDArray {
  const n = Math.max(a.ndim, b.ndim);
  const pad = (s: readonly number[]): number[] => [...Array<number>(n - s.length).fill(1), ...s];
  const [sa, sb] = [pad(a.shape), pad(b.shape)];
  const shape = sa.map((d, i) => (d === 1 ? sb[i] : d));
  const rows = n === 2 ? shape[0] : 1;
  const cols = n === 0 ? 1 : shape[n - 1];
  const out = new Float64Array(rows * cols);
  const ca = n === 0 ? 1 : sa[n - 1];
  const cb = n === 0 ? 1 : sb[n - 1];
  for (let i = 0; i < rows; i++) {
    const ra = n === 2 && sa[0] !== 1 ? i : 0;
    const rb = n === 2 && sb[0] !== 1 ? i : 0;
    for (let j = 0; j < cols; j++) out[i * cols + j] = f(a.data[ra * ca + (ca === 1 ? 0 : j)], b.data[rb * cb + (cb === 1 ? 0 : j)]);
  }
  return new NDArray(out, shape);
}

/**
 * NumPy checks the floating-point flags after each operation and warns once
 * per kind: "divide by zero encountered in divide", then overflow, then
 * "invalid value" (a NaN made from numbers).
 */
export function warnIEEE(op: ElementwiseOp, a: NDArray, b: NDArray, out: NDArray, ufunc: string, warn: (m: string) => void): void {
  if (out.data.every(Number.isFinite)) return;
  let divide = false;
  let overflow = false;
  let invalid = false;
  const check = (x: number, y: number, z: number): number => {
    if (Number.isNaN(z)) {
      if (!Number.isNaN(x) && !Number.isNaN(y)) invalid = true;
    } else if (!Number.isFinite(z) && Number.isFinite(x) && Number.isFinite(y)) {
      if ((op === '/' && y === 0) || (op === '**' && x === 0 && y < 0)) divide = true;
      else overflow = true;
    }
    return z;
  };
  const k = { i: 0 };
  map2(a, b, (x, y) => check(x, y, out.data[k.i++]));
  if (divide) warn(`RuntimeWarning: divide by zero encountered in ${ufunc}`);
  if (overflow) warn(`RuntimeWarning: overflow encountered in ${ufunc}`);
  if (invalid) warn(`RuntimeWarning: invalid value encountered in ${ufunc}`);
}

/** int64 has no −0; float64 arithmetic on whole numbers can make one. */
export function normalizeZeros(data: Float64Array): void {
  for (let i = 0; i < data.length; i++) if (data[i] === 0) data[i] = 0;
}
