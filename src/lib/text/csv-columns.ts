// Pasted data: rows of numbers in columns, as a spreadsheet or np.savetxt writes them.
// Commas, semicolons, tabs or spaces separate values; a first row of words is a header
// (the columns' names). Returns the rows or the first problem, with its row and column:
// never throws, whatever is pasted.
import { parseNumber, quote } from './parse-number';

export type Columns = { ok: true; rows: number[][]; names: string[] | null } | { ok: false; message: string; row?: number; column?: number };

/** Longest paste read (characters); beyond it nothing is read. */
export const MAX_CSV_CHARS = 200_000;

const split = (line: string): string[] => {
  const t = line.trim();
  if (/[,;\t]/.test(t)) return t.split(/\s*[,;\t]\s*/);
  return t.split(/\s+/);
};

/** Reads `columns` numeric columns from pasted text; at most `maxRows` rows, each within ±`limit`. */
export function readColumns(text: string, columns: number, maxRows: number, limit: number): Columns {
  if (text.length > MAX_CSV_CHARS) return { ok: false, message: `the text is ${text.length} characters long (at most ${MAX_CSV_CHARS})` };
  const lines = text.split(/\r\n|\r|\n/);
  const rows: number[][] = [];
  let names: string[] | null = null;
  for (const [i, line] of lines.entries()) {
    const row = i + 1;
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const cells = split(line);
    // A header: the first row with content, when none of it reads as a number.
    if (rows.length === 0 && names === null && cells.every((c) => !parseNumber(c.replace(/^"|"$/g, ''), Infinity).ok)) {
      if (cells.length !== columns) return { ok: false, row, message: `the header has ${cells.length} names; expected ${columns} columns` };
      names = cells.map((c) => c.replace(/^"|"$/g, '').trim().slice(0, 40));
      continue;
    }
    if (cells.length !== columns)
      return { ok: false, row, message: `${cells.length} value${cells.length === 1 ? '' : 's'} in this row; expected ${columns}, one per column` };
    const values: number[] = [];
    for (const [j, cell] of cells.entries()) {
      const r = parseNumber(cell.replace(/^"|"$/g, ''), limit);
      if (!r.ok) return { ok: false, row, column: j + 1, message: r.why === 'a number is missing' ? 'a value is missing' : r.why };
      values.push(r.value);
    }
    rows.push(values);
    if (rows.length > maxRows) return { ok: false, row, message: `more than ${maxRows} rows; paste at most ${maxRows}` };
  }
  if (rows.length === 0) return { ok: false, message: 'no rows of numbers found' };
  return { ok: true, rows, names };
}

/** “row 4, column 2: …”, for a message beside the paste box. */
export function describeColumnsProblem(p: { message: string; row?: number; column?: number }): string {
  const where = [p.row !== undefined ? `row ${p.row}` : null, p.column !== undefined ? `column ${p.column}` : null].filter(Boolean).join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}

export { quote };
