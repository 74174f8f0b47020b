// Python's meaning of + and * on lists and tuples: [1, 2] + [3] joins,
// [1, 2] * 2 repeats, and - / ** raise. With a NumPy operand on the other
// side NumPy takes over instead ([1, 2] + np.array([10, 20]) adds).
import { fail, raise } from './failure';
import type { OpContext, ElementwiseOp } from './arith';
import type { NotebookValue, Span } from './types';
import { isIntType, isNumpy, isSequence, makeList, tuple, typeName } from './values';

export function unsupported(op: string, l: NotebookValue, r: NotebookValue, span: Span): never {
  const shown = op === '**' ? '** or pow()' : op;
  raise(
    'type',
    'TypeError',
    `unsupported operand type(s) for ${shown}: '${typeName(l)}' and '${typeName(r)}'`,
    `${op} does not apply to a ${typeName(l)} and a ${typeName(r)}`,
    span,
    {
      hint: l.kind === 'array' || r.kind === 'array' ? 'wrap a list in np.array(...) to compute with it' : undefined,
    },
  );
}

/** Python's meaning of + and * on lists and tuples, or null when NumPy takes over (the other side is NumPy's). */
export function sequenceOp(op: ElementwiseOp, l: NotebookValue, r: NotebookValue, ctx: OpContext): NotebookValue | null {
  const seqName = (v: NotebookValue): string => typeName(v);
  if (op === '*') {
    const [seq, count] = isSequence(l) ? [l, r] : [r, l];
    if (count.kind === 'scalar') {
      if (!isIntType(count.type))
        raise(
          'type',
          'TypeError',
          `can't multiply sequence by non-int of type '${typeName(count)}'`,
          `a ${seqName(seq)} times a float has no meaning in Python`,
          ctx.span,
          {
            hint: 'wrap the list in np.array(...) to multiply its entries',
          },
        );
      return repeat(seq, count.value, ctx.span);
    }
    if (isSequence(count))
      raise(
        'type',
        'TypeError',
        `can't multiply sequence by non-int of type '${typeName(count)}'`,
        `two ${seqName(seq)}s cannot be multiplied`,
        ctx.span,
        {
          hint: 'wrap the lists in np.array(...) to multiply entry by entry',
        },
      );
    return null;
  }
  if (op === '+') {
    if (isSequence(l) && isSequence(r)) {
      if (l.kind !== r.kind)
        raise(
          'type',
          'TypeError',
          `can only concatenate ${seqName(l)} (not "${seqName(r)}") to ${seqName(l)}`,
          `a ${seqName(l)} and a ${seqName(r)} cannot be joined`,
          ctx.span,
        );
      return concat(l, r, ctx.span);
    }
    const [seq, other] = isSequence(l) ? [l, r] : [r, l];
    if (isNumpy(other)) return null;
    if (isSequence(l))
      raise(
        'type',
        'TypeError',
        `can only concatenate ${seqName(seq)} (not "${typeName(other)}") to ${seqName(seq)}`,
        `+ joins ${seqName(seq)}s in Python; it does not add a number to each entry`,
        ctx.span,
        {
          hint: 'wrap the list in np.array(...) to add to each entry',
        },
      );
    unsupported(op, l, r, ctx.span);
  }
  // Python gives - / ** no meaning on sequences; NumPy does when the other side is its own.
  const other = isSequence(l) ? r : l;
  if (!isSequence(other) && isNumpy(other)) return null;
  unsupported(op, l, r, ctx.span);
}

const itemsOf = (v: NotebookValue): readonly (NotebookValue | number)[] =>
  v.kind === 'tuple' ? v.items : v.kind === 'array' && v.list ? v.list : [];

function repeat(seq: NotebookValue, n: number, span: Span): NotebookValue {
  const items = itemsOf(seq);
  const times = Math.max(0, n);
  if (items.length * times > 64) fail('limit', `this ${typeName(seq)} would have ${items.length * times} items; lists here hold at most 64`, span);
  const out = Array.from({ length: times }, () => items).flat();
  return seq.kind === 'tuple' ? tuple(out as number[]) : makeList(out as NotebookValue[], span);
}

function concat(l: NotebookValue, r: NotebookValue, span: Span): NotebookValue {
  const out = [...itemsOf(l), ...itemsOf(r)];
  if (out.length > 64) fail('limit', `this ${typeName(l)} would have ${out.length} items; lists here hold at most 64`, span);
  return l.kind === 'tuple' ? tuple(out as number[]) : makeList(out as NotebookValue[], span);
}
