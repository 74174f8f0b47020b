// Matrix factorisation for recommendations: a ratings matrix R (m users × n items, some cells
// blank) approximated by U V, U (m × k) a row of k numbers per user, V (k × n) a column per item.
// The predicted rating of item j by user i is the dot product u_i · v_j.
//
// The factors travel as one parameter vector, U row-major then V row-major, so an optimizer
// (optimizer-step.ts) can step them like any other parameters:
//   params = [U₀₀, U₀₁, …, U_{m−1,k−1}, V₀₀, …, V_{k−1,n−1}]
//
// The loss counts the rated cells only: L = Σ_{(i,j) rated} (u_i · v_j − r_ij)²,
// whose gradient is ∂L/∂u_i = 2 Σ_j e_ij v_j and ∂L/∂v_j = 2 Σ_i e_ij u_i, e_ij = u_i · v_j − r_ij.
import { lowRank } from './low-rank';
import { signOf } from '../linalg/signs';

/** A blank (not rated) cell is null. Rows are users, columns items. */
export type Ratings = readonly (readonly (number | null)[])[];

export type Factors = {
  /** m × k, row-major. */
  readonly U: Float64Array;
  /** k × n, row-major. */
  readonly V: Float64Array;
};

function shapeOf(r: Ratings): [m: number, n: number] {
  const m = r.length;
  const n = m ? r[0].length : 0;
  for (const row of r) if (row.length !== n) throw new Error(`ratings: every row needs ${n} cells, got a row of ${row.length}`);
  return [m, n];
}

function checkParams(params: ArrayLike<number>, m: number, n: number, k: number): void {
  if (params.length !== k * (m + n))
    throw new Error(`factor parameters: expected ${k * (m + n)} (U ${m}×${k} and V ${k}×${n}), got ${params.length}`);
}

/** The parameter vector of U and V. */
export function packFactors(U: ArrayLike<number>, V: ArrayLike<number>): Float64Array {
  const p = new Float64Array(U.length + V.length);
  p.set(Array.from(U), 0);
  p.set(Array.from(V), U.length);
  return p;
}

/** U and V out of a parameter vector (copies). */
export function unpackFactors(params: ArrayLike<number>, m: number, n: number, k: number): Factors {
  checkParams(params, m, n, k);
  const all = Float64Array.from(params);
  return { U: all.slice(0, m * k), V: all.slice(m * k) };
}

/** u_i · v_j from a parameter vector. */
export function predictOne(params: ArrayLike<number>, i: number, j: number, m: number, n: number, k: number): number {
  let s = 0;
  for (let c = 0; c < k; c++) s += params[i * k + c] * params[m * k + c * n + j];
  return s;
}

/** U V: every cell's predicted rating, m × n row-major. */
export function predictAll(params: ArrayLike<number>, m: number, n: number, k: number): Float64Array {
  checkParams(params, m, n, k);
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[i * n + j] = predictOne(params, i, j, m, n, k);
  return out;
}

/** Σ over the rated cells of (u_i · v_j − r_ij)². */
export function maskedLoss(ratings: Ratings, params: ArrayLike<number>, k: number): number {
  const [m, n] = shapeOf(ratings);
  checkParams(params, m, n, k);
  let loss = 0;
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      const r = ratings[i][j];
      if (r === null) continue;
      const e = predictOne(params, i, j, m, n, k) - r;
      loss += e * e;
    }
  return loss;
}

/** ∇L with respect to the parameters, written into `out` (a new array when not given). */
export function maskedGradient(ratings: Ratings, params: ArrayLike<number>, k: number, out?: Float64Array): Float64Array {
  const [m, n] = shapeOf(ratings);
  checkParams(params, m, n, k);
  const g = out ?? new Float64Array(params.length);
  if (g.length !== params.length) throw new Error(`gradient: out has ${g.length} entries, expected ${params.length}`);
  g.fill(0);
  const v0 = m * k;
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      const r = ratings[i][j];
      if (r === null) continue;
      const e2 = 2 * (predictOne(params, i, j, m, n, k) - r);
      for (let c = 0; c < k; c++) {
        g[i * k + c] += e2 * params[v0 + c * n + j];
        g[v0 + c * n + j] += e2 * params[i * k + c];
      }
    }
  return g;
}

/** One plain gradient-descent step, params − η∇L, as a new array (the reference the fixtures check). */
export function gdStep(ratings: Ratings, params: ArrayLike<number>, k: number, lr: number): Float64Array {
  const g = maskedGradient(ratings, params, k);
  return Float64Array.from(params, (x, i) => x - lr * g[i]);
}

export type Filled = {
  /** m × n row-major, every cell a number. */
  readonly values: Float64Array;
  /** What each blank was filled with, in words: "the user's mean" or "the mean of every rating". */
  readonly how: readonly ('row' | 'all' | 'zero' | null)[];
};

/**
 * The ratings with each blank filled by its user's mean rating (the mean of every rating when the
 * user rated nothing, 0 when nobody rated anything): an SVD needs every cell.
 */
export function fillBlanks(ratings: Ratings): Filled {
  const [m, n] = shapeOf(ratings);
  const values = new Float64Array(m * n);
  const how: ('row' | 'all' | 'zero' | null)[] = new Array(m * n).fill(null);
  let total = 0,
    count = 0;
  for (const row of ratings)
    for (const r of row)
      if (r !== null) {
        total += r;
        count++;
      }
  const overall = count ? total / count : 0;
  for (let i = 0; i < m; i++) {
    let t = 0,
      c = 0;
    for (const r of ratings[i])
      if (r !== null) {
        t += r;
        c++;
      }
    const mean = c ? t / c : overall;
    for (let j = 0; j < n; j++) {
      const r = ratings[i][j];
      values[i * n + j] = r ?? mean;
      if (r === null) how[i * n + j] = c ? 'row' : count ? 'all' : 'zero';
    }
  }
  return { values, how };
}

