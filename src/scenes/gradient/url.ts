// The Gradient scene's address: `#/gradient?f=x^2+3y^2&p=2,1`. A plus in f is a plus.
import { ParamReader, writeNumbers, type Decoded } from '../../lib/url/params';
import { DEFAULTS, type GradientSnapshot } from './state.svelte';

// Keep formulas readable in the address bar: escape only what would break the query.
const writeText = (s: string) => s.replace(/[%&#=\s+]/g, (c) => encodeURIComponent(c)).replace(/%2B/g, '+');

export function encode(s: GradientSnapshot): string {
  return `f=${writeText(s.f)}&p=${writeNumbers(s.p)}`;
}

export function decode(query: string): Decoded<GradientSnapshot> {
  const r = new ParamReader(query);
  return { value: { f: r.text('f', DEFAULTS.f), p: r.vec2('p', DEFAULTS.p) }, problems: r.problems };
}
