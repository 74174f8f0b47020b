// Values as the interpreter holds them: the public NotebookValue, plus NumPy
// itself (np, np.linalg) and functions not yet called, which never leave a
// cell. Also the checks every new value passes: the size limit and, for whole
// numbers, exactness (float64 holds integers exactly only up to 2**53).
import { NDArray } from '../ndarray/ndarray';
import { formatShape, formatShapeSpaced, sizeOf } from '../ndarray/shape';
import { fail, raise } from './failure';
import { LIMITS, type ClashOperand, type DType, type NotebookValue, type ScalarType, type Span } from './types';

export type Module = { readonly kind: 'module'; readonly path: 'np' | 'np.linalg' };
/** A function or a bound method: np.zeros, A.reshape (with A as `self`). */
export type Callable = {
  readonly kind: 'function';
  readonly name: string;
  readonly self?: { readonly value: NotebookValue; readonly span: Span; readonly name: string | null };
};
export type Val = NotebookValue | Module | Callable;

export type ArrayValue = Extract<NotebookValue, { kind: 'array' }>;
export type ScalarValue = Extract<NotebookValue, { kind: 'scalar' }>;
export type TupleValue = Extract<NotebookValue, { kind: 'tuple' }>;

export const NONE: NotebookValue = { kind: 'none' };
/** The largest whole number float64 is sure to hold exactly: 2**53 − 1 (2**53 may be 2**53 + 1 rounded). */
export const MAX_EXACT = Number.MAX_SAFE_INTEGER;

export const scalar = (value: number, type: ScalarType): ScalarValue => ({ kind: 'scalar', value: isIntType(type) ? value + 0 : value, type });
export const tuple = (items: readonly number[]): TupleValue => ({ kind: 'tuple', items });

export const isIntType = (t: ScalarType | DType): boolean => t === 'int' || t === 'int64';
export const isPython = (v: NotebookValue): boolean => v.kind === 'scalar' && (v.type === 'int' || v.type === 'float');
/** An operand NumPy handles: an ndarray (not a list) or a NumPy scalar. */
export const isNumpy = (v: NotebookValue): boolean => (v.kind === 'array' && !v.list) || (v.kind === 'scalar' && !isPython(v));
export const isSequence = (v: NotebookValue): boolean => v.kind === 'tuple' || (v.kind === 'array' && !!v.list);

/** Python's name for the value's type, as its error messages print it. */
export function typeName(v: Val): string {
  switch (v.kind) {
    case 'scalar':
      return isPython(v) ? v.type : `numpy.${v.type}`;
    case 'array':
      return v.list ? 'list' : 'numpy.ndarray';
    case 'tuple':
      return 'tuple';
    case 'none':
      return 'NoneType';
    case 'module':
      return 'module';
    case 'function':
      return v.self ? 'builtin_function_or_method' : 'function';
  }
}

/** The size limit, checked before any buffer is allocated. */
export function checkShape(shape: readonly number[], span: Span): void {
  if (shape.length > 2)
    fail('limit', `arrays here have at most 2 axes (rows and columns); this one would have shape ${formatShapeSpaced(shape)}`, span, {
      hint: 'keep to vectors and matrices',
    });
  if (shape.some((d) => d > LIMITS.size))
    fail(
      'limit',
      shape.length === 1
        ? `vectors here hold at most ${LIMITS.size} numbers; this one would have shape ${formatShapeSpaced(shape)}`
        : `arrays here are at most ${LIMITS.size}×${LIMITS.size}; this one would have shape ${formatShapeSpaced(shape)}`,
      span,
    );
}

export function arrayValue(array: NDArray, dtype: DType, span: Span): ArrayValue {
  checkShape(array.shape, span);
  if (dtype === 'int64') checkExact(array.data, span);
  return { kind: 'array', array, dtype };
}

/** Whole numbers from 2**53 on may be rounded; NumPy's int64 keeps them up to 2**63 and then wraps silently. */
export function checkExact(data: ArrayLike<number>, span: Span): void {
  for (let i = 0; i < data.length; i++)
    if (!(Math.abs(data[i]) <= MAX_EXACT))
      fail('limit', 'whole numbers here are exact only below 2**53 = 9007199254740992, and this result is not', span, {
        hint: 'write one of the numbers as a float (2.0 instead of 2) to compute in floating point',
      });
}

