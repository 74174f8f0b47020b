// The Vectors scene in NumPy: a, b and what the panel computes from them, with
// the outputs NumPy prints. The numbers are the state's (the math core's); the
// norms are linalg.norm's, which sums squares as NumPy does (the panel's
// Math.hypot can differ in the last digit: √13 is 3.6055512754639896 there,
// 3.605551275463989 in NumPy).
import { norm } from '../../lib/math/linalg';
import type { Vec2 } from '../../lib/math/vec2';
import { array1, arrayLiteral, arrayRepr, inferDType, pyNumber, scalarRepr } from '../../lib/ui/numpy-repr';
import type { Step } from '../../lib/ui/numpy-session';

export interface VectorsNumbers {
  readonly a: Vec2;
  readonly b: Vec2;
  readonly k: number;
  readonly sum: Vec2;
  readonly diff: Vec2;
  readonly scaled: Vec2;
  readonly dot: number;
  readonly hadamard: Vec2;
}

export function vectorsSession(n: VectorsNumbers): Step[] {
  // np.array([3, -2]) is an int64 array; sums and products of ints stay ints, norms are floats.
  const ints = inferDType([...n.a, ...n.b]) === 'int64';
  const intK = inferDType([...n.a, n.k]) === 'int64';
  const dtype = ints ? 'int64' : 'float64';
  return [
    { code: `a = ${arrayLiteral(n.a)}` },
    { code: `b = ${arrayLiteral(n.b)}` },
    { code: 'a + b', out: arrayRepr(array1(n.sum, dtype)) },
    { code: 'a - b', out: arrayRepr(array1(n.diff, dtype)) },
    { code: `k = ${pyNumber(n.k)}` },
    { code: 'k * a', out: arrayRepr(array1(n.scaled, intK ? 'int64' : 'float64')) },
    { code: 'np.dot(a, b)', out: scalarRepr(n.dot, dtype) },
    { code: 'a * b', out: arrayRepr(array1(n.hadamard, dtype)) },
    { code: 'np.linalg.norm(a)', out: scalarRepr(norm([...n.a]), 'float64') },
    { code: 'np.linalg.norm(a, 1)', out: scalarRepr(norm([...n.a], 1), 'float64') },
    { code: 'np.linalg.norm(a, np.inf)', out: scalarRepr(norm([...n.a], Infinity), 'float64') },
  ];
}
