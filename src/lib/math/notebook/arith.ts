// + - * / ** with Python's and NumPy's rules side by side. Two Python numbers
// follow Python (1/0 raises, ints stay exact); anything with an array or a
// NumPy scalar follows NumPy (broadcasting, int64 vs float64, inf with a
// RuntimeWarning). Lists and tuples go to ./sequences first.
import { broadcastSteps } from '../ndarray/broadcast';
import { add, divide, multiply, subtract } from '../ndarray/elementwise';
import { NDArray } from '../ndarray/ndarray';
import { formatShape } from '../ndarray/shape';
import { fail, raise } from './failure';
import type { DType, NotebookValue, ScalarType, Span } from './types';
import { map2, normalizeZeros, warnIEEE } from './ieee';
import { pow } from './libm';
import { sequenceOp, unsupported } from './sequences';
import {
  arrayValue,
  checkExact,
  clashOperands,
  isIntType,
  isPython,
  isSequence,
  MAX_EXACT,
  scalar,
  toArray,
  typeName,
  type Arrayish,
  type SidesContext,
} from './values';

export type ElementwiseOp = '+' | '-' | '*' | '/' | '**';

const UFUNC: Readonly<Record<ElementwiseOp, string>> = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '**': 'power' };

export interface OpContext {
  /** The whole expression, for shape errors. */
  readonly span: Span;
  readonly leftSpan: Span;
  readonly rightSpan: Span;
  readonly warn: (message: string) => void;
  /** Counts work against the notebook's budget (see WORK_BUDGET), before it is done. */
  readonly charge: (units: number, span: Span) => void;
}

/** The result of `l op r`, and whether it was a list/tuple operation rather than arithmetic. */
export function binary(op: ElementwiseOp, l: NotebookValue, r: NotebookValue, ctx: OpContext): { value: NotebookValue; sequence: boolean } {
  if (l.kind === 'none' || r.kind === 'none') unsupported(op, l, r, ctx.span);
  if (isSequence(l) || isSequence(r)) {
    const joined = sequenceOp(op, l, r, ctx);
    if (joined) return { value: joined, sequence: true };
  }
  if (isPython(l) && isPython(r)) return { value: pythonOp(op, l as PyScalar, r as PyScalar, ctx.span), sequence: false };
  return { value: numpyOp(op, l, r, ctx), sequence: false };
}

type PyScalar = Extract<NotebookValue, { kind: 'scalar' }>;

/** Arithmetic of two Python numbers, with Python's exceptions. */
function pythonOp(op: ElementwiseOp, l: PyScalar, r: PyScalar, span: Span): NotebookValue {
  const ints = l.type === 'int' && r.type === 'int';
  const type: ScalarType = ints ? 'int' : 'float';
  const [x, y] = [l.value, r.value];
  switch (op) {
    case '+':
      return exactScalar(x + y, type, span);
    case '-':
      return exactScalar(x - y, type, span);
    case '*':
      return exactScalar(x * y, type, span);
    case '/':
      if (y === 0)
        raise('value', 'ZeroDivisionError', ints ? 'division by zero' : 'float division by zero', 'division by zero', span, {
          hint: 'NumPy arrays give inf instead (with a warning); Python numbers raise',
        });
      return scalar(x / y, 'float');
    case '**':
      if (x === 0 && y < 0)
        raise('value', 'ZeroDivisionError', '0.0 cannot be raised to a negative power', '0 cannot be raised to a negative power', span);
      if (ints && y >= 0) return exactScalar(intPow(x, y), 'int', span);
      if (x < 0 && Number.isFinite(y) && !Number.isInteger(y))
        fail('value', 'Python gives a complex number here (a negative number to a fractional power); this notebook works with real numbers', span);
      {
        const z = pow(x, y);
        if (!Number.isFinite(z) && Number.isFinite(x) && Number.isFinite(y))
          raise('value', 'OverflowError', "(34, 'Numerical result out of range')", 'the result is too large for a float', span);
        return scalar(z, 'float');
      }
  }
}

function exactScalar(v: number, type: ScalarType, span: Span): NotebookValue {
  if (isIntType(type)) checkExact([v], span);
  return scalar(v, type);
}

