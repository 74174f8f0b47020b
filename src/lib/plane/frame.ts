// The coordinates a plane element draws in. At the top of a Plane they are the
// world's; inside <Transform matrix={A}> they are A's input space, so a child
// draws the unit square and the grid shows A's image of it (after Mafs's
// <Transform>). Everything maps to the screen through one affine map.
import type { Mat2 } from '../math/mat2';
import type { Vec2 } from '../math/vec2';

/** An affine map as SVG's matrix(a b c d e f): (x, y) ↦ (a·x + c·y + e, b·x + d·y + f). */
export type Affine = readonly [a: number, b: number, c: number, d: number, e: number, f: number];

export const IDENTITY: Affine = [1, 0, 0, 1, 0, 0];

/** A row-major 2×2 matrix as an affine map without translation. */
export const fromMat2 = ([[a, b], [c, d]]: Mat2): Affine => [a, c, b, d, 0, 0];

/** `outer` after `inner`. */
export function compose(outer: Affine, inner: Affine): Affine {
  const [a, b, c, d, e, f] = outer;
  const [A, B, C, D, E, F] = inner;
  return [a * A + c * B, b * A + d * B, a * C + c * D, b * C + d * D, a * E + c * F + e, b * E + d * F + f];
}

export const applyAffine = (t: Affine, p: Vec2): Vec2 => [t[0] * p[0] + t[2] * p[1] + t[4], t[1] * p[0] + t[3] * p[1] + t[5]];

/** The SVG transform attribute for a map. */
export const svgMatrix = (t: Affine): string => `matrix(${t.join(' ')})`;

/** What a plane element draws through. */
export interface Frame {
  /** This frame's coordinates → screen pixels. */
  toScreen(p: Vec2): Vec2;
  /** The same map as six numbers. */
  readonly affine: Affine;
  /** The matrix between this frame and the world (the identity at the top of a Plane). */
  readonly matrix: Mat2;
}
