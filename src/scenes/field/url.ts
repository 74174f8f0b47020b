// The Field scene's address: `#/field?F=2x,x^2&show=arrows,particles,div&n=50000&probe=1,1`.
// F is written without its outer brackets (the engine reads P, Q bare), and read as written, so a
// message about it counts the link's own columns; `f=x^2+3y^2` instead shows the downhill field
// −∇f of that loss. Only what would break the query is escaped.
import { WORLD_LIMIT } from '../../lib/math/world';
import { ParamReader, writeFormula, writeNumbers, writeQuery, type Decoded } from '../../lib/url/params';
import { COUNT, DEFAULT_LOSS, DEFAULTS, LENGTHS, MAX_DYE, SHOW, SPEED, TRAIL, type FieldSnapshot } from './state.svelte';

/** The index of the bracket that closes the one at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(' || text[i] === '[') depth++;
    else if (text[i] === ')' || text[i] === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** `(2x, x^2)` → `2x, x^2`: only a pair that encloses the whole text. */
function unwrap(text: string): string {
  const t = text.trim();
  const pairs = (t[0] === '(' && t.at(-1) === ')') || (t[0] === '[' && t.at(-1) === ']');
  return pairs && closing(t, 0) === t.length - 1 ? t.slice(1, -1) : text;
}

export function encode(s: FieldSnapshot): string {
  const formula = s.f !== null ? `f=${writeFormula(s.f)}` : `F=${writeFormula(unwrap(s.F)).replace(/,%20/g, ',')}`;
  const rest = writeQuery([
    ['show', s.show.join(',')],
    ['arrows', s.lengths === DEFAULTS.lengths ? null : s.lengths],
    ['n', String(s.n)],
    ['speed', s.speed === DEFAULTS.speed ? null : writeNumbers([s.speed])],
    ['trail', s.trail === DEFAULTS.trail ? null : writeNumbers([s.trail])],
    ['probe', writeNumbers(s.probe)],
    ['dye', s.dye.length ? writeNumbers(s.dye.flat()) : null],
  ]);
  return `${formula}&${rest}`;
}

export function decode(query: string): Decoded<FieldSnapshot> {
  const r = new ParamReader(query);
  const [lengths] = r.flags('arrows', LENGTHS, [DEFAULTS.lengths]);
  const show = r.flags('show', SHOW, DEFAULTS.show);
  const value: FieldSnapshot = {
    F: r.text('F', DEFAULTS.F),
    f: r.has('f') ? r.text('f', DEFAULT_LOSS) : null,
    // One heat map at a time: divergence wins over curl when a link asks for both.
    show: show.includes('div') ? show.filter((x) => x !== 'curl') : show,
    lengths: lengths ?? DEFAULTS.lengths,
    n: Math.round(r.number('n', DEFAULTS.n, COUNT.min, COUNT.max)),
    speed: r.number('speed', DEFAULTS.speed, SPEED.min, SPEED.max),
    trail: r.number('trail', DEFAULTS.trail, TRAIL.min, TRAIL.max),
    probe: r.vec2('probe', DEFAULTS.probe, WORLD_LIMIT),
    dye: r.points('dye', MAX_DYE),
  };
  const problems = r.problems;
  if (value.f !== null && r.has('F')) problems.push({ key: 'F', message: 'the link gives both F and f; showing the downhill field −∇f of f' });
  return { value, problems };
}
