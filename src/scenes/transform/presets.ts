// Matrices a lesson starts from. Those with an angle take it in degrees.
import type { Mat2 } from '../../lib/math/mat2';

export type Preset = { id: string; name: string; usesAngle: boolean; matrix: (degrees: number) => Mat2 };

const rad = (deg: number) => (deg * Math.PI) / 180;
/** Rounds away float dust so cos 90° reads as 0, not 6.1e−17. */
const clean = (x: number) => Number(x.toFixed(12)) || 0;
const m = (a: number, b: number, c: number, d: number): Mat2 => [
  [clean(a), clean(b)],
  [clean(c), clean(d)],
];

export const PRESETS: readonly Preset[] = [
  { id: 'identity', name: 'Identity', usesAngle: false, matrix: () => m(1, 0, 0, 1) },
  {
    id: 'rotation',
    name: 'Rotation by θ',
    usesAngle: true,
    matrix: (t) => m(Math.cos(rad(t)), -Math.sin(rad(t)), Math.sin(rad(t)), Math.cos(rad(t))),
  },
  { id: 'shear', name: 'Shear', usesAngle: false, matrix: () => m(1, 1, 0, 1) },
  { id: 'scale', name: 'Scale', usesAngle: false, matrix: () => m(2, 0, 0, 0.5) },
  {
    id: 'reflection',
    name: 'Reflection in the line at θ',
    usesAngle: true,
    matrix: (t) => m(Math.cos(rad(2 * t)), Math.sin(rad(2 * t)), Math.sin(rad(2 * t)), -Math.cos(rad(2 * t))),
  },
  {
    id: 'projection',
    name: 'Projection onto the line at θ',
    usesAngle: true,
    matrix: (t) => {
      const [c, s] = [Math.cos(rad(t)), Math.sin(rad(t))];
      return m(c * c, c * s, c * s, s * s);
    },
  },
  { id: 'singular', name: 'Singular (rank 1)', usesAngle: false, matrix: () => m(1, 2, 0.5, 1) },
  { id: 'lesson', name: 'The lesson’s [[1, 2], [3, 4]]', usesAngle: false, matrix: () => m(1, 2, 3, 4) },
];
