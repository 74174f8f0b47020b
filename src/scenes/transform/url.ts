// The Transform scene's address: `#/transform?m=1,2,3,4&x=5,6`. The matrix is
// row-major like NumPy: m=a,b,c,d is [[a, b], [c, d]], so î lands on (a, c).
import type { Mat2 } from '../../lib/math/mat2';
import { ParamReader, writeNumbers, writeQuery, type Decoded } from '../../lib/url/params';
import { DEFAULTS, SHOW, VIEWS, type TransformSnapshot } from './state.svelte';

const LIMIT = 1000;
const toMat = (v: readonly number[]): Mat2 => [
  [v[0], v[1]],
  [v[2], v[3]],
];

export function encode(s: TransformSnapshot): string {
  return writeQuery([
    ['m', writeNumbers(s.m.flat())],
    ['x', writeNumbers(s.x)],
    ['b', writeNumbers(s.b.flat())],
    ['view', s.view === DEFAULTS.view ? null : s.view],
    ['t', s.t === 1 ? null : writeNumbers([s.t])],
    ['angle', writeNumbers([s.angle])],
    ['show', s.show.join(',')],
  ]);
}

export function decode(query: string): Decoded<TransformSnapshot> {
  const r = new ParamReader(query);
  const [view] = r.flags('view', VIEWS, [DEFAULTS.view]);
  const value: TransformSnapshot = {
    m: toMat(r.numbers('m', 4, DEFAULTS.m.flat(), LIMIT)),
    x: r.vec2('x', DEFAULTS.x, LIMIT),
    b: toMat(r.numbers('b', 4, DEFAULTS.b.flat(), LIMIT)),
    view: view ?? DEFAULTS.view,
    t: r.number('t', 1, 0, 1),
    angle: r.number('angle', DEFAULTS.angle, -360, 360),
    show: r.flags('show', SHOW, DEFAULTS.show),
  };
  return { value, problems: r.problems };
}
