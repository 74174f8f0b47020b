// A[0], A[0, 1], A[:, 1], A[::-1], A.shape[0], [1, 2][1]: NumPy's basic
// indexing and Python's sequence indexing, with their own error texts.
import { NDArray } from '../ndarray/ndarray';
import { fail, raise } from './failure';
import type { IndexSelection, NotebookValue, Span } from './types';
import { arrayValue, makeList, scalar, tuple, typeName } from './values';

/** One evaluated entry between the brackets. */
export type Index =
  | { readonly kind: 'int'; readonly value: number; readonly span: Span }
  | { readonly kind: 'slice'; readonly start: number | null; readonly stop: number | null; readonly step: number | null; readonly span: Span }
  /** Anything else (a float, an array): refused with NumPy's or Python's words. */
  | { readonly kind: 'other'; readonly value: NotebookValue; readonly span: Span };

export interface Indexed {
  readonly value: NotebookValue;
  /** Per axis of an indexed array, for the picture; empty for lists and tuples. */
  readonly selections: readonly IndexSelection[];
}

type Slice = Extract<Index, { kind: 'slice' }>;

/** Python's slice.indices(n): the start, stop and step a slice means on a sequence of length n, and how many it takes. */
export function sliceIndices(s: Slice, n: number): { start: number; stop: number; step: number; length: number } {
  const step = s.step ?? 1;
  if (step === 0) raise('value', 'ValueError', 'slice step cannot be zero', 'a slice step cannot be zero', s.span);
  const [lower, upper] = step > 0 ? [0, n] : [-1, n - 1];
  const clamp = (v: number | null, dflt: number): number => {
    if (v === null) return dflt;
    const w = v < 0 ? v + n : v;
    return w < lower ? lower : w > upper ? upper : w;
  };
  const start = clamp(s.start, step > 0 ? lower : upper);
  const stop = clamp(s.stop, step > 0 ? upper : lower);
  const length = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
  return { start, stop, step, length };
}

export function index(obj: NotebookValue, indices: readonly Index[], span: Span): Indexed {
  const first = indices[0];
  if (obj.kind === 'scalar') {
    if (obj.type === 'int' || obj.type === 'float')
      raise('type', 'TypeError', `'${obj.type}' object is not subscriptable`, `a single number has no entries to index`, span);
    raise('index', 'IndexError', 'invalid index to scalar variable.', 'a single number has no entries to index', first.span);
  }
  if (obj.kind === 'none') raise('type', 'TypeError', "'NoneType' object is not subscriptable", 'None has no entries to index', span);
  if (obj.kind === 'tuple' || obj.list) return { value: sequenceIndex(obj, indices, span), selections: [] };
  return arrayIndex(obj, indices);
}

function sequenceIndex(obj: NotebookValue, indices: readonly Index[], span: Span): NotebookValue {
  const kind = typeName(obj);
  const items: readonly (NotebookValue | number)[] = obj.kind === 'tuple' ? obj.items : obj.kind === 'array' ? (obj.list ?? []) : [];
  const only = indices[0];
  if (indices.length > 1 || only.kind === 'other') {
    const got = indices.length > 1 ? 'tuple' : typeName((only as Extract<Index, { kind: 'other' }>).value);
    raise(
      'type',
      'TypeError',
      `${kind} indices must be integers or slices, not ${got}`,
      `a ${kind} takes one whole number or one slice between the brackets`,
      span,
      {
        hint: kind === 'list' ? 'wrap the list in np.array(...) to index it by row and column' : undefined,
      },
    );
  }
  if (only.kind === 'slice') {
    const { start, step, length } = sliceIndices(only, items.length);
    const picked = Array.from({ length }, (_, k) => items[start + k * step]);
    return obj.kind === 'tuple' ? tuple(picked as number[]) : makeList(picked as NotebookValue[], span);
  }
  const i = only.value < 0 ? only.value + items.length : only.value;
  if (i < 0 || i >= items.length)
    raise('index', 'IndexError', `${kind} index out of range`, `index ${only.value} is outside this ${kind} of length ${items.length}`, only.span);
  const item = items[i];
  return typeof item === 'number' ? scalar(item, 'int') : item;
}

function arrayIndex(obj: Extract<NotebookValue, { kind: 'array' }>, indices: readonly Index[]): Indexed {
  const a = obj.array;
  for (const ix of indices) {
    if (ix.kind !== 'other') continue;
    if (ix.value.kind === 'scalar' || ix.value.kind === 'none')
      raise(
        'index',
        'IndexError',
        'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices',
        'an index must be a whole number or a slice',
        ix.span,
        { hint: 'write A[1], not A[1.0]' },
      );
    fail('index', 'indexing with an array or a list (fancy indexing) is not supported here', ix.span, {
      hint: 'pick entries with whole numbers and slices, as in A[0, 1] or A[:, 1]',
    });
  }
  if (indices.length > a.ndim)
    raise(
      'index',
      'IndexError',
      `too many indices for array: array is ${a.ndim}-dimensional, but ${indices.length} were indexed`,
      `this array has ${a.ndim} ${a.ndim === 1 ? 'axis' : 'axes'}, so it takes at most ${a.ndim} ${a.ndim === 1 ? 'index' : 'indices'}`,
      indices[a.ndim].span,
    );
  const selections: IndexSelection[] = [];
  const picks: number[][] = [];
  const shape: number[] = [];
  a.shape.forEach((n, axis) => {
    const ix: Index = indices[axis] ?? { kind: 'slice', start: null, stop: null, step: null, span: { start: 0, end: 0 } };
    if (ix.kind === 'int') {
      const i = ix.value < 0 ? ix.value + n : ix.value;
      if (i < 0 || i >= n)
        raise(
          'index',
          'IndexError',
          `index ${ix.value} is out of bounds for axis ${axis} with size ${n}`,
          `index ${ix.value} is outside axis ${axis}, which has size ${n}`,
          ix.span,
          {
            hint: n === 0 ? 'this axis is empty' : `indices on this axis run from 0 to ${n - 1} (or −${n} to −1 from the end)`,
          },
        );
      selections.push(i);
      picks.push([i]);
    } else if (ix.kind === 'slice') {
      const { start, stop, step, length } = sliceIndices(ix, n);
      selections.push({ start, stop, step });
      picks.push(Array.from({ length }, (_, k) => start + k * step));
      shape.push(length);
    }
  });
  const strides = a.ndim === 2 ? [a.shape[1], 1] : [1];
  const out: number[] = [];
  const walk = (axis: number, offset: number): void => {
    if (axis === a.ndim) {
      out.push(a.data[offset]);
      return;
    }
    for (const i of picks[axis]) walk(axis + 1, offset + i * strides[axis]);
  };
  walk(0, 0);
  if (shape.length === 0 && a.ndim > 0) return { value: scalar(out[0], obj.dtype), selections };
  return { value: arrayValue(new NDArray(Float64Array.from(out), shape), obj.dtype, { start: 0, end: 0 }), selections };
}
