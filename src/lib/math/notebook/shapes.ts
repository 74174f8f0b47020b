// Shape arguments (np.zeros((2, 3)), A.reshape(1, -1)) and whole-number
// arguments (np.eye(3)), read with NumPy's own complaints.
import { formatShape } from '../ndarray/shape';
import { fail, raise } from './failure';
import type { NotebookValue, Operand, Span } from './types';
import { checkShape, intOf, isPython, typeName } from './values';

/** Python's repr of a number inside NumPy's messages: 2.5, 3. */
const shortRepr = (v: NotebookValue): string =>
  v.kind === 'scalar' ? (Number.isInteger(v.value) && v.type.startsWith('float') ? v.value.toFixed(1) : String(v.value)) : typeName(v);

/** A whole number, or TypeError "'float' object cannot be interpreted as an integer". */
export function intArg(arg: Operand, what: string): number {
  const n = intOf(arg.value);
  if (n !== null) return n;
  if (arg.value.kind === 'scalar')
    raise(
      'type',
      'TypeError',
      `'${isPython(arg.value) ? arg.value.type : `numpy.${arg.value.type}`}' object cannot be interpreted as an integer`,
      `${what} must be a whole number`,
      arg.span,
      {
        hint: `write ${Math.round(arg.value.value)}, not ${shortRepr(arg.value)}`,
      },
    );
  return fail('type', `${what} must be a whole number, not ${typeName(arg.value)}`, arg.span);
}

/** The sizes a shape argument lists: 3, (2, 3), [2, 3]. */
export function shapeItems(arg: Operand, fname: string): number[] {
  const v = arg.value;
  if (v.kind === 'tuple') return [...v.items];
  if (v.kind === 'array' && v.list && v.array.ndim === 1) {
    const bad = v.list.find((item) => intOf(item) === null);
    if (bad) intArg({ ...arg, value: bad }, 'each size');
    return Array.from(v.array.data);
  }
  const n = intOf(v);
  if (n !== null) return [n];
  if (v.kind === 'scalar')
    raise(
      'type',
      'TypeError',
      `expected a sequence of integers or a single integer, got '${shortRepr(v)}'`,
      `${fname}: sizes must be whole numbers`,
      arg.span,
    );
  return fail('type', `${fname} takes a shape: a whole number or a tuple such as (2, 3)`, arg.span);
}

/** A shape for a new array: no negative sizes, within the size limit. */
export function newShape(dims: readonly number[], span: Span): number[] {
  if (dims.some((d) => d < 0)) raise('value', 'ValueError', 'negative dimensions are not allowed', 'sizes cannot be negative', span);
  checkShape(dims, span);
  return [...dims];
}

/** NumPy's spelling of a requested shape in reshape's error: (3,), (3,newaxis); leading -1s are left out (convert_shape_to_string). */
function requested(dims: readonly number[]): string {
  let i = 0;
  while (i < dims.length && dims[i] < 0) i++;
  if (i === dims.length) return '()';
  const parts = [String(dims[i++])];
  for (; i < dims.length; i++) parts.push(dims[i] < 0 ? 'newaxis' : String(dims[i]));
  return i === 1 ? `(${parts[0]},)` : `(${parts.join(',')})`;
}

/** The shape A.reshape(dims) gives an array of `size` entries, with one -1 filled in. */
export function reshapeTo(size: number, dims: readonly number[], span: Span): number[] {
  const unknown = dims.filter((d) => d === -1).length;
  if (unknown > 1) raise('value', 'ValueError', 'can only specify one unknown dimension', 'only one size may be -1', span);
  if (dims.some((d) => d < -1))
    raise('value', 'ValueError', 'negative dimensions not allowed', 'sizes cannot be negative (only -1, meaning "the rest")', span);
  const known = dims.reduce((p, d) => (d === -1 ? p : p * d), 1);
  const out = unknown ? dims.map((d) => (d === -1 ? (known === 0 ? -1 : size / known) : d)) : [...dims];
  if (out.some((d) => d === -1 || !Number.isInteger(d)) || out.reduce((p, d) => p * d, 1) !== size)
    raise(
      'value',
      'ValueError',
      `cannot reshape array of size ${size} into shape ${requested(dims)}`,
      `${size} entries cannot fill shape ${formatShape(dims)}`,
      span,
      {
        hint: 'the sizes must multiply to the number of entries; -1 stands for "whatever fits"',
      },
    );
  checkShape(out, span);
  return out;
}
