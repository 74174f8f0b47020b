// One dense layer of two neurons, y = σ(W x + b), as a map of the plane, and the same map in
// stages a learner scrubs through: first the linear map W, then the shift by b, then the
// nonlinearity. Stage s runs from 0 (the plane untouched) to 3 (the whole layer); inside each
// stage the picture moves on a straight line from where the stage starts to where it ends,
// p ↦ (1 − t)·p + t·f(p), so the first two stages are affine maps (straight lines stay straight)
// and only the third bends them.
import type { Mat2 } from '../mat2';
import type { Vec2 } from '../vec2';
import { activate, type Activation } from './activation';

export type Layer = { readonly w: Mat2; readonly b: Vec2; readonly activation: Activation };

/** The stages, by their end: s = 1 after W, 2 after + b, 3 after σ. */
export const STAGES = ['input', 'W x', 'W x + b', 'σ(W x + b)'] as const;
export const LAST_STAGE = 3;

/** W x + b. */
export const affine = ({ w, b }: Layer, [x, y]: Vec2): Vec2 => [w[0][0] * x + w[0][1] * y + b[0], w[1][0] * x + w[1][1] * y + b[1]];

/** σ(W x + b), σ applied to each entry. */
export function forward(layer: Layer, p: Vec2): Vec2 {
  const [u, v] = affine(layer, p);
  return [activate(layer.activation, u), activate(layer.activation, v)];
}

/** The affine map the plane shows at a stage s ≤ 2, as a matrix and a shift: p ↦ M p + c. */
export function stageAffine({ w, b }: Layer, s: number): { readonly m: Mat2; readonly c: Vec2 } {
  const t = Math.min(1, Math.max(0, s));
  const u = Math.min(1, Math.max(0, s - 1));
  const m: Mat2 = [
    [1 + t * (w[0][0] - 1), t * w[0][1]],
    [t * w[1][0], 1 + t * (w[1][1] - 1)],
  ];
  return { m, c: [u * b[0], u * b[1]] };
}

/** Whether the map at stage s is affine (its grid lines straight): every stage before σ starts to act. */
export const isAffineStage = (s: number): boolean => s <= 2;

/**
 * The map the plane shows at stage s ∈ [0, 3], as a function that writes its image into `out`
 * (no allocation per point: a grid of thousands of points is mapped on every move of a drag).
 */
export function stageMap(layer: Layer, s: number): (x: number, y: number, out: Float64Array | number[], at?: number) => void {
  const { w, b, activation } = layer;
  if (s <= 2) {
    const { m, c } = stageAffine(layer, s);
    const [[a, bb], [cc, d]] = m;
    return (x, y, out, at = 0) => {
      out[at] = a * x + bb * y + c[0];
      out[at + 1] = cc * x + d * y + c[1];
    };
  }
  const t = Math.min(1, s - 2);
  const [[a, bb], [cc, d]] = w;
  const [e, f] = b;
  return (x, y, out, at = 0) => {
    const u = a * x + bb * y + e;
    const v = cc * x + d * y + f;
    out[at] = u + t * (activate(activation, u) - u);
    out[at + 1] = v + t * (activate(activation, v) - v);
  };
}

/** The stage's name for a reader: "W x + b, 60 % of the way to σ(W x + b)". */
export function stageName(s: number): string {
  const k = Math.floor(s);
  if (k >= LAST_STAGE) return STAGES[LAST_STAGE];
  const frac = s - k;
  if (frac < 1e-9) return STAGES[k];
  return `${STAGES[k]}, ${Math.round(frac * 100)} % of the way to ${STAGES[k + 1]}`;
}

/**
 * Where, between p and q (as fractions 0 < τ < 1 of the way), the segment's image under W x + b
 * crosses an axis: the only places ReLU bends a straight line. Sorted, at most two.
 */
export function reluKinks({ w, b }: Layer, p: Vec2, q: Vec2): number[] {
  const out: number[] = [];
  for (let r = 0; r < 2; r++) {
    const z0 = w[r][0] * p[0] + w[r][1] * p[1] + b[r];
    const z1 = w[r][0] * q[0] + w[r][1] * q[1] + b[r];
    if ((z0 < 0 && z1 > 0) || (z0 > 0 && z1 < 0)) out.push(z0 / (z0 - z1));
  }
  return out.sort((x, y) => x - y);
}
