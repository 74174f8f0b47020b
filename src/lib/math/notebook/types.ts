// The notebook's public data: what a cell evaluates to, how its result was
// made (for the pictures) and what went wrong (for the underline). Plain
// readonly data, so the scene can keep it in $state.raw and compare it.
import type { NDArray } from '../ndarray/ndarray';

/** 0-based UTF-16 offsets into the cell's text, end exclusive. */
export type Span = { readonly start: number; readonly end: number };

/** NumPy's element types: every array here holds int64 or float64 values. */
export type DType = 'int64' | 'float64';

/**
 * Python's type of a single number, as `type(x).__name__` prints it: a Python
 * `int` or `float` (a literal, `A.ndim`) or a NumPy scalar (`A[0, 1]`, `det`).
 * They print alike but differ where it shows: 1/0 raises for Python numbers,
 * while NumPy's give inf with a warning.
 */
export type ScalarType = 'int' | 'float' | 'int64' | 'float64';

export type NotebookValue =
  /**
   * 0-D (np.array(5)), 1-D or 2-D. `list` is set when the value is a Python
   * list ([1, 2, 3], [v, w]): `array` is then np.array of it and `list` its
   * items, which is what Python prints.
   */
  | { readonly kind: 'array'; readonly array: NDArray; readonly dtype: DType; readonly list?: readonly NotebookValue[] }
  | { readonly kind: 'scalar'; readonly value: number; readonly type: ScalarType }
  /** Whole numbers only, as shapes are: A.shape, (2, 3). */
  | { readonly kind: 'tuple'; readonly items: readonly number[] }
  | { readonly kind: 'none' };

/** name: the variable when the operand is a bare name. */
export type Operand = { readonly value: NotebookValue; readonly span: Span; readonly name: string | null };

/** One axis of an indexing expression: the index chosen (counted from 0) or the slice, normalised. */
export type IndexSelection = number | { readonly start: number; readonly stop: number; readonly step: number };

export type Provenance =
  | {
      readonly op: 'elementwise';
      readonly operator: '+' | '-' | '*' | '/' | '**';
      readonly left: Operand;
      readonly right: Operand;
      readonly shape: readonly number[];
    }
  | { readonly op: 'matmul'; readonly via: '@' | 'np.dot' | 'np.matmul' | '.dot'; readonly left: Operand; readonly right: Operand }
  | { readonly op: 'transpose'; readonly input: Operand }
  | { readonly op: 'inv'; readonly input: Operand }
  /**
   * Other functions, methods, attributes and indexing. name: 'np.eye',
   * 'np.linalg.det', 'reshape', 'shape', 'index', 'unary -', 'list +', …
   * For 'index', `indices` holds the selection on each axis.
   */
  | { readonly op: 'call'; readonly name: string; readonly args: readonly Operand[]; readonly indices?: readonly IndexSelection[] }
  | { readonly op: 'literal' }
  | { readonly op: 'name'; readonly name: string };

export type ErrorKind = 'syntax' | 'name' | 'shape' | 'value' | 'type' | 'index' | 'limit' | 'linalg';

export type NotebookError = {
  readonly kind: ErrorKind;
  readonly message: string;
  readonly span: Span;
  readonly hint?: string;
  /** Python's own text for the exception, when Python/NumPy would raise one: str(e). */
  readonly numpy?: string;
  /** The Python exception class with `numpy`: 'ValueError', 'LinAlgError', 'NameError', … */
  readonly exception?: string;
  /** Which rule two shapes broke: broadcasting, a product's inner sizes (@, np.dot), or np.linalg.solve's. */
  readonly clash?: 'broadcast' | 'product' | 'solve';
  /** For a broadcast or matmul mismatch: the two shapes. */
  readonly shapes?: readonly [readonly number[], readonly number[]];
  /**
   * Broadcast: the clashing axis counted from the right (−1 is the last).
   * Matmul: the left operand's inner axis (its last).
   */
  readonly axis?: number;
  /** The clashing dimension's index in each of `shapes`, counted from the left. */
  readonly axes?: readonly [number, number];
  /** For a broadcast or product clash: the two sides as the arrays NumPy saw, and where each is in the cell (to draw them). */
  readonly operands?: readonly [ClashOperand, ClashOperand];
};

export type ClashOperand = { readonly value: NotebookValue; readonly span: Span };

export type CellResult =
  | {
      readonly ok: true;
      readonly assigned: string | null;
      readonly value: NotebookValue;
      readonly provenance: Provenance;
      /** NumPy's RuntimeWarnings ("divide by zero encountered in divide") and our own notes on trust (a nearly singular inverse). */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly error: NotebookError };

export const LIMITS = { cellLength: 500, cells: 50, size: 64 } as const satisfies {
  readonly cellLength: 500;
  readonly cells: 50;
  readonly size: 64;
};

/** Nesting of brackets and operators in one cell. */
export const MAX_DEPTH = 32;

/**
 * The work one run of a notebook may do, in multiply-adds (a 64×64 @ 64×64 is
 * 262,144; inv is counted as 2n³): about 40 ms of JavaScript, so no notebook
 * can stall the page the UI re-runs it on every keystroke.
 */
export const WORK_BUDGET = 10_000_000;