/** The array NumPy would make of a value, as np.asarray does. */
/** A value as an array, as toArray gives it. */
export type Arrayish = { readonly array: NDArray; readonly dtype: DType };
/** Where a binary operation and its two sides are in the cell. */
export type SidesContext = { readonly span: Span; readonly leftSpan: Span; readonly rightSpan: Span };

/** The two sides of a shape clash, for the error's picture. */
export const clashOperands = (a: Arrayish, b: Arrayish, ctx: SidesContext): [ClashOperand, ClashOperand] => [
  { value: { kind: 'array', array: a.array, dtype: a.dtype }, span: ctx.leftSpan },
  { value: { kind: 'array', array: b.array, dtype: b.dtype }, span: ctx.rightSpan },
];

export function toArray(v: NotebookValue, span: Span): Arrayish {
  switch (v.kind) {
    case 'array':
      return { array: v.array, dtype: v.dtype };
    case 'scalar':
      return { array: new NDArray(Float64Array.of(v.value), []), dtype: isIntType(v.type) ? 'int64' : 'float64' };
    case 'tuple':
      return { array: new NDArray(Float64Array.from(v.items), [v.items.length]), dtype: 'int64' };
    case 'none':
      return fail('type', 'None is not a number or an array', span);
  }
}

/** The shape np.asarray would give, without building it. */
export function shapeOf(v: NotebookValue): readonly number[] {
  return v.kind === 'array' ? v.array.shape : v.kind === 'tuple' ? [v.items.length] : [];
}

/**
 * A Python list of items, with np.array of it. Lists here must be
 * rectangular, as NumPy needs to make an array of them; a ragged one is
 * refused with the error np.array would raise.
 */
export function makeList(items: readonly NotebookValue[], span: Span): ArrayValue {
  const shapes = items.map(shapeOf);
  const first = shapes[0] ?? [];
  const same = shapes.every((s) => s.length === first.length && s.every((d, i) => d === first[i]));
  if (!same) {
    let common = 0;
    while (shapes.every((s) => s.length > common && s[common] === first[common])) common++;
    const bad = shapes.findIndex((s) => s.length !== first.length || s.some((d, i) => d !== first[i]));
    const detected = [items.length, ...first.slice(0, common)];
    raise(
      'shape',
      'ValueError',
      `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${detected.length} dimensions. The detected shape was ${formatShapeSpaced(detected)} + inhomogeneous part.`,
      `this list is ragged: item ${bad} has shape ${formatShape(shapes[bad])} but item 0 has ${formatShape(first)}`,
      span,
      { hint: 'NumPy arrays are rectangular: every row needs the same number of entries' },
    );
  }
  const shape = [items.length, ...first];
  checkShape(shape, span);
  const data = new Float64Array(sizeOf(shape));
  let dtype: DType = items.length === 0 ? 'float64' : 'int64';
  let k = 0;
  for (const item of items) {
    const a = toArray(item, span);
    if (a.dtype === 'float64') dtype = 'float64';
    data.set(a.array.data, k);
    k += a.array.size;
  }
  return { kind: 'array', array: new NDArray(data, shape), dtype, list: items };
}

/** A short description for messages: "a 2×3 matrix", "a vector of length 3", "a number". */
export function describe(v: Val): string {
  if (v.kind === 'array') {
    const s = v.array.shape;
    const what = v.list ? 'list' : s.length === 0 ? '0-D array' : s.length === 1 ? 'vector' : 'matrix';
    return s.length === 0 ? `a ${what}` : s.length === 1 ? `a ${what} of length ${s[0]}` : `a ${s[0]}×${s[1]} ${what}`;
  }
  if (v.kind === 'scalar') return 'a number';
  if (v.kind === 'tuple') return 'a tuple';
  if (v.kind === 'none') return 'None';
  if (v.kind === 'module') return `the module ${v.path}`;
  return `the function ${v.name}`;
}

/** The whole number a value stands for (a Python int or NumPy int64), or null. */
export function intOf(v: Val): number | null {
  return v.kind === 'scalar' && isIntType(v.type) ? v.value : null;
}
