// The functions a cell may call, in explicit tables: np.*, np.linalg.* and
// the methods of an array. Looking a name up here is the only way text
// reaches code, so nothing outside these tables can run.
import { eye as libEye } from '../ndarray/create';
import { NDArray } from '../ndarray/ndarray';
import { sizeOf } from '../ndarray/shape';
import { transpose as libTranspose } from '../ndarray/transpose';
import { raise } from './failure';
import { det, inv, norm, solve, type LinalgContext } from './linalg-calls';
import { dot, matmul, outer } from './products';
import { mean, sum } from './reductions';
import { intArg, newShape, reshapeTo, shapeItems } from './shapes';
import type { DType, NotebookValue, Operand, Span } from './types';
import { arrayValue, checkExact, checkShape, isIntType, scalar, toArray } from './values';
import { normalizeZeros } from './ieee';

export interface CallContext {
  readonly span: Span;
  readonly warn: (m: string) => void;
  readonly charge: (units: number, span: Span) => void;
}

interface Fn {
  /** How a learner calls it, for messages. */
  readonly usage: string;
  readonly min: number;
  readonly max: number;
  readonly run: (args: readonly Operand[], ctx: CallContext) => NotebookValue;
}

const linalgCtx = (args: readonly Operand[], ctx: CallContext): LinalgContext => ({ ...ctx, argSpans: args.map((a) => a.span) });
const opCtx = (args: readonly Operand[], ctx: CallContext) => ({ ...ctx, leftSpan: args[0].span, rightSpan: args[1].span });

function filled(arg: Operand, fname: string, value: number, ctx: CallContext): NotebookValue {
  const shape = newShape(shapeItems(arg, fname), arg.span);
  ctx.charge(sizeOf(shape), ctx.span);
  return arrayValue(new NDArray(new Float64Array(sizeOf(shape)).fill(value), shape), 'float64', ctx.span);
}

/** NumPy's array(), as np.asarray: a list, tuple, number or array becomes an ndarray. */
function asNdarray(v: NotebookValue, span: Span): NotebookValue {
  const { array, dtype } = toArray(v, span);
  return arrayValue(array, dtype, span);
}

export function transposed(v: NotebookValue, span: Span, charge: CallContext['charge']): NotebookValue {
  const { array, dtype } = toArray(v, span);
  charge(array.size, span);
  return arrayValue(libTranspose(array), dtype, span);
}

/** An axis argument (negative counts from the end), or NumPy's AxisError. */
function axisArg(arg: Operand | undefined, ndim: number): number | null {
  if (!arg) return null;
  const axis = intArg(arg, 'axis');
  if (axis < -ndim || axis >= ndim)
    raise(
      'value',
      'AxisError',
      `axis ${axis} is out of bounds for array of dimension ${ndim}`,
      `axis ${axis} does not exist: this array has ${ndim} ${ndim === 1 ? 'axis' : 'axes'}`,
      arg.span,
      {
        hint: ndim === 2 ? 'axis 0 runs down the columns, axis 1 along the rows' : undefined,
      },
    );
  return axis < 0 ? axis + ndim : axis;
}

function reduce(kind: 'sum' | 'mean', args: readonly Operand[], ctx: CallContext): NotebookValue {
  const { array, dtype } = toArray(args[0].value, args[0].span);
  ctx.charge(array.size, ctx.span);
  const axis = axisArg(args[1], array.ndim);
  const out = kind === 'sum' ? sum(array, axis) : mean(array, axis);
  const outType: DType = kind === 'sum' ? dtype : 'float64';
  if (kind === 'mean' && array.size === 0) {
    ctx.warn('RuntimeWarning: Mean of empty slice.');
    ctx.warn(`RuntimeWarning: invalid value encountered in ${out.ndim === 0 ? 'scalar ' : ''}divide`);
  }
  if (outType === 'int64') checkExact([array.data.reduce((s, x) => s + Math.abs(x), 0)], ctx.span);
  return out.ndim === 0 ? scalar(out.data[0], outType) : arrayValue(out, outType, ctx.span);
}

