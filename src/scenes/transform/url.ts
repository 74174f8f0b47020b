// The Transform scene's address: `#/transform?m=1,2,3,4&x=5,6`. The matrix is
// row-major like NumPy: m=a,b,c,d is [[a, b], [c, d]], so î lands on (a, c).
import type { Mat2 } from '../../lib/math/mat2';
import { WORLD_LIMIT } from '../../lib/math/world';
import { ParamReader, writeNumbers, writeQuery, type Decoded } from '../../lib/url/params';
import { DEFAULTS, SHOW, APPLIED, type TransformSnapshot } from './state.svelte';

const toMat = (v: readonly number[]): Mat2 => [
  [v[0], v[1]],
  [v[2], v[3]],
];

export function encode(s: TransformSnapshot): string {
  return writeQuery([
    ['m', writeNumbers(s.m.flat())],
    ['x', writeNumbers(s.x)],
    ['b', writeNumbers(s.b.flat())],
    ['view', s.applied === DEFAULTS.applied ? null : s.applied],
    ['t', s.t === 1 ? null : writeNumbers([s.t])],
    ['angle', writeNumbers([s.angle])],
    ['show', s.show.join(',')],
  ]);
}

export function decode(query: string): Decoded<TransformSnapshot> {
  const r = new ParamReader(query);
  const [view] = r.flags('view', APPLIED, [DEFAULTS.applied]);
  const value: TransformSnapshot = {
    m: toMat(r.numbers('m', 4, DEFAULTS.m.flat(), WORLD_LIMIT)),
    x: r.vec2('x', DEFAULTS.x, WORLD_LIMIT),
    b: toMat(r.numbers('b', 4, DEFAULTS.b.flat(), WORLD_LIMIT)),
    applied: view ?? DEFAULTS.applied,
    t: r.number('t', 1, 0, 1),
    angle: r.number('angle', DEFAULTS.angle, -360, 360),
    show: r.flags('show', SHOW, DEFAULTS.show),
  };
  return { value, problems: r.problems };
}
