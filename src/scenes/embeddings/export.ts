// The Embeddings scene's numbers to take away: R, U, V and U V as LaTeX for a slide, and a NumPy
// script with R (np.nan for a blank), U and V as the scene has them, U @ V and the squared error
// over the rated cells. For the SVD the script does what svdFactors does: each blank filled with
// its user's mean rating, the rank-2 SVD split evenly between U and V, each pair's sign fixed.
import { fillBlanks, maskedLoss, packFactors, predictAll, svdFactors, type Ratings } from '../../lib/math/stats/factorize';
import { latexLines, latexMatrix, latexNumber } from '../../lib/export/latex';
import { pyNumber } from '../../lib/ui/numpy-repr';
import { IMPORT } from '../../lib/ui/numpy-session';

export interface EmbeddingsExport {
  readonly ratings: Ratings;
  readonly method: 'svd' | 'gd';
  /** U's rows then V's rows, m × k and k × n, as the scene draws them (dragged points included). */
  readonly params: ArrayLike<number>;
  readonly k: number;
  /** Gradient descent's step shown, its rate and seed. */
  readonly step: number;
  readonly lr: number;
  readonly seed: number;
  /** Whether some points were dragged away from where the method put them. */
  readonly moved: boolean;
  readonly users: readonly string[];
  readonly movies: readonly string[];
}

const rowsOf = (a: ArrayLike<number>, from: number, rows: number, cols: number): number[][] =>
  Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => a[from + i * cols + j]));

function shape(e: EmbeddingsExport) {
  const m = e.ratings.length;
  const n = m ? e.ratings[0].length : 0;
  return { m, n, U: rowsOf(e.params, 0, m, e.k), V: rowsOf(e.params, m * e.k, e.k, n) };
}

/** R with a blank as ·, then U, V, U V and the loss over the rated cells. */
export function embeddingsLatex(e: EmbeddingsExport): string {
  const { m, n, U, V } = shape(e);
  const R = `\\begin{bmatrix} ${e.ratings.map((row) => row.map((r) => (r === null ? '\\cdot' : latexNumber(r))).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
  const how =
    e.method === 'svd'
      ? `\\text{rank-${e.k} SVD of } R \\text{, each blank } (\\cdot) \\text{ filled by its user's mean}`
      : `\\text{gradient descent, step ${e.step}, } \\eta = ${latexNumber(e.lr)} \\text{, seed ${e.seed}}`;
  return latexLines([
    `R = ${R}`,
    `${how}${e.moved ? '\\text{; some points moved by hand}' : ''}`,
    `U = ${latexMatrix(U)}, \\quad V = ${latexMatrix(V)}`,
    `U V = ${latexMatrix(rowsOf(predictAll(e.params, m, n, e.k), 0, m, n))}`,
    `L = \\sum_{(i,j) \\text{ rated}} (\\mathbf{u}_i \\cdot \\mathbf{v}_j - r_{ij})^2 = ${latexNumber(maskedLoss(e.ratings, e.params, e.k))}`,
  ]);
}

const literal = (rows: readonly (readonly (number | null)[])[]) =>
  `np.array([${rows.map((r) => `[${r.map((x) => (x === null ? 'np.nan' : pyNumber(x))).join(', ')}]`).join(', ')}], dtype=float)`;
const comment = (s: string) => s.replace(/[\r\n]+/g, ' ');

/** A script with the scene's R, U and V (by the same SVD, for that method) that prints U @ V and the loss. */
export function embeddingsNumpy(e: EmbeddingsExport): string {
  const { m, n, U, V } = shape(e);
  const k = e.k;
  const lines = [
    IMPORT,
    '',
    `# Ratings: a row per user (${comment(e.users.join(', '))}), a column per movie (${comment(e.movies.join(', '))}); nan where not rated`,
    `R = ${literal(e.ratings)}`,
    'rated = ~np.isnan(R)',
  ];
  if (e.method === 'svd') {
    const filled = fillBlanks(e.ratings);
    const emptyRow = filled.how.some((h) => h === 'all' || h === 'zero');
    lines.push(
      '# An SVD needs every cell: each blank is filled with its user’s mean rating',
      'user_mean = np.nanmean(R, axis=1, keepdims=True)' + (emptyRow ? '  # nan for a user who rated nothing' : ''),
    );
    if (emptyRow)
      lines.push(
        '# … who gets the mean of every rating instead (0 when nothing is rated)',
        `user_mean[np.isnan(user_mean)] = ${filled.how.includes('zero') ? '0' : 'np.nanmean(R)'}`,
      );
    lines.push(
      'filled = np.where(rated, R, user_mean)',
      'left, s, right = np.linalg.svd(filled)',
      `# Rank ${k}, split evenly: U = left_k √s_k, V = √s_k right_k`,
      `root = np.sqrt(s[:${k}])`,
      `U = left[:, :${k}] * root`,
      `V = root[:, None] * right[:${k}]`,
      '# Each pair of singular vectors is defined up to sign: the scene makes the largest entry of each row of V positive (the first of equals)',
      `a = np.abs(right[:${k}])`,
      `sign = np.sign(right[np.arange(${k}), np.argmax(a >= a.max(axis=1, keepdims=True) * (1 - 1e-8), axis=1)])`,
      'U, V = U * sign, V * sign[:, None]',
    );
    if (e.moved) {
      // The SVD's own factors, and then each point that was dragged set where it is now.
      const svd = svdFactors(e.ratings, k);
      const base = packFactors(svd.U, svd.V);
      const bu = rowsOf(base, 0, m, k);
      const bv = rowsOf(base, m * k, k, n);
      lines.push('# Points moved by hand in the scene');
      U.forEach((row, i) => {
        if (row.some((x, c) => x !== bu[i][c])) lines.push(`U[${i}] = [${row.map(pyNumber).join(', ')}]  # ${comment(e.users[i] ?? '')}`);
      });
      for (let j = 0; j < n; j++)
        if (V.some((row, c) => row[j] !== bv[c][j]))
          lines.push(`V[:, ${j}] = [${V.map((row) => pyNumber(row[j])).join(', ')}]  # ${comment(e.movies[j] ?? '')}`);
    }
  } else {
    lines.push(
      `# U and V after ${e.step} steps of gradient descent (rate ${pyNumber(e.lr)}, seed ${e.seed})${e.moved ? ', with the points moved by hand' : ''}`,
      `U = ${literal(U)}`,
      `V = ${literal(V)}`,
    );
  }
  lines.push(
    'print(U)',
    'print(V)',
    '# every predicted rating: user i’s row of U times movie j’s column of V',
    'print(U @ V)',
    '# the squared error over the rated cells only',
    'print(np.sum((U @ V - R)[rated] ** 2))',
  );
  return lines.join('\n') + '\n';
}
