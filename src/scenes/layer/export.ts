// The Layer scene's numbers to take away: the layer y = σ(W x + b) and the network's later layers
// as LaTeX for a slide, and a NumPy script with the same weights, the activation as a function, the
// forward pass, and the data set the scene shows (every point, to the last digit, so the loss and
// the accuracy the script prints are the panel's), runnable with NumPy alone.
import type { Mat2 } from '../../lib/math/mat2';
import type { Vec2 } from '../../lib/math/vec2';
import { ACTIVATION_NAMES, type Activation } from '../../lib/math/nn/activation';
import { DATASET_NAMES, type Dataset } from '../../lib/math/nn/datasets';
import { accuracy, layerB, layerW, lossAndGradient, P } from '../../lib/math/nn/network';
import { latexColumn, latexLines, latexMatrix, latexNumber } from '../../lib/export/latex';
import { arrayLiteral, pyNumber } from '../../lib/ui/numpy-repr';
import { IMPORT } from '../../lib/ui/numpy-session';

export interface LayerExport {
  readonly w: Mat2;
  readonly b: Vec2;
  readonly act: Activation;
  /** The later layers: W₂ (row-major), b₂, w₃, b₃. */
  readonly net: readonly number[];
  readonly dataset: Dataset;
  readonly seed: number;
}

const SIGMA_TEX: Record<Activation, string> = { relu: '\\operatorname{ReLU}', tanh: '\\tanh', sigmoid: '\\operatorname{sigmoid}' };
const SIGMA_DEFINED: Record<Activation, string> = {
  relu: '\\operatorname{ReLU}(z) = \\max(0, z)',
  tanh: '\\tanh(z) = \\frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}',
  sigmoid: '\\operatorname{sigmoid}(z) = \\frac{1}{1 + e^{-z}}',
};
const SIGMA_PY: Record<Activation, string> = { relu: 'np.maximum(0, z)', tanh: 'np.tanh(z)', sigmoid: '1 / (1 + np.exp(-z))' };

function parts(e: LayerExport) {
  const params = new Float64Array(P.size);
  params.set([e.w[0][0], e.w[0][1], e.w[1][0], e.w[1][1], e.b[0], e.b[1]]);
  params.set(e.net, 6);
  const { xy, label } = e.dataset;
  return {
    params,
    w2: layerW(params, P.w2),
    b2: layerB(params, P.b2),
    w3: layerB(params, P.w3),
    b3: params[P.b3],
    loss: lossAndGradient(params, e.act, xy, label, new Float64Array(P.size)),
    accuracy: accuracy(params, e.act, xy, label),
  };
}

/** W, b, the layer with its activation, the later layers, and the loss and accuracy on the data set. */
export function layerLatex(e: LayerExport): string {
  const n = parts(e);
  const s = SIGMA_TEX[e.act];
  return latexLines([
    `W = ${latexMatrix(e.w)}, \\quad \\mathbf{b} = ${latexColumn(e.b)}`,
    `\\mathbf{y} = \\sigma(W\\mathbf{x} + \\mathbf{b}) = ${s}\\left(${latexMatrix(e.w)} \\mathbf{x} + ${latexColumn(e.b)}\\right), \\quad ${SIGMA_DEFINED[e.act]}`,
    `W_2 = ${latexMatrix(n.w2)}, \\quad \\mathbf{b}_2 = ${latexColumn(n.b2)}, \\quad \\mathbf{w}_3 = ${latexColumn(n.w3)}, \\quad b_3 = ${latexNumber(n.b3)}`,
    `\\mathbf{h}_1 = ${s}(W\\mathbf{x} + \\mathbf{b}), \\quad \\mathbf{h}_2 = ${s}(W_2 \\mathbf{h}_1 + \\mathbf{b}_2), \\quad p = \\operatorname{sigmoid}(\\mathbf{w}_3 \\cdot \\mathbf{h}_2 + b_3)`,
    `\\text{${DATASET_NAMES[e.dataset.name]}, ${e.dataset.count} points: loss } ${latexNumber(n.loss)}, \\quad \\text{accuracy } ${Math.round(100 * n.accuracy)}\\,\\%`,
  ]);
}

/** Rows of a few numbers each, indented under the array's opening bracket. */
function wrapped(name: string, items: readonly string[], perLine: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine) lines.push(`    ${items.slice(i, i + perLine).join(', ')},`);
  return [`${name} = np.array([`, ...lines, '])'];
}

/** The weights, σ, the forward pass and the data set, printing the loss and the accuracy the panel shows. */
export function layerNumpy(e: LayerExport): string {
  const n = parts(e);
  const { xy, label, count } = e.dataset;
  const points = Array.from({ length: count }, (_, i) => `[${pyNumber(xy[2 * i])}, ${pyNumber(xy[2 * i + 1])}]`);
  return (
    [
      IMPORT,
      '',
      `# The first layer, the one the plane shows: y = σ(W x + b), σ = ${ACTIVATION_NAMES[e.act]}`,
      `W = ${arrayLiteral(e.w)}`,
      `b = ${arrayLiteral(e.b)}`,
      '# The later layers: h2 = σ(W2 h1 + b2), then p = sigmoid(w3 · h2 + b3), the probability of class 1',
      `W2 = ${arrayLiteral(n.w2)}`,
      `b2 = ${arrayLiteral(n.b2)}`,
      `w3 = ${arrayLiteral(n.w3)}`,
      `b3 = ${pyNumber(n.b3)}`,
      '',
      '',
      'def sigma(z):',
      `    return ${SIGMA_PY[e.act]}`,
      '',
      '',
      'def forward(X):',
      '    """The network on each row of X: its logit z, whose sigmoid p is the probability of class 1."""',
      '    h1 = sigma(X @ W.T + b)',
      '    h2 = sigma(h1 @ W2.T + b2)',
      '    return h2 @ w3 + b3',
      '',
      '',
      `# The scene's data set: ${DATASET_NAMES[e.dataset.name]}, seed ${e.seed}, ${count} points and their classes`,
      ...wrapped('X', points, 4),
      ...wrapped('y', Array.from(label, String), 40),
      'z = forward(X)',
      'p = 1 / (1 + np.exp(-z))',
      '# the mean binary cross-entropy −[y log p + (1 − y) log(1 − p)], written as log(1 + e^z) − y z so it stays finite',
      'print(np.mean(np.logaddexp(0, z) - y * z))',
      '# the accuracy: the share of points on their side of p = 0.5',
      'print(np.mean((p >= 0.5) == (y == 1)))',
      '# the first layer on the first three points: where the plane moves them',
      'print(sigma(X[:3] @ W.T + b))',
    ].join('\n') + '\n'
  );
}
