// The PCA scene's numbers to take away: as LaTeX for a slide, and as a NumPy script that does the
// same PCA (np.cov with ddof = 1, np.linalg.eigh) and prints what the panel shows. The numbers are
// the math core's (spread2 for a cloud, pca for the 3-feature people); the script only says how
// NumPy gets them.
import { spread2, varianceAlong } from '../../lib/math/stats/spread2';
import { pca } from '../../lib/math/stats/pca';
import type { Vec2 } from '../../lib/math/vec2';
import type { Mat2 } from '../../lib/math/mat2';
import { latexColumn, latexLines, latexMatrix, latexNumber } from '../../lib/export/latex';
import { pyNumber } from '../../lib/ui/numpy-repr';
import { IMPORT } from '../../lib/ui/numpy-session';
import { PEOPLE, PEOPLE_NAMES } from './people';

export interface PcaExport {
  readonly points: readonly Vec2[];
  readonly names: readonly [string, string];
  /** The candidate axis u, in degrees from the x axis. */
  readonly angle: number;
  readonly dims: 2 | 3;
}

/** What PCA finds in rows of d features: the math core's numbers, largest variance first. */
interface Found {
  readonly n: number;
  readonly mean: readonly number[];
  readonly cov: readonly (readonly number[])[];
  readonly values: readonly number[];
  /** Unit principal axes, PC1 first, each with its largest entry positive. */
  readonly axes: readonly (readonly number[])[];
  readonly total: number;
}

function found({ points, dims }: PcaExport): Found | null {
  if (dims === 3) {
    const r = pca(PEOPLE as unknown as number[][]);
    const d = 3;
    const rows = (a: Float64Array, k: number) => Array.from({ length: k }, (_, i) => Array.from(a.subarray(i * d, (i + 1) * d)));
    const values = Array.from(r.explainedVariance.data);
    return {
      n: PEOPLE.length,
      mean: Array.from(r.mean.data),
      cov: rows(r.covariance.data, d),
      values,
      axes: rows(r.components.data, d),
      total: [0, 1, 2].reduce((s, j) => s + r.covariance.data[j * d + j], 0),
    };
  }
  const s = spread2(points);
  if (!s) return null;
  return { n: s.n, mean: s.mean, cov: s.cov, values: s.values, axes: s.axes, total: s.total };
}

/** cos 90° is 6e-17 in floating point: a learner reads 0. */
const clean = (x: number) => (Math.abs(x) < 1e-12 ? 0 : x);

const subscripts = (k: number) => Array.from({ length: k }, (_, i) => i + 1);

/** The mean, C (ddof = 1), the eigenvalues and axes, the explained-variance ratio, and u's variance. */
export function pcaLatex(e: PcaExport): string {
  const f = found(e);
  if (!f) return latexLines([`\\text{PCA needs at least two points (the covariance divides by } n - 1\\text{): there are ${e.points.length}.}`]);
  const d = f.mean.length;
  const ks = subscripts(d);
  const hasAxes = f.total > 0;
  const ratios = f.values.map((v) => v / f.total);
  const candidate = e.dims === 2 && hasAxes ? varianceAlong(f.cov as Mat2, e.angle) : null;
  const t = (e.angle * Math.PI) / 180;
  return latexLines([
    `n = ${f.n}, \\quad \\bar{\\mathbf{x}} = \\frac{1}{n} \\sum_{i=1}^{n} \\mathbf{x}_i = ${latexColumn(f.mean)}`,
    `C = \\frac{1}{n - 1} \\sum_{i=1}^{n} (\\mathbf{x}_i - \\bar{\\mathbf{x}})(\\mathbf{x}_i - \\bar{\\mathbf{x}})^{\\top} = ${latexMatrix(f.cov)}`,
    hasAxes
      ? ks.map((k) => `\\lambda_${k} = ${latexNumber(f.values[k - 1])}`).join(', \\quad ')
      : `\\text{the points coincide: no direction stands out}`,
    hasAxes && ks.map((k) => `\\mathbf{v}_${k} = ${latexColumn(f.axes[k - 1])}`).join(', \\quad '),
    hasAxes &&
      `\\text{explained variance ratio: } \\frac{\\lambda_k}{${ks.map((k) => `\\lambda_${k}`).join(' + ')}} = ${ratios.map((r) => latexNumber(r)).join(', \\ ')}`,
    e.dims === 3 && hasAxes && `\\text{PC1 and PC2 keep } ${latexNumber(100 * (ratios[0] + ratios[1]), 1)}\\,\\% \\text{ of the variance}`,
    candidate !== null &&
      `\\mathbf{u} = ${latexColumn([Math.cos(t), Math.sin(t)].map(clean))} \\ (${latexNumber(e.angle, 2)}^\\circ), \\quad \\mathbf{u}^{\\top} C \\mathbf{u} = ${latexNumber(candidate)} = ${latexNumber((100 * candidate) / f.total, 1)}\\,\\% \\text{ of } ${latexNumber(f.total)}`,
  ]);
}

/** A Python comment that cannot end early: names are free text from a link. */
const comment = (s: string) => s.replace(/[\r\n]+/g, ' ');

/** A script that does the scene's PCA with NumPy and prints what the panel shows. */
export function pcaNumpy(e: PcaExport): string {
  const three = e.dims === 3;
  const rows: readonly (readonly number[])[] = three ? PEOPLE : e.points;
  const names: readonly string[] = three ? PEOPLE_NAMES : e.names;
  const d = three ? 3 : 2;
  const lines = [
    IMPORT,
    '',
    `# ${rows.length} points, a row each: ${comment(names.join(', '))}`,
    `X = np.array([${rows.map((r) => `[${r.map(pyNumber).join(', ')}]`).join(', ')}], dtype=float)`,
    'mean = np.mean(X, axis=0)',
    'print(mean)',
    '# ddof = 1, as the scene: the sum is divided by n − 1',
    'C = np.cov(X.T)',
    'print(C)',
    '# eigh is for symmetric matrices; it returns the smallest eigenvalue first',
    'eigenvalues, eigenvectors = np.linalg.eigh(C)',
    'eigenvalues, eigenvectors = eigenvalues[::-1], eigenvectors[:, ::-1]',
    '# Each axis is only defined up to sign: make its largest entry positive (the first of equals), as the scene draws it',
    'a = np.abs(eigenvectors)',
    `pivot = np.argmax(a >= a.max(axis=0) * (1 - 1e-8), axis=0)`,
    `eigenvectors = eigenvectors * np.sign(eigenvectors[pivot, np.arange(${d})])`,
    'print(eigenvalues)',
    '# columns: PC1, PC2' + (three ? ', PC3' : ''),
    'print(eigenvectors)',
    'ratio = eigenvalues / eigenvalues.sum()',
    'print(ratio)',
  ];
  if (three) lines.push('# the share of the variance that PC1 and PC2 keep', 'print(ratio[:2].sum())');
  else
    lines.push(
      '# the candidate axis u and the variance of the points along it',
      `theta = np.radians(${pyNumber(e.angle)})`,
      'u = np.array([np.cos(theta), np.sin(theta)])',
      'print(u @ C @ u)',
    );
  return lines.join('\n') + '\n';
}
