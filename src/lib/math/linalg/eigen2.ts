// Eigenvalues and eigenvectors of a 2×2 matrix in closed form, for the drag
// loops of the 2×2 scenes. The answer is a discriminated union because each
// case is drawn differently: two eigenvector lines, one line (a shear), every
// direction (a scaling), or none (a rotation).
import type { Mat2 } from '../mat2';
import type { Vec2 } from '../vec2';
import { diffOfProducts, productError, sumError } from './two-product';

export type Eigen2 =
  /** Two real eigenvalues, larger first, each with a unit eigenvector (largest entry positive). */
  | { readonly kind: 'distinct'; readonly values: readonly [number, number]; readonly vectors: readonly [Vec2, Vec2] }
  /** A repeated eigenvalue with only one eigenvector line: a shear, defective. */
  | { readonly kind: 'defective'; readonly value: number; readonly vector: Vec2 }
  /** A = λI: every nonzero vector is an eigenvector. */
  | { readonly kind: 'scalar'; readonly value: number }
  /**
   * The pair re ± i·im (im > 0). The matrix is a rotation by `angle` combined
   * with scale r = √det = |re + i·im|, seen in a suitable basis; `angle` is
   * positive when vectors turn counterclockwise (c > 0) and negative otherwise.
   */
  | { readonly kind: 'complex'; readonly re: number; readonly im: number; readonly r: number; readonly angle: number };

/** Unit vector along (x, y), largest entry positive (the rule of linalg/signs.ts). */
function unit(x: number, y: number): Vec2 {
  const n = Math.hypot(x, y);
  const flip = Math.abs(x) >= Math.abs(y) * (1 - 1e-8) ? x < 0 : y < 0;
  return flip ? [-x / n, -y / n] : [x / n, y / n];
}

/**
 * The characteristic polynomial λ² − (a + d)λ + (ad − bc) has roots
 * h ± √disc with h = (a + d)/2 and disc = ((a − d)/2)² + bc. Writing disc this
 * way instead of h² − det avoids one cancellation; the error-free products
 * and sums in it avoid the rest, so its sign (and so the kind of answer) is
 * right for the matrix as given. The smaller-magnitude real root comes from
 * det / (larger root), Vieta's formula, rather than from a difference.
 */
export function eig2(m: Mat2): Eigen2 {
  const [[a0, b0], [c0, d0]] = m;
  if (b0 === 0 && c0 === 0 && a0 === d0) return { kind: 'scalar', value: a0 };
  const f = powerOfTwoScale(Math.max(Math.abs(a0), Math.abs(b0), Math.abs(c0), Math.abs(d0)));
  if (f === 1) return eigScaled(a0, b0, c0, d0);
  // Eigenvectors do not change with scale; eigenvalues scale back exactly.
  const e = eigScaled(a0 * f, b0 * f, c0 * f, d0 * f);
  if (e.kind === 'distinct') return { ...e, values: [e.values[0] / f, e.values[1] / f] };
  if (e.kind === 'complex') return { ...e, re: e.re / f, im: e.im / f, r: e.r / f };
  if (e.kind === 'defective') return { ...e, value: e.value / f };
  return e;
}

/**
 * 1 in the normal range; otherwise a power of two that brings the largest
 * entry near 1, so squares neither overflow nor underflow (a matrix of
 * entries like 1e-200 would otherwise look defective: its disc underflows to 0).
 */
const [HUGE, TINY, DOWN, UP] = [2 ** 400, 2 ** -400, 2 ** -500, 2 ** 500];

function powerOfTwoScale(big: number): number {
  let f = 1;
  if (!(big > 0) || big === Infinity) return f;
  for (; big > HUGE; big *= DOWN) f *= DOWN;
  for (; big < TINY; big *= UP) f *= UP;
  return f;
}

function eigScaled(a: number, b: number, c: number, d: number): Eigen2 {
  const h = 0.5 * a + 0.5 * d;
  // (a − d) = s + e exactly; p = (s + e)/2 and p² = s²/4 + s·e/2 + (negligible e²/4).
  const s = a - d;
  const e = sumError(a, -d, s);
  const p = 0.5 * s + 0.5 * e;
  const s2 = s * s;
  const bc = b * c;
  const disc = 0.25 * s2 + bc + (0.25 * productError(s, s, s2) + productError(b, c, bc) + 0.5 * s * e);
  if (disc < 0) {
    const im = Math.sqrt(-disc);
    return { kind: 'complex', re: h, im, r: Math.hypot(h, im), angle: Math.sign(c) * Math.atan2(im, h) };
  }
  if (disc === 0) {
    // (A − hI) has rank 1; either nonzero row gives the one eigenvector line.
    const [x, y] = Math.hypot(b, p) >= Math.hypot(p, c) ? [b, -p] : [p, c];
    return { kind: 'defective', value: h, vector: unit(x, y) };
  }
  const r = Math.sqrt(disc);
  const det = diffOfProducts(a, d, b, c);
  const big = h >= 0 ? h + r : h - r;
  // |big| ≥ r > 0. If det overflowed, fall back to the plain difference.
  const small = Number.isFinite(det) ? det / big : h >= 0 ? h - r : h + r;
  const [l1, l2] = h >= 0 ? [big, small] : [small, big];
  // Eigenvectors from a row of A − λI, picking the form whose entries add
  // numbers of one sign (λ1 − d = p + r, λ1 − a = r − p, and likewise for λ2).
  const v1 = p >= 0 ? unit(p + r, c) : unit(b, r - p);
  const v2 = p >= 0 ? unit(b, -p - r) : unit(p - r, c);
  return { kind: 'distinct', values: [l1, l2], vectors: [v1, v2] };
}
