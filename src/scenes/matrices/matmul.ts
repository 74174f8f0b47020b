// A matrix product worked out entry by entry, as the picture steps through it: entry (i, j) is row
// i of the left operand times column j of the right, term by term. NumPy's rules for 1-D operands:
// a 1-D left operand is a row (1 × n), a 1-D right operand a column (n × 1), and the axis they
// added is dropped from the result again (so (2, 2) @ (2,) is (2,), and (3,) @ (3,) one number).
import type { NotebookValue } from '../../lib/math/notebook';

/** An operand as a grid of rows: `asRow`/`asColumn` when it was 1-D. */
export type Grid = { readonly rows: number; readonly cols: number; readonly at: (i: number, j: number) => number };

export type MatmulEntry = {
  /** Row of the left operand and column of the right. */
  readonly i: number;
  readonly j: number;
  readonly terms: readonly (readonly [number, number])[];
  readonly sum: number;
};

export type MatmulPlan = {
  readonly left: Grid;
  readonly right: Grid;
  /** n: the inner size the two share. */
  readonly inner: number;
  /** Whether each operand was 1-D (a row on the left, a column on the right). */
  readonly leftIs1D: boolean;
  readonly rightIs1D: boolean;
  /** The result's NumPy shape: (m, p), (m,), (p,) or () for one number. */
  readonly shape: readonly number[];
  /** In reading order: (0, 0), (0, 1), …, (1, 0), … */
  readonly entries: readonly MatmulEntry[];
};

function gridOf(v: NotebookValue, side: 'left' | 'right'): { grid: Grid; is1D: boolean } | null {
  if (v.kind !== 'array') return null;
  const { shape, data } = v.array;
  if (shape.length === 2) return { grid: { rows: shape[0], cols: shape[1], at: (i, j) => data[i * shape[1] + j] }, is1D: false };
  if (shape.length === 1) {
    const n = shape[0];
    const grid: Grid = side === 'left' ? { rows: 1, cols: n, at: (_i, j) => data[j] } : { rows: n, cols: 1, at: (i) => data[i] };
    return { grid, is1D: true };
  }
  return null;
}

/** The entries of left @ right, or null when they are not 1-D or 2-D arrays with a shared inner size. */
export function matmulPlan(left: NotebookValue, right: NotebookValue): MatmulPlan | null {
  const a = gridOf(left, 'left');
  const b = gridOf(right, 'right');
  if (!a || !b || a.grid.cols !== b.grid.rows) return null;
  const [m, n, p] = [a.grid.rows, a.grid.cols, b.grid.cols];
  const entries: MatmulEntry[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < p; j++) {
      const terms: [number, number][] = [];
      let sum = 0;
      for (let k = 0; k < n; k++) {
        const t: [number, number] = [a.grid.at(i, k), b.grid.at(k, j)];
        terms.push(t);
        sum += t[0] * t[1];
      }
      entries.push({ i, j, terms, sum });
    }
  }
  const shape = [...(a.is1D ? [] : [m]), ...(b.is1D ? [] : [p])];
  return { left: a.grid, right: b.grid, inner: n, leftIs1D: a.is1D, rightIs1D: b.is1D, shape, entries };
}
