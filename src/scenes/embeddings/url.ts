// The Embeddings scene's address:
// `#/embeddings?preset=lesson&r=5,3,5,4,_,2,_,1,4,4,…&method=gd&lr=0.01&seed=1&step=300&user=1`.
// `r` holds the 4 × 5 ratings row by row (a user a row), `_` for a blank; users, movies and the
// compared pair count from 1 as a teacher would (`cmp=u1,m3`: User 1 and the third movie); dragged
// points are triples, `du=2,1.5,-0.5` (user 2 at (1.5, −0.5)) and `dm=…` for movies.
import { ParamReader, writeNumbers, writeQuery, type Decoded } from '../../lib/url/params';
import { MAX_VALUE_LENGTH, parseNumber, quote } from '../../lib/text/parse-number';
import { WORLD_LIMIT } from '../../lib/math/world';
import type { Ratings } from '../../lib/math/stats/factorize';
import type { Problem } from '../../lib/text/problem';
import { PRESET_IDS, presetById } from './presets';
import {
  DEFAULTS,
  LR,
  MAX_STEPS,
  METHODS,
  MOVIES,
  RATING_LIMIT,
  SEED_MAX,
  USERS,
  type EmbeddingsSnapshot,
  type Kind,
  type Moved,
  type Ref,
} from './state.svelte';

const CELLS = USERS * MOVIES;

export const writeRatings = (r: Ratings): string => r.flatMap((row) => row.map((x) => (x === null ? '_' : writeNumbers([x])))).join(',');

/** Reads `5,3,_,1,…` (20 cells, `_` or nothing for a blank); a reason when it does not read. */
export function readRatings(text: string): { ok: true; value: Ratings } | { ok: false; why: string } {
  if (text.length > MAX_VALUE_LENGTH) return { ok: false, why: `the value is ${text.length} characters long (at most ${MAX_VALUE_LENGTH})` };
  const parts = text.split(',');
  if (parts.length !== CELLS)
    return { ok: false, why: `expected ${CELLS} ratings (${USERS} users × ${MOVIES} movies, row by row), got ${parts.length}` };
  const cells: (number | null)[] = [];
  for (const [k, part] of parts.entries()) {
    const t = part.trim();
    if (t === '_' || t === '') {
      cells.push(null);
      continue;
    }
    const r = parseNumber(t, RATING_LIMIT);
    if (!r.ok) return { ok: false, why: `rating ${k + 1} (user ${Math.floor(k / MOVIES) + 1}, movie ${(k % MOVIES) + 1}): ${r.why}` };
    cells.push(r.value);
  }
  return { ok: true, value: Array.from({ length: USERS }, (_, i) => cells.slice(i * MOVIES, (i + 1) * MOVIES)) };
}

const refText = (r: Ref) => `${r.kind === 'user' ? 'u' : 'm'}${r.index + 1}`;

function readRef(word: string): Ref | null {
  const m = /^([um])([1-9])$/.exec(word.trim());
  if (!m) return null;
  const kind: Kind = m[1] === 'u' ? 'user' : 'movie';
  const index = Number(m[2]) - 1;
  return index < (kind === 'user' ? USERS : MOVIES) ? { kind, index } : null;
}

function writeMoved(moved: readonly Moved[], kind: Kind): string | null {
  const own = moved.filter((m) => m.kind === kind);
  return own.length ? own.map((m) => writeNumbers([m.index + 1, m.at[0], m.at[1]])).join(',') : null;
}

