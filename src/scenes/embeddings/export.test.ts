import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { maskedLoss, packFactors, predictAll, svdFactors, type Ratings } from '../../lib/math/stats/factorize';
import { embeddingsLatex, embeddingsNumpy, type EmbeddingsExport } from './export';
import { presetById } from './presets';
import { K, MOVIES, USERS, initialParams, train, withMoved } from './state.svelte';

const lesson = presetById('lesson');
const svdOf = (ratings: Ratings) => {
  const f = svdFactors(ratings, K);
  return packFactors(f.U, f.V);
};
const base = (ratings: Ratings, params: ArrayLike<number>): EmbeddingsExport => ({
  ratings,
  method: 'svd',
  params,
  k: K,
  step: 0,
  lr: 0.01,
  seed: 1,
  moved: false,
  users: lesson.users,
  movies: lesson.movies,
});

/** The rows of `name = np.array([...], dtype=float)` in a script, nan as null. */
const arrayIn = (script: string, name: string): (number | null)[][] =>
  JSON.parse(new RegExp(`^${name} = np\\.array\\((\\[.*\\]), dtype=float\\)$`, 'm').exec(script)![1].replace(/np\.nan/g, 'null'));

const numbersIn = (text: string): number[] => (text.match(/-?\d+(?:\.\d*)?(?:e[-+]?\d+)?/g) ?? []).map(Number);

const hasNumpy = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0;
const run = (script: string): string => {
  const r = spawnSync('python3', ['-'], { input: script, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
};

describe('Embeddings export', () => {
  it('writes R with its blanks as ·, U, V, U V and the loss as LaTeX', () => {
    const params = svdOf(lesson.ratings);
    const text = embeddingsLatex(base(lesson.ratings, params));
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'R = \\begin{bmatrix} 5 & 3 & 5 & 4 & \\cdot \\\\ 2 & \\cdot & 1 & 4 & 4 \\\\ 4 & 2 & 5 & 2 & 1 \\\\ \\cdot & 1 & 2 & 4 & 3 \\end{bmatrix}',
    );
    expect(lines[1]).toContain('rank-2 SVD');
    // U is 4 × 2 and V 2 × 5: three row breaks in U, one in V.
    const [u, v] = lines[2].split(', \\quad ');
    expect(u.match(/\\\\/g)).toHaveLength(3);
    expect(v.match(/\\\\/g)).toHaveLength(1);
    expect(u).toContain(String(Number(params[0].toFixed(4))));
    const uv = predictAll(params, USERS, MOVIES, K);
    expect(lines[3]).toContain(`U V = \\begin{bmatrix} ${Number(uv[0].toFixed(4))} & `);
    expect(lines[4]).toMatch(new RegExp(`= ${Number(maskedLoss(lesson.ratings, params, K).toFixed(4))}$`.replace('.', '\\.')));
  });

  it('names gradient descent’s step and rate, and a point moved by hand', () => {
    const run = train(lesson.ratings, 3, 0.02, 40);
    const params = withMoved(run.params.subarray(40 * 18, 41 * 18), [{ kind: 'movie', index: 1, at: [1, 2] }]);
    const text = embeddingsLatex({ ...base(lesson.ratings, params), method: 'gd', step: 40, lr: 0.02, seed: 3, moved: true });
    expect(text).toContain('\\text{gradient descent, step 40, } \\eta = 0.02 \\text{, seed 3}\\text{; some points moved by hand}');
  });

  it('gives gradient descent’s U and V as the scene has them, and R with nan for blanks', () => {
    const params = initialParams(5);
    const script = embeddingsNumpy({ ...base(lesson.ratings, params), method: 'gd', step: 0, seed: 5 });
    expect(arrayIn(script, 'R')).toEqual(lesson.ratings);
    expect(arrayIn(script, 'U').flat()).toEqual(Array.from(params.subarray(0, 8)));
    expect(arrayIn(script, 'V').flat()).toEqual(Array.from(params.subarray(8)));
    expect(script).toContain('print(np.sum((U @ V - R)[rated] ** 2))');
    expect(script).not.toContain('svd');
  });

  it('for the SVD, fills the blanks with the user’s mean and sets only the dragged points', () => {
    const params = withMoved(svdOf(lesson.ratings), [
      { kind: 'user', index: 2, at: [0.5, -1] },
      { kind: 'movie', index: 4, at: [2, 0.25] },
    ]);
    const script = embeddingsNumpy({ ...base(lesson.ratings, params), moved: true });
    expect(script).toContain('filled = np.where(rated, R, user_mean)');
    expect(script).toContain('left, s, right = np.linalg.svd(filled)');
    expect(script).toMatch(/^U\[2\] = \[0\.5, -1\] {2}# User 3$/m);
    expect(script).toMatch(/^V\[:, 4\] = \[2, 0\.25\] {2}# Memento$/m);
    expect(script.match(/^[UV]\[/gm)).toHaveLength(2);
    expect(script).not.toContain('np.nanmean(R)\n');
  });

  it('gives a user who rated nothing the mean of every rating, as the scene does', () => {
    const ratings: Ratings = [[5, 3, null, 1, 1], [null, null, null, null, null], ...lesson.ratings.slice(2)];
    expect(embeddingsNumpy(base(ratings, svdOf(ratings)))).toContain('user_mean[np.isnan(user_mean)] = np.nanmean(R)');
  });

  it.skipIf(!hasNumpy)('prints, run by NumPy, the scene’s U, V, U V and loss (skipped where python3 has no NumPy)', () => {
    for (const ratings of [lesson.ratings, presetById('sparse').ratings, presetById('groups').ratings]) {
      const params = svdOf(ratings);
      const printed = numbersIn(run(embeddingsNumpy(base(ratings, params))));
      const expected = [...params, ...predictAll(params, USERS, MOVIES, K), maskedLoss(ratings, params, K)];
      expect(printed).toHaveLength(expected.length);
      printed.forEach((x, i) => expect(x, `number ${i}`).toBeCloseTo(expected[i], 5));
    }
  });
});

if (!hasNumpy) console.warn('embeddings/export.test.ts: python3 has no NumPy here, so the generated script is not run (the test is skipped).');
