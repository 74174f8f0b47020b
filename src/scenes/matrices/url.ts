// The Matrices scene's address: the notebook's cells, one a line, and the cell shown:
// `#/matrices?code=A%20%3D%20np.array([[1,%202],%20[3,%204]])%0AA.T&cell=2`.
import { LIMITS } from '../../lib/math/notebook';
import { ParamReader, writeFormula, writeQuery, type Decoded } from '../../lib/url/params';
import { DEFAULTS, type MatricesSnapshot } from './state.svelte';

/** Fifty cells of up to 120 characters: far beyond a lesson, still a link a browser keeps. */
export const MAX_CODE = 6000;

export function encode(s: MatricesSnapshot): string {
  const code = s.cells.join('\n');
  return [
    // writeFormula keeps brackets, commas and @ readable; spaces, = and line breaks are escaped.
    `code=${writeFormula(code)}`,
    writeQuery([
      ['cell', String(s.focus + 1)],
      ['step', s.step ? String(s.step) : null],
    ]),
  ]
    .filter(Boolean)
    .join('&');
}

export function decode(query: string): Decoded<MatricesSnapshot> {
  const r = new ParamReader(query);
  const code = r.text('code', DEFAULTS.cells.join('\n'), MAX_CODE);
  let cells = code.split(/\r?\n/);
  if (cells.length > LIMITS.cells) {
    r.problems.push({
      key: 'code',
      message: `${cells.length} cells; a notebook holds at most ${LIMITS.cells}, so the first ${LIMITS.cells} are used`,
    });
    cells = cells.slice(0, LIMITS.cells);
  }
  const fromDefaults = !r.has('code');
  const focus = Math.floor(r.number('cell', fromDefaults ? DEFAULTS.focus + 1 : cells.length, 1, LIMITS.cells)) - 1;
  if (focus >= cells.length)
    r.problems.push({ key: 'cell', message: `there ${cells.length === 1 ? 'is only 1 cell' : `are only ${cells.length} cells`}; showing the last` });
  const value: MatricesSnapshot = {
    cells,
    focus: Math.min(focus, cells.length - 1),
    step: Math.floor(r.number('step', 0, 0, LIMITS.size * LIMITS.size)),
  };
  return { value, problems: r.problems };
}
