// The PCA scene's data sets, each drawn from a seeded generator so a link shows the same points
// on every machine (STYLE.md §8), rounded so an edited cloud's address stays short and readable.
import { createRandom, type Random } from '../../lib/math/random';
import type { Vec2 } from '../../lib/math/vec2';

export const PRESET_IDS = ['height-weight', 'line', 'blob', 'clusters'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export type Preset = {
  readonly id: PresetId;
  readonly name: string;
  /** What the two coordinates mean: the accessible names and the plane's caption use them. */
  readonly names: readonly [string, string];
  readonly point: (r: Random, i: number, n: number) => Vec2;
  /** Decimals kept. */
  readonly digits: number;
};

export const PRESETS: readonly Preset[] = [
  {
    id: 'height-weight',
    name: 'Height and weight',
    names: ['height (cm)', 'weight (kg)'],
    digits: 1,
    point: (r) => {
      const h = r.normal(170, 9);
      return [h, 0.9 * (h - 170) + 70 + r.normal(0, 5)];
    },
  },
  {
    id: 'line',
    name: 'A line with noise',
    names: ['x', 'y'],
    digits: 2,
    point: (r) => {
      const x = r.uniform(-5, 5);
      return [x, 0.6 * x + 1 + r.normal(0, 0.4)];
    },
  },
  {
    id: 'blob',
    name: 'A round blob',
    names: ['x', 'y'],
    digits: 2,
    point: (r) => [r.normal(0, 1.5), r.normal(0, 1.5)],
  },
  {
    id: 'clusters',
    name: 'Two clusters',
    names: ['x', 'y'],
    digits: 2,
    // Alternating, so any number of points splits evenly.
    point: (r, i) => (i % 2 ? [r.normal(3, 0.8), r.normal(2, 0.8)] : [r.normal(-3, 0.8), r.normal(-1, 0.8)]),
  },
];

export const presetOf = (id: PresetId): Preset => PRESETS.find((p) => p.id === id)!;

const round = (x: number, digits: number) => Number(x.toFixed(digits)) || 0;

/** The preset's `n` points for this seed: the same every time. */
export function presetPoints(id: PresetId, n: number, seed: number): Vec2[] {
  const p = presetOf(id);
  const r = createRandom(seed);
  const out: Vec2[] = [];
  for (let i = 0; i < n; i++) {
    const [x, y] = p.point(r, i, n);
    out.push([round(x, p.digits), round(y, p.digits)]);
  }
  return out;
}