function readMoved(text: string | null, kind: Kind, key: string, problems: Problem[]): Moved[] {
  if (text === null || text === '') return [];
  const n = kind === 'user' ? USERS : MOVIES;
  const parts = text.length > MAX_VALUE_LENGTH ? null : text.split(',');
  const fail = (why: string) => (problems.push({ key, message: `${why}; no ${kind} moved` }), []);
  if (!parts) return fail(`the value is ${text.length} characters long (at most ${MAX_VALUE_LENGTH})`);
  if (parts.length % 3) return fail(`expected triples (which ${kind}, x, y), got ${parts.length} numbers`);
  const out: Moved[] = [];
  for (let k = 0; k < parts.length; k += 3) {
    const which = Number(parts[k]);
    if (!Number.isInteger(which) || which < 1 || which > n) return fail(`${quote(parts[k])} is not a ${kind} from 1 to ${n}`);
    const x = parseNumber(parts[k + 1], WORLD_LIMIT);
    const y = parseNumber(parts[k + 2], WORLD_LIMIT);
    if (!x.ok || !y.ok) return fail(`${kind} ${which}: ${(!x.ok ? x : (y as { why: string })).why}`);
    out.push({ kind, index: which - 1, at: [x.value, y.value] });
  }
  // The last word on each point counts.
  return out.filter((m, i) => !out.slice(i + 1).some((o) => o.index === m.index));
}

export function encode(s: EmbeddingsSnapshot): string {
  const preset = presetById(s.preset);
  const sameRatings = writeRatings(s.ratings) === writeRatings(preset.ratings);
  return writeQuery([
    ['preset', s.preset],
    ['r', sameRatings ? null : writeRatings(s.ratings)],
    ['method', s.method],
    ['lr', writeNumbers([s.lr])],
    ['seed', s.seed === DEFAULTS.seed ? null : String(s.seed)],
    ['step', s.method === 'gd' || s.step ? String(s.step) : null],
    ['user', String(s.user + 1)],
    ['movie', String(s.movie + 1)],
    ['cmp', s.compare.map(refText).join(',')],
    ['du', writeMoved(s.moved, 'user')],
    ['dm', writeMoved(s.moved, 'movie')],
  ]);
}

export function decode(query: string): Decoded<EmbeddingsSnapshot> {
  const r = new ParamReader(query);
  const [presetId] = r.flags('preset', PRESET_IDS, [DEFAULTS.preset]);
  const preset = presetById(presetId ?? DEFAULTS.preset);
  const extra: Problem[] = [];
  let ratings = preset.ratings;
  const rText = r.text('r', '');
  if (r.has('r')) {
    const read = readRatings(rText);
    if (read.ok) ratings = read.value;
    else extra.push({ key: 'r', message: `${read.why}; using the ratings of “${preset.name}”` });
  }
  const [method] = r.flags('method', METHODS, [DEFAULTS.method]);
  const whole = (key: string, fallback: number, min: number, max: number) => {
    const v = r.number(key, fallback, min, max);
    if (Number.isInteger(v)) return v;
    r.problems.push({ key, message: `${quote(String(v))} is not a whole number; using ${fallback}` });
    return fallback;
  };
  let compare = DEFAULTS.compare;
  if (r.has('cmp')) {
    const text = r.text('cmp', '', MAX_VALUE_LENGTH);
    const refs = text.split(',').map(readRef);
    if (refs.length === 2 && refs[0] && refs[1]) compare = [refs[0], refs[1]];
    else
      extra.push({
        key: 'cmp',
        message: `${quote(text)} should name two embeddings, such as u1,m3 (users u1–u${USERS}, movies m1–m${MOVIES}); using u1,m1`,
      });
  }
  const params = new URLSearchParams(query.length > 20_000 ? '' : query);
  const moved = [...readMoved(params.get('du'), 'user', 'du', extra), ...readMoved(params.get('dm'), 'movie', 'dm', extra)];
  const value: EmbeddingsSnapshot = {
    preset: preset.id,
    ratings,
    method: method ?? DEFAULTS.method,
    lr: r.number('lr', DEFAULTS.lr, LR.min, LR.max),
    seed: whole('seed', DEFAULTS.seed, 0, SEED_MAX),
    step: whole('step', DEFAULTS.step, 0, MAX_STEPS),
    user: whole('user', DEFAULTS.user + 1, 1, USERS) - 1,
    movie: whole('movie', DEFAULTS.movie + 1, 1, MOVIES) - 1,
    compare,
    moved,
  };
  return { value, problems: [...r.problems, ...extra] };
}
