// The PCA scene's address: `#/pca?preset=height-weight&n=60&angle=30`. A preset's points are
// named by the preset, its size and seed; once edited, the points themselves are written out,
// x,y after x,y: `#/pca?pts=1,2,3,4.5,-1,0`, at most MAX_POINTS of them.
import { WORLD_LIMIT } from '../../lib/math/world';
import type { Vec2 } from '../../lib/math/vec2';
import { axisDegrees } from '../../lib/math/stats/spread2';
import { ParamReader, writeNumbers, writeQuery, type Decoded } from '../../lib/url/params';
import { PRESET_IDS, presetOf, presetPoints } from './presets';
import { DEFAULTS, MAX_POINTS, SHOW, type PcaSnapshot } from './state.svelte';

const DIMS = ['2', '3'] as const;
const PLAIN_NAMES: readonly [string, string] = ['x', 'y'];
/** Names are free text; commas separate them in the link, so they hold none. */
const cleanName = (s: string) => s.replace(/,/g, ' ').trim().slice(0, 40);

// The address is written again on every change of state, a drag's every move among them: each
// point's text is kept with the point (points are immutable, a drag replaces one), so only the
// moved point is written out again.
const pointText = new WeakMap<Vec2, string>();
function writePoints(points: readonly Vec2[]): string {
  const parts: string[] = [];
  for (const p of points) {
    let t = pointText.get(p);
    if (t === undefined) pointText.set(p, (t = writeNumbers(p)));
    parts.push(t);
  }
  return parts.join(',');
}

export function encode(s: PcaSnapshot): string {
  const preset = presetOf(s.preset);
  // A link's own points are x and y unless it names them: an edited preset keeps its names in the link.
  const named = s.edited ? PLAIN_NAMES : preset.names;
  const ownNames = s.names[0] !== named[0] || s.names[1] !== named[1];
  return writeQuery([
    ['preset', s.preset],
    ['n', s.n === DEFAULTS.n ? null : String(s.n)],
    ['seed', s.seed === DEFAULTS.seed ? null : String(s.seed)],
    ['pts', s.edited ? writePoints(s.points) : null],
    ['names', ownNames ? s.names.map(cleanName).join(',') : null],
    ['angle', writeNumbers([s.angle])],
    ['show', s.show.join(',')],
    ['dims', s.dims === 3 ? '3' : null],
    ['turn', s.dims === 3 || s.turn[0] !== DEFAULTS.turn[0] || s.turn[1] !== DEFAULTS.turn[1] ? writeNumbers(s.turn) : null],
  ]);
}

export function decode(query: string): Decoded<PcaSnapshot> {
  const r = new ParamReader(query);
  const [preset] = r.flags('preset', PRESET_IDS, [DEFAULTS.preset]);
  const id = preset ?? DEFAULTS.preset;
  const n = Math.round(r.number('n', DEFAULTS.n, 2, MAX_POINTS));
  const seed = Math.round(r.number('seed', DEFAULTS.seed, 0, 2 ** 32 - 1));
  let edited = false;
  let points = id === DEFAULTS.preset && n === DEFAULTS.n && seed === DEFAULTS.seed ? DEFAULTS.points : presetPoints(id, n, seed);
  if (r.has('pts')) {
    const before = r.problems.length;
    const given = r.points('pts', MAX_POINTS, WORLD_LIMIT);
    // None of the link's points is used: the preset's are, and the message says so.
    for (const p of r.problems.slice(before))
      if (p.message.endsWith('; using none'))
        r.problems[r.problems.indexOf(p)] = { key: p.key, message: p.message.replace(/; using none$/, '; using the preset’s points') };
    if (given.length >= 2) {
      points = given;
      edited = true;
    } else if (given.length === 1) r.problems.push({ key: 'pts', message: `one point only; PCA needs at least two; using the preset` });
  }
  let names = edited ? PLAIN_NAMES : presetOf(id).names;
  if (r.has('names')) {
    const text = r.text('names', '', 100);
    const parts = text.split(',').map(cleanName);
    if (parts.length === 2 && parts.every(Boolean)) names = [parts[0], parts[1]];
    else if (text) r.problems.push({ key: 'names', message: `expected two names separated by a comma; using ${names.join(', ')}` });
  }
  const angle = r.number('angle', DEFAULTS.angle, -360, 360);
  const [dims] = r.flags('dims', DIMS, ['2']);
  const turn = r.has('turn') ? r.numbers('turn', 2, DEFAULTS.turn, 360) : DEFAULTS.turn;
  const value: PcaSnapshot = {
    preset: id,
    n,
    seed,
    edited,
    points,
    names,
    angle: angle >= 0 && angle < 180 ? angle : Number(axisDegrees(angle).toFixed(2)),
    show: r.flags('show', SHOW, DEFAULTS.show),
    dims: dims === '3' ? 3 : 2,
    turn: turn === DEFAULTS.turn ? DEFAULTS.turn : [turn[0], Math.max(-90, Math.min(90, turn[1]))],
  };
  return { value, problems: r.problems };
}
