// A tiny network 2 → 2 → 2 → 1: two hidden layers of two neurons (each a warp of the plane),
// then one logistic neuron whose output p is the probability of class 1. Trained on binary
// cross-entropy by backpropagation; the parameters live in one Float64Array so any optimizer
// of optimizer-step.ts can update them in place.
//   h₁ = σ(W₁ x + b₁),  h₂ = σ(W₂ h₁ + b₂),  p = sigmoid(w₃ · h₂ + b₃)
//   loss = mean over the points of −[y log p + (1 − y) log(1 − p)]
import { activate, derivative, type Activation } from './activation';
import { createRandom } from '../random';
import type { Mat2 } from '../mat2';
import type { Vec2 } from '../vec2';

/** Where each parameter sits: W₁ row-major (like NumPy), b₁, W₂, b₂, w₃, b₃. */
export const P = { w1: 0, b1: 4, w2: 6, b2: 10, w3: 12, b3: 14, size: 15 } as const;

export type Network = { readonly params: Float64Array; readonly activation: Activation };

export const layerW = (params: ArrayLike<number>, at: number): Mat2 => [
  [params[at], params[at + 1]],
  [params[at + 2], params[at + 3]],
];
export const layerB = (params: ArrayLike<number>, at: number): Vec2 => [params[at], params[at + 1]];

/**
 * Seeded initial parameters: the hidden weights from N(0, 1), a little wider than Glorot and
 * Bengio's variance 2 / (fan in + fan out) = ½ ("Understanding the difficulty of training deep
 * feedforward neural networks", AISTATS 2010) so the first warp is plain to see; w₃ from
 * N(0, ⅔), which is theirs; biases 0.1, so a ReLU unit starts alive on about half the plane.
 */
export function initParams(seed: number): Float64Array {
  const r = createRandom(seed);
  const p = new Float64Array(P.size);
  for (let i = 0; i < 4; i++) p[P.w1 + i] = r.normal(0, 1);
  for (let i = 0; i < 4; i++) p[P.w2 + i] = r.normal(0, 1);
  for (let i = 0; i < 2; i++) p[P.w3 + i] = r.normal(0, Math.sqrt(2 / 3));
  p[P.b1] = p[P.b1 + 1] = p[P.b2] = p[P.b2 + 1] = 0.1;
  p[P.b3] = 0;
  return p;
}

/** log(1 + e^z) without overflow. */
const softplus = (z: number): number => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

/** Everything a forward pass of one point computes: both hidden layers and the output's logit and probability. */
export type Pass = { h1: [number, number]; h2: [number, number]; z3: number; p: number };

export function forwardPass(params: ArrayLike<number>, a: Activation, x: number, y: number, out?: Pass): Pass {
  const q = params;
  const z10 = q[0] * x + q[1] * y + q[4];
  const z11 = q[2] * x + q[3] * y + q[5];
  const h10 = activate(a, z10);
  const h11 = activate(a, z11);
  const z20 = q[6] * h10 + q[7] * h11 + q[10];
  const z21 = q[8] * h10 + q[9] * h11 + q[11];
  const h20 = activate(a, z20);
  const h21 = activate(a, z21);
  const z3 = q[12] * h20 + q[13] * h21 + q[14];
  const p = 1 / (1 + Math.exp(-z3));
  const o = out ?? { h1: [0, 0], h2: [0, 0], z3: 0, p: 0 };
  o.h1[0] = h10;
  o.h1[1] = h11;
  o.h2[0] = h20;
  o.h2[1] = h21;
  o.z3 = z3;
  o.p = p;
  return o;
}

/** The probability of class 1 at (x, y). */
export function predict(params: ArrayLike<number>, a: Activation, x: number, y: number): number {
  return forwardPass(params, a, x, y).p;
}

/**
 * The mean binary cross-entropy over the points, and its gradient written into `grad`
 * (backpropagation). `xy` holds x₀, y₀, x₁, y₁, …; `label` 0 or 1 each.
 */
export function lossAndGradient(
  params: ArrayLike<number>,
  a: Activation,
  xy: ArrayLike<number>,
  label: ArrayLike<number>,
  grad: Float64Array,
): number {
  if (grad.length !== P.size) throw new Error(`lossAndGradient: grad must hold ${P.size} numbers, got ${grad.length}`);
  const q = params;
  const n = label.length;
  grad.fill(0);
  if (n === 0) return NaN;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const x = xy[2 * i];
    const y = xy[2 * i + 1];
    const t = label[i];
    const z10 = q[0] * x + q[1] * y + q[4];
    const z11 = q[2] * x + q[3] * y + q[5];
    const h10 = activate(a, z10);
    const h11 = activate(a, z11);
    const z20 = q[6] * h10 + q[7] * h11 + q[10];
    const z21 = q[8] * h10 + q[9] * h11 + q[11];
    const h20 = activate(a, z20);
    const h21 = activate(a, z21);
    const z3 = q[12] * h20 + q[13] * h21 + q[14];
    // −[t log p + (1 − t) log(1 − p)] = log(1 + e^z) − t z, with p = sigmoid(z): finite for any z.
    loss += softplus(z3) - t * z3;
    const p = 1 / (1 + Math.exp(-z3));
    const d3 = (p - t) / n;
    grad[12] += d3 * h20;
    grad[13] += d3 * h21;
    grad[14] += d3;
    const d20 = d3 * q[12] * derivative(a, z20);
    const d21 = d3 * q[13] * derivative(a, z21);
    grad[6] += d20 * h10;
    grad[7] += d20 * h11;
    grad[8] += d21 * h10;
    grad[9] += d21 * h11;
    grad[10] += d20;
    grad[11] += d21;
    const d10 = (q[6] * d20 + q[8] * d21) * derivative(a, z10);
    const d11 = (q[7] * d20 + q[9] * d21) * derivative(a, z11);
    grad[0] += d10 * x;
    grad[1] += d10 * y;
    grad[2] += d11 * x;
    grad[3] += d11 * y;
    grad[4] += d10;
    grad[5] += d11;
  }
  return loss / n;
}

/** The share of points on the right side of p = 0.5. */
export function accuracy(params: ArrayLike<number>, a: Activation, xy: ArrayLike<number>, label: ArrayLike<number>): number {
  const n = label.length;
  if (n === 0) return NaN;
  const pass = forwardPass(params, a, 0, 0);
  let right = 0;
  for (let i = 0; i < n; i++) {
    forwardPass(params, a, xy[2 * i], xy[2 * i + 1], pass);
    if (pass.p >= 0.5 === (label[i] === 1)) right++;
  }
  return right / n;
}
