// Two-class data sets in the plane, the classic ones a single layer can or cannot separate:
// two moons, circles, XOR and two blobs. Seeded (random.ts), so a link shows the same points.
import { createRandom } from '../random';

export const DATASETS = ['moons', 'circles', 'xor', 'blobs'] as const;
export type DatasetName = (typeof DATASETS)[number];

export const DATASET_NAMES: Record<DatasetName, string> = { moons: 'two moons', circles: 'circles', xor: 'XOR', blobs: 'two blobs' };

/** Points as x₀, y₀, x₁, y₁, … and a label 0 or 1 each. */
export type Dataset = { readonly name: DatasetName; readonly xy: Float64Array; readonly label: Uint8Array; readonly count: number };

/** Points per class. */
export const PER_CLASS = 100;

export function makeDataset(name: DatasetName, seed: number, perClass = PER_CLASS, noise = 0.1): Dataset {
  const r = createRandom(seed);
  const n = 2 * perClass;
  const xy = new Float64Array(2 * n);
  const label = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    // Classes alternate, so a prefix of the points has both.
    const c = i % 2;
    label[i] = c;
    let x: number, y: number;
    switch (name) {
      case 'moons': {
        // Two interleaved half circles of radius 1 (as scikit-learn's make_moons), centred on 0 and scaled by 1.4.
        const t = Math.PI * r.next();
        x = c === 0 ? Math.cos(t) : 1 - Math.cos(t);
        y = c === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
        x = 1.4 * (x - 0.5 + r.normal(0, noise));
        y = 1.4 * (y - 0.25 + r.normal(0, noise));
        break;
      }
      case 'circles': {
        // A disc of radius 0.8 inside a ring of radius 2.
        const t = 2 * Math.PI * r.next();
        const rad = c === 0 ? 0.8 : 2;
        x = rad * Math.cos(t) + r.normal(0, 1.5 * noise);
        y = rad * Math.sin(t) + r.normal(0, 1.5 * noise);
        break;
      }
      case 'xor': {
        // Uniform in the four quadrants, away from the axes; class 1 where x and y have the same sign.
        const sx = r.next() < 0.5 ? -1 : 1;
        const sy = c === 1 ? sx : -sx;
        x = sx * r.uniform(0.25, 2.2);
        y = sy * r.uniform(0.25, 2.2);
        break;
      }
      case 'blobs': {
        const m = c === 0 ? -1 : 1;
        x = r.normal(m, 0.6);
        y = r.normal(m, 0.6);
        break;
      }
    }
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
  }
  return { name, xy, label, count: n };
}
