// The Matrices scene's address: the notebook's cells, one a line, and the cell shown:
// `#/matrices?code=A%20%3D%20np.array([[1,%202],%20[3,%204]])%0AA.T&cell=2`.
import { LIMITS } from '../../lib/math/notebook';
import { ParamReader, writeFormula, writeQuery, type Decoded } from '../../lib/url/params';
import { DEFAULTS, type MatricesSnapshot } from './state.svelte';

/**
 * A notebook at its fullest, 50 cells of 500 characters and their line breaks, so every notebook
 * the scene runs comes back from its link and from undo (which keeps states as queries). Longer
 * code keeps the whole cells that fit.
 */
export const MAX_CODE = LIMITS.cells * (LIMITS.cellLength + 1);
/** Room for that code with every character escaped (%XX is three), and the other keys. */
const MAX_QUERY = MAX_CODE * 3 + 200;

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
  const r = new ParamReader(query, MAX_QUERY);
  const fallback = DEFAULTS.cells.join('\n');
  let code = r.anyText('code', fallback) ?? fallback;
  if (code.length > MAX_CODE) {
    // The whole cells that fit; a first cell longer than all of them is cut (it is refused as too long anyway).
    const cut = code.lastIndexOf('\n', MAX_CODE);
    const kept = cut > 0 ? code.slice(0, cut) : code.slice(0, MAX_CODE);
    const n = kept.split('\n').length;
    r.problems.push({
      key: 'code',
      message: `the notebook is ${code.length} characters long, more than a notebook holds (${MAX_CODE}); ${cut > 0 ? `cells ${n + 1} on are left out` : 'its first cell is cut short'}`,
    });
    code = kept;
  }
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
