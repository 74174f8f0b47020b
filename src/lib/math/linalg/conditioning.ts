// How close a square matrix is to singular, and the two outcomes the issue asks
// for: numerically singular (rank < n) is an error; merely ill-conditioned
// (cond > 1e12) is answered but flagged so the UI can warn.
//
// Where NumPy draws the line differently: np.linalg.inv only fails when LU
// meets an exactly zero pivot, so inv([[1,2,3],[4,5,6],[7,8,9]]) returns
// entries near 1e16 that mean nothing. We use NumPy's own matrix_rank test
// (singular values below max(S)·n·eps count as zero) instead, so that matrix
// is reported as singular, which is what a learner should be told.
import { SingularMatrixError } from '../errors';
import type { NDArray } from '../ndarray/ndarray';
import { allFinite } from './matrix';
import { singularValues } from './svd';

/** Above this 2-norm condition number an answer is flagged: fewer than ~4 significant digits are trustworthy. */
export const ILL_CONDITIONED = 1e12;

/**
 * A result together with how far to trust it. `warning` is a sentence for
 * the learner, null when the problem is well-conditioned.
 */
export interface Checked<T> {
  readonly value: T;
  /** 2-norm condition number σmax/σmin, as np.linalg.cond; NaN if the matrix has NaN or Infinity. */
  readonly cond: number;
  readonly illConditioned: boolean;
  readonly warning: string | null;
}

export interface Conditioning {
  readonly rank: number;
  readonly cond: number;
}

/** Rank with NumPy's default tolerance and 2-norm condition number, from one SVD. */
export function conditioning(A: NDArray): Conditioning {
  if (!allFinite(A)) return { rank: A.shape[0], cond: NaN };
  const s = singularValues(A);
  if (s.length === 0) return { rank: 0, cond: 1 };
  const tol = s[0] * Math.max(...A.shape) * Number.EPSILON;
  const rank = s.filter((x) => x > tol).length;
  const smin = s[s.length - 1];
  return { rank, cond: smin === 0 ? Infinity : s[0] / smin };
}

const fmt = (x: number): string => (Number.isFinite(x) ? x.toExponential(1) : String(x));

function collapse(rank: number): string {
  if (rank === 0) return 'sends every vector to zero';
  if (rank === 1) return 'squashes space onto a line';
  if (rank === 2) return 'squashes space onto a plane';
  return `squashes space onto a ${rank}-dimensional subspace`;
}

export function singularError(fname: 'inv' | 'solve', { rank, cond }: Conditioning, n: number): SingularMatrixError {
  const consequence = fname === 'inv' ? 'so it cannot be undone and has no inverse' : 'so A x = b has no solution or infinitely many';
  return new SingularMatrixError(
    `Singular matrix: this ${n}×${n} matrix has rank ${rank} of ${n} (condition number ${fmt(cond)}); it ${collapse(rank)}, ${consequence}.`,
    rank,
    n,
    cond,
  );
}

/** The Checked wrapper for a value computed from a matrix of the given conditioning. */
export function checked<T>(value: T, cond: number): Checked<T> {
  const illConditioned = cond > ILL_CONDITIONED;
  const digits = Math.min(16, Math.round(Math.log10(cond)));
  return {
    value,
    cond,
    illConditioned,
    warning: illConditioned
      ? `Nearly singular: condition number ${fmt(cond)} is above 1e12, so about ${digits} of the 16 significant digits may be lost in this answer.`
      : null,
  };
}
