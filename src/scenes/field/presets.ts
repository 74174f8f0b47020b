// The Field scene's ready-made fields, each with the one thing it shows.
// `F` is typed as (P, Q); the downhill preset takes a loss f instead and flows along −∇f.
import { splitPair } from '../../lib/math/expr/read/split-pair';

export type Preset = {
  readonly name: string;
  /** The field as typed, or null for the downhill preset (it uses `f`). */
  readonly F: string | null;
  readonly f?: string;
  readonly says: string;
};

export const PRESETS: readonly Preset[] = [
  { name: 'the lesson’s (2x, x²)', F: '(2x, x^2)', says: 'At each point, plug x into 2x and x²: the arrow there is (2x, x²).' },
  {
    name: 'rotation',
    F: '(-y, x)',
    says: 'Turns around the origin: nothing is created or lost (div F = 0), and it spins the same everywhere (curl F = 2).',
  },
  { name: 'source', F: '(x, y)', says: 'Everything flows away from the origin, faster further out: div F = 2 everywhere, no spin.' },
  { name: 'sink', F: '(-x, -y)', says: 'Everything flows into the origin: div F = −2 everywhere.' },
  { name: 'saddle', F: '(x, -y)', says: 'In along the y-axis, out along the x-axis: the origin is a saddle.' },
  {
    name: 'shear',
    F: '(y, 0)',
    says: 'Straight lines of flow, faster higher up: layers slide past each other, so a paddle wheel still turns (curl F = −1).',
  },
  {
    name: 'vortex',
    F: '(-y/(x^2 + y^2), x/(x^2 + y^2))',
    says: 'Circles the origin, faster near it; undefined at the origin itself, and curl-free everywhere else.',
  },
  { name: '(sin y, sin x)', F: '(sin(y), sin(x))', says: 'A lattice of saddles and centres: the flow turns around some zeros and splits at others.' },
  { name: 'downhill on a loss', F: null, f: 'x^2 + 3y^2', says: 'F = −∇f: the direction gradient descent steps. Its sinks are the minima of f.' },
];

/** The preset a field's text is, if any (for the panel's explanation). */
export function presetOf(F: string | null, f: string | null): Preset | undefined {
  // Spaces and one pair of outer brackets do not make a field another: (2x, x^2) is 2x,x^2.
  const tidy = (s: string) => {
    const t = s.replace(/\s+/g, '');
    return /^[([].*[)\]]$/.test(t) && splitPair(t.slice(1, -1)).ok ? t.slice(1, -1) : t;
  };
  return PRESETS.find((p) => (F !== null && p.F !== null && tidy(p.F) === tidy(F)) || (F === null && f !== null && p.F === null));
}