export type SvdFactors = Factors & {
  /** The k largest singular values of the filled matrix. */
  readonly S: Float64Array;
  /** ‖F − U V‖_F for the filled matrix F: by Eckart–Young no rank-k matrix is closer. */
  readonly error: number;
  readonly filled: Filled;
};

/**
 * The best rank-k factors of the filled ratings (Eckart–Young): F ≈ U_k Σ_k V_kᵀ, split evenly,
 * U = U_k √Σ_k and V = √Σ_k V_kᵀ, so users and items share one scale. Each pair of singular
 * vectors follows the sign rule (linalg/signs.ts) on V's row: its largest entry positive.
 */
export function svdFactors(ratings: Ratings, k: number): SvdFactors {
  const [m, n] = shapeOf(ratings);
  const filled = fillBlanks(ratings);
  const rows = Array.from({ length: m }, (_, i) => Array.from(filled.values.subarray(i * n, (i + 1) * n)));
  const r = lowRank(rows, k);
  const U = new Float64Array(m * k);
  const V = new Float64Array(k * n);
  for (let c = 0; c < k; c++) {
    const root = Math.sqrt(r.S.data[c]);
    const sign = signOf(r.Vt.data.subarray(c * n, (c + 1) * n));
    for (let i = 0; i < m; i++) U[i * k + c] = sign * root * r.U.data[i * k + c];
    for (let j = 0; j < n; j++) V[c * n + j] = sign * root * r.Vt.data[c * n + j];
  }
  return { U, V, S: Float64Array.from(r.S.data), error: r.error, filled };
}

/** Solves the k × k system (A + λI) x = b in place of b, by Gaussian elimination with pivoting. */
function solveSmall(A: Float64Array, b: Float64Array, k: number): void {
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(A[r * k + c]) > Math.abs(A[p * k + c])) p = r;
    if (p !== c) {
      for (let q = 0; q < k; q++) [A[c * k + q], A[p * k + q]] = [A[p * k + q], A[c * k + q]];
      [b[c], b[p]] = [b[p], b[c]];
    }
    const d = A[c * k + c];
    if (d === 0) continue;
    for (let r = c + 1; r < k; r++) {
      const f = A[r * k + c] / d;
      for (let q = c; q < k; q++) A[r * k + q] -= f * A[c * k + q];
      b[r] -= f * b[c];
    }
  }
  for (let c = k - 1; c >= 0; c--) {
    let s = b[c];
    for (let q = c + 1; q < k; q++) s -= A[c * k + q] * b[q];
    b[c] = A[c * k + c] === 0 ? 0 : s / A[c * k + c];
  }
}

/**
 * The best rank-k fit of the rated cells we can find: alternating least squares from the SVD's
 * factors (each pass solves every user's k numbers exactly with the items fixed, then every
 * item's), which never raises the loss. A tiny ridge keeps a user or item with fewer than k
 * ratings solvable. With no blanks this stays at the SVD, already the optimum.
 */
export function bestMaskedFit(ratings: Ratings, k: number, passes = 300): { params: Float64Array; loss: number } {
  const [m, n] = shapeOf(ratings);
  const start = svdFactors(ratings, k);
  const p = packFactors(start.U, start.V);
  const v0 = m * k;
  const A = new Float64Array(k * k);
  const b = new Float64Array(k);
  const ridge = 1e-9;
  let loss = maskedLoss(ratings, p, k);
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < m; i++) {
      A.fill(0);
      b.fill(0);
      for (let j = 0; j < n; j++) {
        const r = ratings[i][j];
        if (r === null) continue;
        for (let c = 0; c < k; c++) {
          b[c] += r * p[v0 + c * n + j];
          for (let q = 0; q < k; q++) A[c * k + q] += p[v0 + c * n + j] * p[v0 + q * n + j];
        }
      }
      for (let c = 0; c < k; c++) A[c * k + c] += ridge;
      solveSmall(A, b, k);
      for (let c = 0; c < k; c++) p[i * k + c] = b[c];
    }
    for (let j = 0; j < n; j++) {
      A.fill(0);
      b.fill(0);
      for (let i = 0; i < m; i++) {
        const r = ratings[i][j];
        if (r === null) continue;
        for (let c = 0; c < k; c++) {
          b[c] += r * p[i * k + c];
          for (let q = 0; q < k; q++) A[c * k + q] += p[i * k + c] * p[i * k + q];
        }
      }
      for (let c = 0; c < k; c++) A[c * k + c] += ridge;
      solveSmall(A, b, k);
      for (let c = 0; c < k; c++) p[v0 + c * n + j] = b[c];
    }
    const next = maskedLoss(ratings, p, k);
    const done = loss - next <= 1e-13 * Math.max(1, loss);
    loss = next;
    if (done) break;
  }
  return { params: p, loss };
}

/** cos θ = a · b / (|a| |b|); NaN when either is the zero vector. */
export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`cosine similarity: lengths ${a.length} and ${b.length} differ`);
  let ab = 0,
    aa = 0,
    bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i] * b[i];
    aa += a[i] * a[i];
    bb += b[i] * b[i];
  }
  const d = Math.sqrt(aa) * Math.sqrt(bb);
  return d === 0 ? NaN : ab / d;
}
