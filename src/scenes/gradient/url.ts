// The Gradient scene's address: `#/gradient?f=x^2+3y^2&p=2,1&levels=log`. A plus in f is a plus.
import { ParamReader, writeFormula, writeNumbers, type Decoded } from '../../lib/url/params';
import { DEFAULTS, LEVELS, type GradientSnapshot } from './state.svelte';

export function encode(s: GradientSnapshot): string {
  return `f=${writeFormula(s.f)}&p=${writeNumbers(s.p)}${s.levels === DEFAULTS.levels ? '' : `&levels=${s.levels}`}`;
}

export function decode(query: string): Decoded<GradientSnapshot> {
  const r = new ParamReader(query);
  const [levels] = r.flags('levels', LEVELS, [DEFAULTS.levels]);
  return { value: { f: r.text('f', DEFAULTS.f), p: r.vec2('p', DEFAULTS.p), levels: levels ?? DEFAULTS.levels }, problems: r.problems };
}