/** np.arange: NumPy's length ceil((stop − start)/step), and values start + i·((start + step) − start). */
function arange(args: readonly Operand[], ctx: CallContext): NotebookValue {
  const nums = args.map((a) => {
    if (a.value.kind !== 'scalar')
      raise('type', 'TypeError', `unsupported operand type for arange: '${a.value.kind}'`, 'np.arange takes numbers', a.span);
    return a.value;
  });
  const ints = nums.every((n) => isIntType(n.type));
  const [start, stop, step] = nums.length === 1 ? [0, nums[0].value, 1] : [nums[0].value, nums[1].value, nums[2]?.value ?? 1];
  if (step === 0) raise('value', 'ZeroDivisionError', 'division by zero', 'np.arange needs a step other than 0', args[2]?.span ?? ctx.span);
  const length = Math.max(0, Math.ceil((stop - start) / step));
  checkShape([length], ctx.span);
  ctx.charge(length, ctx.span);
  const delta = start + step - start;
  const data = Float64Array.from({ length }, (_, i) => (i === 0 ? start : i === 1 ? start + step : start + i * delta));
  return arrayValue(new NDArray(data, [length]), ints ? 'int64' : 'float64', ctx.span);
}

function eye(args: readonly Operand[], ctx: CallContext): NotebookValue {
  const n = intArg(args[0], 'N');
  const m = args[1] ? intArg(args[1], 'M') : n;
  const k = args[2] ? intArg(args[2], 'k') : 0;
  newShape([n, m], ctx.span);
  ctx.charge(n * m, ctx.span);
  return arrayValue(libEye(n, m, k), 'float64', ctx.span);
}

/** An elementwise function of one array (np.abs keeps whole numbers whole; np.sqrt gives floats). */
function unaryUfunc(name: 'abs' | 'sqrt', arg: Operand, ctx: CallContext): NotebookValue {
  const { array, dtype } = toArray(arg.value, arg.span);
  ctx.charge(array.size, ctx.span);
  const data = array.data.map(name === 'abs' ? Math.abs : Math.sqrt);
  if (name === 'sqrt' && data.some((y, i) => Number.isNaN(y) && !Number.isNaN(array.data[i])))
    ctx.warn('RuntimeWarning: invalid value encountered in sqrt');
  const outType: DType = name === 'abs' ? dtype : 'float64';
  if (outType === 'int64') normalizeZeros(data);
  return array.ndim === 0 ? scalar(data[0], outType) : arrayValue(new NDArray(data, array.shape), outType, ctx.span);
}

