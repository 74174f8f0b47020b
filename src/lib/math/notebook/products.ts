// @, np.matmul, np.dot, A.dot and np.outer. The arithmetic is the library's
// (sums in order of k, as the reference BLAS NumPy calls); the checks come
// first here so each mismatch carries NumPy's exact words and the two shapes.
import { dot as libDot, outer as libOuter } from '../ndarray/dot';
import { matmul as libMatmul } from '../ndarray/matmul';
import { formatShape } from '../ndarray/shape';
import type { NDArray } from '../ndarray/ndarray';
import { raise } from './failure';
import type { DType, NotebookValue, Span } from './types';
import { arrayValue, checkExact, checkShape, clashOperands, isPython, isSequence, MAX_EXACT, scalar, toArray, typeName } from './values';
import { binary, type OpContext } from './arith';

const SIGNATURE = '(n?,k),(k,m?)->(n?,m?)';

export interface ProductContext extends OpContext {
  /** '@' refuses two Python lists, as Python does; np.matmul converts them. */
  readonly operator: boolean;
}

export function matmul(l: NotebookValue, r: NotebookValue, ctx: ProductContext): NotebookValue {
  if (ctx.operator && !isNumpyLike(l) && !isNumpyLike(r))
    raise(
      'type',
      'TypeError',
      `unsupported operand type(s) for @: '${typeName(l)}' and '${typeName(r)}'`,
      `@ needs a NumPy array on at least one side`,
      ctx.span,
      {
        hint: 'wrap the lists in np.array(...)',
      },
    );
  const a = toArray(l, ctx.leftSpan);
  const b = toArray(r, ctx.rightSpan);
  [a, b].forEach((x, operand) => {
    if (x.array.ndim === 0)
      raise(
        'shape',
        'ValueError',
        `matmul: Input operand ${operand} does not have enough dimensions (has 0, gufunc core with signature ${SIGNATURE} requires 1)`,
        `@ multiplies vectors and matrices, and the ${operand === 0 ? 'left' : 'right'} side is a single number`,
        operand === 0 ? ctx.leftSpan : ctx.rightSpan,
        { hint: 'to scale by a number, use *' },
      );
  });
  const [sa, sb] = [a.array.shape, b.array.shape];
  const k = sa[sa.length - 1];
  const kb = sb.length === 1 ? sb[0] : sb[sb.length - 2];
  if (k !== kb)
    raise(
      'shape',
      'ValueError',
      `matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${SIGNATURE} (size ${kb} is different from ${k})`,
      `${formatShape(sa)} @ ${formatShape(sb)}: the ${sa.length === 1 ? 'left vector has length' : 'left matrix has'} ${k}${sa.length === 1 ? '' : k === 1 ? ' column' : ' columns'}, but the ${sb.length === 1 ? 'right vector has length' : 'right matrix has'} ${kb}${sb.length === 1 ? '' : kb === 1 ? ' row' : ' rows'}`,
      ctx.span,
      {
        hint: 'the inner sizes must match: (m, n) @ (n, p) gives (m, p)',
        clash: 'product',
        shapes: [[...sa], [...sb]],
        axis: sa.length - 1,
        axes: [sa.length - 1, sb.length === 1 ? 0 : sb.length - 2],
        operands: clashOperands(a, b, ctx),
      },
    );
  ctx.charge((sa.length === 2 ? sa[0] : 1) * k * (sb.length === 2 ? sb[1] : 1), ctx.span);
  return product(libMatmul(a.array, b.array), a, b, k, ctx.span);
}

export function dot(l: NotebookValue, r: NotebookValue, ctx: OpContext): NotebookValue {
  const a = toArray(l, ctx.leftSpan);
  const b = toArray(r, ctx.rightSpan);
  if (a.array.ndim === 0 || b.array.ndim === 0) {
    const v = binary('*', asNumpy(l), asNumpy(r), ctx).value;
    return v;
  }
  const [sa, sb] = [a.array.shape, b.array.shape];
  const k = sa[sa.length - 1];
  const bAxis = sb.length === 1 ? 0 : sb.length - 2;
  if (sb[bAxis] !== k)
    raise(
      'shape',
      'ValueError',
      `shapes ${formatShape(sa)} and ${formatShape(sb)} not aligned: ${k} (dim ${sa.length - 1}) != ${sb[bAxis]} (dim ${bAxis})`,
      `np.dot pairs the last axis of the left side (${k}) with ${sb.length === 1 ? 'the right vector' : 'the rows of the right side'} (${sb[bAxis]}), and they differ`,
      ctx.span,
      {
        hint: 'the inner sizes must match: (m, n) and (n, p)',
        clash: 'product',
        shapes: [[...sa], [...sb]],
        axis: sa.length - 1,
        axes: [sa.length - 1, bAxis],
        operands: clashOperands(a, b, ctx),
      },
    );
  ctx.charge((a.array.size / k) * k * (b.array.size / Math.max(1, sb[bAxis])), ctx.span);
  return product(libDot(a.array, b.array), a, b, k, ctx.span);
}

/** np.outer: every entry of a times every entry of b. */
export function outer(l: NotebookValue, r: NotebookValue, span: Span, charge: (units: number, span: Span) => void): NotebookValue {
  const a = toArray(l, span);
  const b = toArray(r, span);
  checkShape([a.array.size, b.array.size], span);
  charge(a.array.size * b.array.size, span);
  const dtype: DType = a.dtype === 'int64' && b.dtype === 'int64' ? 'int64' : 'float64';
  return arrayValue(libOuter(a.array, b.array), dtype, span);
}

/** The dtype of a product, a scalar for vector · vector, and exactness for whole numbers. */
function product(out: NDArray, a: { array: NDArray; dtype: DType }, b: { array: NDArray; dtype: DType }, k: number, span: Span): NotebookValue {
  const dtype: DType = a.dtype === 'int64' && b.dtype === 'int64' ? 'int64' : 'float64';
  if (dtype === 'int64') {
    // Every partial sum is at most k · max|a| · max|b|: within 2**53 they are all exact.
    const big = (x: NDArray): number => x.data.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    if (k * big(a.array) * big(b.array) > MAX_EXACT) checkExact([Infinity], span);
    for (let i = 0; i < out.data.length; i++) out.data[i] += 0;
  }
  return out.ndim === 0 ? scalar(out.data[0], dtype) : arrayValue(out, dtype, span);
}

const isNumpyLike = (v: NotebookValue): boolean => !isPython(v) && !isSequence(v) && v.kind !== 'none';

/** np.dot of a Python number makes it a NumPy scalar first: np.dot(2, 3) is int64 6. */
function asNumpy(v: NotebookValue): NotebookValue {
  if (v.kind === 'scalar' && isPython(v)) return scalar(v.value, v.type === 'int' ? 'int64' : 'float64');
  if (v.kind === 'tuple' || (v.kind === 'array' && v.list)) {
    const { array, dtype } = toArray(v, { start: 0, end: 0 });
    return { kind: 'array', array, dtype };
  }
  return v;
}
