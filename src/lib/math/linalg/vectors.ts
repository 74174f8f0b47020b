// The angle between two vectors and the projection of one onto another, for
// vectors of any length (vec2.ts has the same for 2-D tuples in drag loops).
import { ShapeError } from '../errors';
import { array, type ArrayInput } from '../ndarray/create';
import { NDArray } from '../ndarray/ndarray';
import { formatShape } from '../ndarray/shape';
import { euclidean } from './norm';

function vectors(a: ArrayInput, b: ArrayInput, fname: string): [Float64Array, Float64Array] {
  const [A, B] = [array(a), array(b)];
  if (A.ndim !== 1 || B.ndim !== 1 || A.size !== B.size)
    throw new ShapeError(`${fname} takes two vectors of the same length, got shapes ${formatShape(A.shape)} and ${formatShape(B.shape)}.`);
  return [A.data, B.data];
}

/**
 * The unsigned angle in radians, in [0, π]; NaN if either vector is zero.
 * acos(a·b / |a||b|) loses half the digits near 0 and π (acos is flat there);
 * Kahan's 2·atan2(|u − v|, |u + v|) on the unit vectors u, v keeps the error
 * near one rounding at every angle (W. Kahan, "How Futile are Mindless
 * Assessments of Roundoff in Floating-Point Computation?", 2006, §12).
 * Dividing by the norm (not multiplying by its reciprocal) keeps tiny
 * vectors whose reciprocal norm would overflow.
 */
export function angle(a: ArrayInput, b: ArrayInput): number {
  const [x, y] = vectors(a, b, 'angle');
  const [nx, ny] = [euclidean(x), euclidean(y)];
  if (nx === 0 || ny === 0) return NaN;
  const u = x.map((v) => v / nx);
  const v = y.map((w) => w / ny);
  return 2 * Math.atan2(euclidean(u.map((ui, i) => ui - v[i])), euclidean(u.map((ui, i) => ui + v[i])));
}

/**
 * The orthogonal projection of a onto the line of b: (a·b̂) b̂ with b̂ = b/|b|.
 * The textbook (a·b / b·b) b squares |b| and so overflows or underflows for
 * vectors of size 1e±155 long before the answer does. NaNs when b is zero.
 */
export function project(a: ArrayInput, b: ArrayInput): NDArray {
  const [x, y] = vectors(a, b, 'project');
  const nb = euclidean(y);
  const unit = y.map((w) => w / nb);
  const along = x.reduce((s, xi, i) => s + xi * unit[i], 0);
  return new NDArray(
    unit.map((w) => along * w),
    [y.length],
  );
}
