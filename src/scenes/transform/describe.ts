// What a 2×2 matrix does, in words a learner can read (and a screen reader can speak).
import { det2, eig2, inv2, type Eigen2, type Mat2 } from '../../lib/math/mat2';
import { fmt, fmtDeg, fmtVec } from '../../lib/text/format';

/** Rank of a 2×2 matrix, with det measured against the size of the entries. */
export function rank2(m: Mat2): 0 | 1 | 2 {
  const scale = Math.max(...m.flat().map(Math.abs));
  if (scale === 0) return 0;
  return Math.abs(det2(m)) <= 1e-12 * scale * scale ? 1 : 2;
}

/** The determinant as area and orientation. */
export function describeDet(m: Mat2): string {
  const det = det2(m);
  const r = rank2(m);
  if (r === 0) return 'det A = 0: A sends every vector to the origin (rank 0). The unit square collapses to a point.';
  if (r === 1)
    return 'det A = 0: A squashes the whole plane onto a line (rank 1). The unit square collapses to a segment, so areas become 0 and A has no inverse.';
  const area = `A scales every area by ${fmt(Math.abs(det))}`;
  return det > 0
    ? `det A = ${fmt(det)}: ${area}; orientation is kept (î still turns counter-clockwise to ĵ).`
    : `det A = ${fmt(det)}: ${area} and flips orientation — the plane is turned over, like a mirror image.`;
}

/** Eigenvalues and eigenvector lines, every case explained rather than glitched. */
export function describeEigen(e: Eigen2): string {
  switch (e.kind) {
    case 'distinct':
      return `Two eigenvector lines: along ${fmtVec(e.vectors[0])} vectors are stretched by λ₁ = ${fmt(e.values[0])}; along ${fmtVec(
        e.vectors[1],
      )} by λ₂ = ${fmt(e.values[1])}.${e.values.some((v) => v < 0) ? ' A negative λ flips vectors to the other side of the origin.' : ''}${
        e.values.some((v) => Math.abs(v) < 1e-12) ? ' λ = 0: that line is squashed to the origin.' : ''
      }`;
    case 'defective':
      return `One eigenvalue λ = ${fmt(e.value)}, repeated, with a single eigenvector line along ${fmtVec(
        e.vector,
      )}: vectors on it are scaled by ${fmt(e.value)}, every other vector is sheared off its line.`;
    case 'scalar':
      return e.value === 0
        ? 'A = 0: every vector goes to the origin, so every vector is an eigenvector with λ = 0.'
        : `A = ${fmt(e.value)}·I: every vector is an eigenvector with λ = ${fmt(e.value)} — A ${
            e.value === 1
              ? 'changes nothing'
              : e.value < 0
                ? `flips and scales the plane by ${fmt(Math.abs(e.value))}`
                : `scales the plane by ${fmt(e.value)}`
          }.`;
    case 'complex':
      return `No real eigenvector: λ = ${fmt(e.re)} ± ${fmt(e.im)}i. A turns every vector (by ${fmtDeg(Math.abs(e.angle))} ${
        e.angle >= 0 ? 'counter-clockwise' : 'clockwise'
      } in a suitable basis) and scales by ${fmt(e.r)}, so no line keeps its direction.`;
  }
}

/** The short spoken summary after a change: "det −2, orientation flipped". */
export function announce(m: Mat2): string {
  const det = det2(m);
  const r = rank2(m);
  if (r < 2) return `det 0, the plane collapses to ${r === 1 ? 'a line' : 'a point'}`;
  return `det ${fmt(det)}, orientation ${det < 0 ? 'flipped' : 'kept'}`;
}

export function describeInverse(m: Mat2): string {
  const inv = inv2(m);
  if (!inv || rank2(m) < 2)
    return 'A has no inverse: it squashes the plane, and many points land on the same spot, so nothing can tell them apart again.';
  return 'A⁻¹ undoes A: A⁻¹A = I, every point goes back where it started.';
}

export { eig2 };