export const NP_FUNCTIONS: ReadonlyMap<string, Fn> = new Map<string, Fn>([
  ['np.array', { usage: 'np.array([[1, 2], [3, 4]])', min: 1, max: 1, run: (a, c) => asNdarray(a[0].value, c.span) }],
  ['np.zeros', { usage: 'np.zeros((2, 3))', min: 1, max: 1, run: (a, c) => filled(a[0], 'np.zeros', 0, c) }],
  ['np.ones', { usage: 'np.ones((2, 3))', min: 1, max: 1, run: (a, c) => filled(a[0], 'np.ones', 1, c) }],
  ['np.eye', { usage: 'np.eye(3)', min: 1, max: 3, run: eye }],
  ['np.arange', { usage: 'np.arange(6)', min: 1, max: 3, run: arange }],
  ['np.dot', { usage: 'np.dot(A, B)', min: 2, max: 2, run: (a, c) => dot(a[0].value, a[1].value, opCtx(a, c)) }],
  ['np.matmul', { usage: 'np.matmul(A, B)', min: 2, max: 2, run: (a, c) => matmul(a[0].value, a[1].value, { ...opCtx(a, c), operator: false }) }],
  ['np.outer', { usage: 'np.outer(u, v)', min: 2, max: 2, run: (a, c) => outer(a[0].value, a[1].value, c.span, c.charge) }],
  ['np.transpose', { usage: 'np.transpose(A)', min: 1, max: 1, run: (a, c) => transposed(a[0].value, c.span, c.charge) }],
  ['np.sum', { usage: 'np.sum(A) or np.sum(A, 0)', min: 1, max: 2, run: (a, c) => reduce('sum', a, c) }],
  ['np.mean', { usage: 'np.mean(A) or np.mean(A, 0)', min: 1, max: 2, run: (a, c) => reduce('mean', a, c) }],
  ['np.abs', { usage: 'np.abs(x)', min: 1, max: 1, run: (a, c) => unaryUfunc('abs', a[0], c) }],
  ['np.sqrt', { usage: 'np.sqrt(x)', min: 1, max: 1, run: (a, c) => unaryUfunc('sqrt', a[0], c) }],
  ['np.linalg.inv', { usage: 'np.linalg.inv(A)', min: 1, max: 1, run: (a, c) => inv(a[0].value, linalgCtx(a, c)) }],
  ['np.linalg.det', { usage: 'np.linalg.det(A)', min: 1, max: 1, run: (a, c) => det(a[0].value, linalgCtx(a, c)) }],
  ['np.linalg.solve', { usage: 'np.linalg.solve(A, b)', min: 2, max: 2, run: (a, c) => solve(a[0].value, a[1].value, linalgCtx(a, c)) }],
  [
    'np.linalg.norm',
    { usage: 'np.linalg.norm(x) or np.linalg.norm(x, 1)', min: 1, max: 2, run: (a, c) => norm(a[0].value, a[1]?.value, linalgCtx(a, c)) },
  ],
]);

/** Methods of an ndarray; args[0] is the array itself. */
export const METHODS: ReadonlyMap<string, Fn> = new Map<string, Fn>([
  ['reshape', { usage: 'A.reshape(2, 3) or A.reshape((2, 3))', min: 2, max: 9, run: reshape }],
  ['dot', { usage: 'A.dot(B)', min: 2, max: 2, run: (a, c) => dot(a[0].value, a[1].value, opCtx(a, c)) }],
  ['transpose', { usage: 'A.transpose()', min: 1, max: 1, run: (a, c) => transposed(a[0].value, c.span, c.charge) }],
  ['sum', { usage: 'A.sum() or A.sum(0)', min: 1, max: 2, run: (a, c) => reduce('sum', a, c) }],
  ['mean', { usage: 'A.mean() or A.mean(0)', min: 1, max: 2, run: (a, c) => reduce('mean', a, c) }],
  [
    'flatten',
    {
      usage: 'A.flatten()',
      min: 1,
      max: 1,
      run: (a, c) => {
        const { array, dtype } = toArray(a[0].value, a[0].span);
        c.charge(array.size, c.span);
        return arrayValue(new NDArray(array.data, [array.size]), dtype, c.span);
      },
    },
  ],
]);

function reshape(args: readonly Operand[], ctx: CallContext): NotebookValue {
  const { array, dtype } = toArray(args[0].value, args[0].span);
  const rest = args.slice(1);
  const dims = rest.length === 1 ? shapeItems(rest[0], 'reshape') : rest.map((a) => intArg(a, 'each size'));
  const shape = reshapeTo(array.size, dims, rest.length === 1 ? rest[0].span : ctx.span);
  ctx.charge(array.size, ctx.span);
  return arrayValue(new NDArray(array.data, shape), dtype, ctx.span);
}

/** Attributes of an ndarray that are values, not methods. */
export function arrayAttribute(name: string, v: NotebookValue, span: Span, charge: CallContext['charge']): NotebookValue | null {
  const { array } = toArray(v, span);
  switch (name) {
    case 'T':
      return v.kind === 'scalar' ? v : transposed(v, span, charge);
    case 'shape':
      return { kind: 'tuple', items: array.shape };
    case 'ndim':
      return scalar(array.ndim, 'int');
    case 'size':
      return scalar(array.size, 'int');
  }
  return null;
}

export const ATTRIBUTE_NAMES = ['T', 'shape', 'ndim', 'size'];
