// The Vectors scene's address: `#/vectors?a=3,-2&b=-2,5&k=2&show=sum,dot`.
import { ParamReader, writeNumbers, writeQuery, type Decoded } from '../../lib/url/params';
import { CONSTRUCTIONS, DEFAULTS, K_RANGE, type VectorsSnapshot } from './state.svelte';

export function encode(s: VectorsSnapshot): string {
  return writeQuery([
    ['a', writeNumbers(s.a)],
    ['b', writeNumbers(s.b)],
    ['k', writeNumbers([s.k])],
    ['show', s.show.join(',')],
  ]);
}

export function decode(query: string): Decoded<VectorsSnapshot> {
  const r = new ParamReader(query);
  const value: VectorsSnapshot = {
    a: r.vec2('a', DEFAULTS.a),
    b: r.vec2('b', DEFAULTS.b),
    k: r.number('k', DEFAULTS.k, K_RANGE.min, K_RANGE.max),
    show: r.flags('show', CONSTRUCTIONS, DEFAULTS.show),
  };
  return { value, problems: r.problems };
}
