// What Python prints for a value: repr(x) with NumPy 1.24's default print
// options (precision 8, linewidth 75, threshold 1000, edgeitems 3). The
// array layout follows numpy/core/arrayprint.py: FloatingFormat picks one
// format for all entries (positional, or scientific when the largest is
// ≥ 1e8, the smallest non-zero < 1e-4, or their ratio > 1000), and
// _formatArray wraps rows at the line width and summarises big arrays.
import type { NDArray } from '../ndarray/ndarray';
import { positional, pyFloat, scientific } from './float-format';
import type { DType, NotebookValue } from './types';

const PRECISION = 8;
const LINE_WIDTH = 75;
const THRESHOLD = 1000;
const EDGE_ITEMS = 3;

export function reprValue(v: NotebookValue): string {
  switch (v.kind) {
    case 'none':
      return 'None';
    case 'scalar':
      return pyRepr(v);
    case 'tuple':
      return v.items.length === 1 ? `(${v.items[0]},)` : `(${v.items.join(', ')})`;
    case 'array':
      return v.list ? `[${v.list.map(reprValue).join(', ')}]` : arrayRepr(v.array, v.dtype);
  }
}

/** A single number as Python prints it: 3, 17.0, -2.0000000000000004. */
export function pyRepr(v: Extract<NotebookValue, { kind: 'scalar' }>): string {
  return v.type === 'int' || v.type === 'int64' ? String(v.value + 0) : pyFloat(v.value);
}

export function arrayRepr(a: NDArray, dtype: DType): string {
  if (a.size === 0) {
    const shape = a.ndim === 1 ? '' : `, shape=(${a.shape.join(', ')})`;
    return `array([]${shape}, dtype=${dtype})`;
  }
  const summarise = a.size > THRESHOLD;
  const shown = summarise ? edges(a) : Array.from(a.data);
  const format = dtype === 'int64' ? integerFormat(shown) : floatFormat(shown);
  return `array(${formatArray(a, format, summarise)})`;
}

/** The entries NumPy looks at to choose a format when it summarises: the first and last three along each axis. */
function edges(a: NDArray): number[] {
  const keep = (n: number): number[] => (n > 2 * EDGE_ITEMS ? [0, 1, 2, n - 3, n - 2, n - 1] : Array.from({ length: n }, (_, i) => i));
  if (a.ndim === 1) return keep(a.shape[0]).map((i) => a.data[i]);
  const [rows, cols] = a.shape;
  return keep(rows).flatMap((i) => keep(cols).map((j) => a.data[i * cols + j]));
}

type Format = (x: number) => string;

function integerFormat(values: readonly number[]): Format {
  const width = Math.max(...values.map((x) => String(x + 0).length));
  return (x) => String(x + 0).padStart(width, ' ');
}

const isNegative = (x: number): boolean => x < 0 || Object.is(x, -0);

function floatFormat(values: readonly number[]): Format {
  const finite = values.filter(Number.isFinite);
  const nonZero = finite.filter((x) => x !== 0).map(Math.abs);
  let exp = false;
  if (nonZero.length) {
    const max = Math.max(...nonZero);
    const min = Math.min(...nonZero);
    exp = max >= 1e8 || min < 0.0001 || max / min > 1000;
  }
  let padLeft = 0;
  let padRight = 0;
  let format: Format;
  if (finite.length === 0) {
    format = () => '';
  } else if (exp) {
    const parts = finite.map((x) => ({ neg: isNegative(x), ...scientific(x, PRECISION) }));
    const precision = Math.max(...parts.map((p) => p.digits.length - 1));
    const expSize = Math.max(...parts.map((p) => Math.max(2, String(Math.abs(p.exp)).length)));
    padLeft = Math.max(...parts.map((p) => (p.neg ? 2 : 1)));
    padRight = expSize + 2 + precision;
    format = (x) => {
      const d = scientific(x, precision);
      const mantissa = `${isNegative(x) ? '-' : ''}${d.digits[0]}`.padStart(padLeft, ' ');
      const exponent = `${d.exp < 0 ? '-' : '+'}${String(Math.abs(d.exp)).padStart(expSize, '0')}`;
      return `${mantissa}.${d.digits.slice(1).padEnd(precision, '0')}e${exponent}`;
    };
  } else {
    const parts = finite.map((x) => ({ neg: isNegative(x), ...positional(Math.abs(x), PRECISION) }));
    padLeft = Math.max(...parts.map((p) => p.int.length + (p.neg ? 1 : 0)));
    padRight = Math.max(...parts.map((p) => p.frac.length));
    format = (x) => {
      const p = positional(Math.abs(x), PRECISION);
      return `${`${isNegative(x) ? '-' : ''}${p.int}`.padStart(padLeft, ' ')}.${p.frac.padEnd(padRight, ' ')}`;
    };
  }
  if (finite.length !== values.length) {
    const negInf = values.some((x) => x === -Infinity);
    padLeft = Math.max(padLeft, 3 - (padRight + 1), 3 + (negInf ? 1 : 0) - (padRight + 1));
  }
  const width = padLeft + padRight + 1;
  return (x) => {
    if (Number.isFinite(x)) return format(x);
    const word = Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
    return word.padStart(width, ' ');
  };
}

/** _formatArray for 0-, 1- and 2-D arrays with the ', ' separator. */
function formatArray(a: NDArray, format: Format, summarise: boolean): string {
  if (a.ndim === 0) return format(a.data[0]);
  const prefix = ' '.repeat('array('.length + 1);
  const width = LINE_WIDTH - ')'.length;
  const row = (offset: number, n: number, indent: string, lineWidth: number): string => {
    const elemWidth = lineWidth - 1;
    let s = '';
    let line = indent;
    const add = (word: string): void => {
      if (line.length + word.length > elemWidth && line.length > indent.length) {
        s += line.trimEnd() + '\n';
        line = indent;
      }
      line += word;
    };
    const picks = summarise && n > 2 * EDGE_ITEMS ? [0, 1, 2, -1, n - 3, n - 2, n - 1] : Array.from({ length: n }, (_, i) => i);
    picks.forEach((j, k) => {
      add(j < 0 ? '...' : format(a.data[offset + j]));
      if (k < picks.length - 1) line += ', ';
    });
    return '[' + (s + line).slice(indent.length) + ']';
  };
  if (a.ndim === 1) return row(0, a.shape[0], prefix, width);
  const [rows, cols] = a.shape;
  const inner = prefix + ' ';
  const picks = summarise && rows > 2 * EDGE_ITEMS ? [0, 1, 2, -1, rows - 3, rows - 2, rows - 1] : Array.from({ length: rows }, (_, i) => i);
  const lines = picks.map((i) => (i < 0 ? '...' : row(i * cols, cols, inner, width - 1)));
  return '[' + lines.map((l, k) => (k === 0 ? l : prefix + l)).join(',\n') + ']';
}