/** NumPy's elementwise arithmetic: broadcasting, dtype, IEEE results with RuntimeWarnings. */
function numpyOp(op: ElementwiseOp, l: NotebookValue, r: NotebookValue, ctx: OpContext): NotebookValue {
  const a = toArray(l, ctx.leftSpan);
  const b = toArray(r, ctx.rightSpan);
  checkBroadcast(a, b, ctx);
  // Weighted by 8: an elementwise pass costs about as much per entry as eight multiply-adds of a product.
  ctx.charge(8 * Math.max(a.array.size, b.array.size, 1), ctx.span);
  const ints = a.dtype === 'int64' && b.dtype === 'int64';
  const dtype: DType = ints && op !== '/' ? 'int64' : 'float64';
  if (ints && op === '**' && b.array.data.some((y) => y < 0))
    raise(
      'value',
      'ValueError',
      'Integers to negative integer powers are not allowed.',
      'NumPy refuses negative powers of whole-number arrays',
      ctx.rightSpan,
      {
        hint: 'write the base as a float, e.g. 2.0 ** -1, or divide: 1 / x',
      },
    );
  let out: NDArray;
  let ufunc = UFUNC[op];
  if (op === '**') {
    const fast = ints ? null : fastPower(l, b.array);
    if (fast) ufunc = fast;
    out = power(a.array, b.array, ints, fast);
  } else out = (op === '+' ? add : op === '-' ? subtract : op === '*' ? multiply : divide)(a.array, b.array);
  const isScalar = out.ndim === 0;
  if (dtype === 'float64') warnIEEE(op, a.array, b.array, out, (isScalar ? 'scalar ' : '') + ufunc, ctx.warn);
  if (dtype === 'int64') checkExact(out.data, ctx.span);
  if (isScalar) return scalar(out.data[0], dtype);
  if (dtype === 'int64') normalizeZeros(out.data);
  return arrayValue(out, dtype, ctx.span);
}

/** NumPy's broadcast error, with the clashing axis for the picture. */
export function checkBroadcast(a: Arrayish, b: Arrayish, ctx: SidesContext): void {
  const [sa, sb] = [a.array.shape, b.array.shape];
  const last = broadcastSteps(sa, sb).at(-1);
  if (!last || last.result !== null) return;
  raise(
    'shape',
    'ValueError',
    `operands could not be broadcast together with shapes ${formatShape(sa)} ${formatShape(sb)} `,
    `shapes ${formatShape(sa)} and ${formatShape(sb)} do not broadcast: lined up from the right, one has ${last.a} and the other ${last.b}, and neither is 1`,
    ctx.span,
    {
      hint: 'sizes must be equal or 1 on each axis, counting from the right',
      clash: 'broadcast',
      shapes: [[...sa], [...sb]],
      axis: last.axis,
      axes: [sa.length + last.axis, sb.length + last.axis],
      operands: clashOperands(a, b, ctx),
    },
  );
}

/**
 * NumPy's shortcuts for array ** number (fast_scalar_power): ** 2 is square,
 * ** 0.5 sqrt, ** -1 reciprocal. Their values agree with pow; their warnings
 * are named after them.
 */
function fastPower(base: NotebookValue, exponent: NDArray): string | null {
  if (base.kind !== 'array' || base.list || exponent.ndim !== 0) return null;
  const e = exponent.data[0];
  return e === 2 ? 'square' : e === 0.5 ? 'sqrt' : e === -1 ? 'reciprocal' : e === 1 ? 'positive' : e === 0 ? '_ones_like' : null;
}

function power(a: NDArray, b: NDArray, ints: boolean, fast: string | null): NDArray {
  const f = ints
    ? (x: number, y: number) => intPow(x, y)
    : fast === 'square'
      ? (x: number) => x * x
      : fast === 'sqrt'
        ? (x: number) => Math.sqrt(x)
        : fast === 'reciprocal'
          ? (x: number) => 1 / x
          : fast === '_ones_like'
            ? () => 1
            : pow;
  return map2(a, b, f);
}

/**
 * x**n for whole numbers by repeated squaring: exact while every step stays
 * below 2**53, and Infinity (which checkExact reports) once one would not.
 * For |x| ≥ 2 a step past that means the result is past it too.
 */
export function intPow(x: number, n: number): number {
  let result = 1;
  let base = x;
  for (let e = n; e > 0;) {
    if (e % 2 === 1) {
      result *= base;
      if (Math.abs(result) > MAX_EXACT) return Infinity;
    }
    e = Math.floor(e / 2);
    if (e > 0) {
      base *= base;
      if (Math.abs(base) > MAX_EXACT) return Infinity;
    }
  }
  return result + 0;
}

/** -x and +x. */
export function unary(op: '-' | '+', v: NotebookValue, span: Span): NotebookValue {
  if (v.kind === 'scalar') return scalar(op === '-' ? -v.value : v.value, v.type);
  if (v.kind === 'array' && !v.list) {
    if (op === '+') return v.array.ndim === 0 ? scalar(v.array.data[0], v.dtype) : v;
    const data = v.array.data.map((x) => -x);
    if (v.dtype === 'int64') normalizeZeros(data);
    return v.array.ndim === 0 ? scalar(data[0], v.dtype) : { kind: 'array', array: new NDArray(data, v.array.shape), dtype: v.dtype };
  }
  return raise('type', 'TypeError', `bad operand type for unary ${op}: '${typeName(v)}'`, `unary ${op} does not apply to a ${typeName(v)}`, span, {
    hint: v.kind === 'array' ? 'wrap the list in np.array(...) first' : undefined,
  });
}
