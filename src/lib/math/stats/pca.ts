// Principal component analysis, with the names scikit-learn's PCA uses:
// centre the points, take the eigenvectors of their covariance (ddof = 1),
// largest variance first. We diagonalise the d×d covariance rather than take
// the SVD of the n×d data: the scenes have thousands of points in 2 or 3
// dimensions, where that is far cheaper and, for variances that are not tiny
// compared with the largest, just as accurate.
import { ValueError } from '../errors';
import type { ArrayInput } from '../ndarray/create';
import { NDArray } from '../ndarray/ndarray';
import { eigh } from '../linalg/eigh';
import { asMatrix } from '../linalg/matrix';

export interface PCAResult {
  /** Mean of each coordinate, shape (d,). */
  readonly mean: NDArray;
  /** Sample covariance with ddof = 1 (np.cov(points, rowvar=False)), shape (d, d). */
  readonly covariance: NDArray;
  /** Row i is the i-th principal axis, a unit vector whose largest entry is positive; shape (k, d). */
  readonly components: NDArray;
  /** Variance along each component (covariance eigenvalues, largest first), shape (k,). */
  readonly explainedVariance: NDArray;
  /** explainedVariance divided by the total variance (the trace of the covariance), shape (k,). */
  readonly explainedVarianceRatio: NDArray;
  /** Coordinates of each centred point along the components, (points − mean) @ componentsᵀ; shape (n, k). */
  readonly projections: NDArray;
}

export function pca(points: ArrayInput, k?: number): PCAResult {
  const X = asMatrix(points, 'pca');
  const [n, d] = X.shape;
  const keep = k ?? d;
  if (n < 2) throw new ValueError(`pca needs at least 2 points to estimate a covariance (ddof = 1), got ${n}.`);
  if (!Number.isInteger(keep) || keep < 1 || keep > d)
    throw new ValueError(`pca: k must be a whole number from 1 to ${d} (the number of coordinates), got ${keep}.`);
  const x = X.data;
  const N = n * d;
  // Column by column with scalar accumulators: d is 2 or 3 in the scenes,
  // so loops over the n points are the inner ones.
  const mean = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    let s = 0;
    for (let i = j; i < N; i += d) s += x[i];
    mean[j] = s / n;
  }
  // Two-pass covariance, Σ (x − mean)(x − mean)ᵀ / (n − 1): subtracting the
  // mean first avoids the cancellation of Σ x xᵀ − n·mean·meanᵀ.
  const cov = new Float64Array(d * d);
  for (let p = 0; p < d; p++)
    for (let q = 0; q <= p; q++) {
      const [mp, mq] = [mean[p], mean[q]];
      let s = 0;
      for (let i = 0; i < N; i += d) s += (x[i + p] - mp) * (x[i + q] - mq);
      cov[p * d + q] = cov[q * d + p] = s / (n - 1);
    }
  const covariance = new NDArray(cov, [d, d]);
  const { values, vectors } = eigh(covariance);
  let total = 0;
  for (let j = 0; j < d; j++) total += cov[j * d + j];
  const components = new Float64Array(keep * d);
  const variance = new Float64Array(keep);
  for (let c = 0; c < keep; c++) {
    const src = d - 1 - c; // eigh is ascending
    // A covariance is positive semidefinite; a −1e-17 is rounding, not a negative variance.
    variance[c] = Math.max(0, values.data[src]);
    for (let j = 0; j < d; j++) components[c * d + j] = vectors.data[j * d + src];
  }
  const projections = new Float64Array(n * keep);
  for (let c = 0; c < keep; c++)
    for (let i = 0, o = 0; i < n; i++, o += d) {
      let s = 0;
      for (let j = 0; j < d; j++) s += (x[o + j] - mean[j]) * components[c * d + j];
      projections[i * keep + c] = s;
    }
  return {
    mean: new NDArray(mean, [d]),
    covariance,
    components: new NDArray(components, [keep, d]),
    explainedVariance: new NDArray(variance, [keep]),
    explainedVarianceRatio: new NDArray(
      variance.map((v) => v / total),
      [keep],
    ),
    projections: new NDArray(projections, [n, keep]),
  };
}
