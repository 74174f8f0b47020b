// A notebook cell's result as LaTeX: the picture of the Matrices scene, typeset for a slide.
// 1-D arrays are written as column vectors, as a product A x is written in the lesson.
import type { CellResult, NotebookValue, Operand } from '../math/notebook/types';
import { latexColumn, latexMatrix, latexNumber } from './latex';

/** A value as LaTeX: a number, a column vector, a matrix, a shape; null for None. */
export function latexValue(v: NotebookValue): string | null {
  switch (v.kind) {
    case 'scalar':
      return latexNumber(v.value);
    case 'tuple':
      return `(${v.items.join(', ')}${v.items.length === 1 ? ',' : ''})`;
    case 'none':
      return null;
    case 'array': {
      const a = v.array;
      const list = a.tolist() as number | number[] | number[][];
      if (a.ndim === 0) return latexNumber(list as number);
      if (a.ndim === 1) return (list as number[]).length ? latexColumn(list as number[]) : '[\\,]';
      return (list as number[][]).length && (list as number[][])[0].length ? latexMatrix(list as number[][]) : '[\\,]';
    }
  }
}

const isArray = (o: Operand) => o.value.kind === 'array' && o.value.array.ndim > 0;
/** Entry by entry: ⊙ and ⊘ between two arrays, · and / when a number is involved. */
function operator(op: string, l: Operand, r: Operand): string | null {
  const both = isArray(l) && isArray(r);
  return op === '+' || op === '-' ? op : op === '*' ? (both ? '\\odot' : '\\cdot') : op === '/' ? (both ? '\\oslash' : '/') : null;
}

/** A name as LaTeX: one letter italic as it is, longer names upright. */
const latexName = (name: string) => (name.length === 1 ? name : `\\mathrm{${name.replace(/_/g, '\\_')}}`);
const operand = (o: Operand) => latexValue(o.value);

/** The cell as one statement: its operands with their numbers, then its result; null for an error or None. */
export function latexCell(r: CellResult): string | null {
  if (!r.ok) return null;
  const result = latexValue(r.value);
  if (result === null) return null;
  const p = r.provenance;
  let lhs: string | null = null;
  let worked: string | null = null;
  if (p.op === 'matmul') {
    const [l, rt] = [operand(p.left), operand(p.right)];
    if (p.left.name && p.right.name) lhs = `${latexName(p.left.name)} ${latexName(p.right.name)}`;
    if (l && rt) worked = `${l} ${rt}`;
  } else if (p.op === 'elementwise' && operator(p.operator, p.left, p.right)) {
    const op = operator(p.operator, p.left, p.right);
    const [l, rt] = [operand(p.left), operand(p.right)];
    if (p.left.name && p.right.name) lhs = `${latexName(p.left.name)} ${op} ${latexName(p.right.name)}`;
    if (l && rt) worked = `${l} ${op} ${rt}`;
  } else if (p.op === 'transpose' || p.op === 'inv') {
    const sup = p.op === 'transpose' ? '^\\top' : '^{-1}';
    const x = operand(p.input);
    if (p.input.name) lhs = `${latexName(p.input.name)}${sup}`;
    if (x) worked = `${x}${sup}`;
  }
  const name = r.assigned ? latexName(r.assigned) : null;
  return [name, lhs, worked, result].filter((s, i, all) => s && all.indexOf(s) === i).join(' = ');
}
