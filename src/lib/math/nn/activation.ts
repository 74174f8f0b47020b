// The three nonlinearities a layer can apply after its linear part, each with its derivative
// (for backpropagation). ReLU folds the plane onto its positive quadrant; tanh and the logistic
// sigmoid squash it into a square, (−1, 1)² and (0, 1)².

export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

export const ACTIVATION_NAMES: Record<Activation, string> = { relu: 'ReLU', tanh: 'tanh', sigmoid: 'sigmoid' };

/** The logistic function 1 / (1 + e^−z), written so neither branch overflows. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export const relu = (z: number): number => (z > 0 ? z : 0);

export function activate(a: Activation, z: number): number {
  switch (a) {
    case 'relu':
      return z > 0 ? z : 0;
    case 'tanh':
      return Math.tanh(z);
    case 'sigmoid':
      return sigmoid(z);
  }
}

/**
 * σ′(z). ReLU's derivative at 0 is taken as 0, as NumPy's `(z > 0)` gives it (and as most
 * frameworks do).
 */
export function derivative(a: Activation, z: number): number {
  switch (a) {
    case 'relu':
      return z > 0 ? 1 : 0;
    case 'tanh': {
      const t = Math.tanh(z);
      return 1 - t * t;
    }
    case 'sigmoid': {
      const s = sigmoid(z);
      return s * (1 - s);
    }
  }
}

/** The range the activation maps into, for framing a picture of its output. */
export function activationRange(a: Activation): { lo: number; hi: number | null } {
  return a === 'relu' ? { lo: 0, hi: null } : a === 'tanh' ? { lo: -1, hi: 1 } : { lo: 0, hi: 1 };
}
