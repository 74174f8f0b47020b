// The Descent scene's address:
// `#/descent?f=(1-x)^2+100(y-x^2)^2&start=-1.5,2&lr=0.001&opt=gd,momentum,adam&beta=0.9&step=40`.
// A plus in f is a plus. Old Gradient links (`#/gradient?f=…&p=2,1`) name the start `p`; it is read too.
import { ParamReader, writeFormula, writeNumbers, writeQuery, type Decoded } from '../../lib/url/params';
import { WORLD_LIMIT } from '../../lib/math/world';
import { DEFAULTS, EPS_MIN, LEVELS, LR, MAX_STEPS, OPTIMIZERS, RATE, type DescentSnapshot } from './state.svelte';

const number = (v: number) => writeNumbers([v]);
const unlessDefault = <K extends keyof DescentSnapshot>(s: DescentSnapshot, key: K, write: (v: DescentSnapshot[K]) => string) =>
  s[key] === DEFAULTS[key] ? null : write(s[key]);

export function encode(s: DescentSnapshot): string {
  const rest = writeQuery([
    ['start', writeNumbers(s.start)],
    ['lr', number(s.lr)],
    ['opt', s.opt.join(',')],
    ['beta', unlessDefault(s, 'beta', number)],
    ['beta1', unlessDefault(s, 'beta1', number)],
    ['beta2', unlessDefault(s, 'beta2', number)],
    ['eps', unlessDefault(s, 'eps', number)],
    ['step', String(s.step)],
    ['rate', unlessDefault(s, 'rate', number)],
    ['levels', unlessDefault(s, 'levels', String)],
  ]);
  return `f=${writeFormula(s.f)}&${rest}`;
}

export function decode(query: string): Decoded<DescentSnapshot> {
  const r = new ParamReader(query);
  const [levels] = r.flags('levels', LEVELS, [DEFAULTS.levels]);
  const start = r.has('start') || !r.has('p') ? r.vec2('start', DEFAULTS.start, WORLD_LIMIT) : r.vec2('p', DEFAULTS.start, WORLD_LIMIT);
  const value: DescentSnapshot = {
    f: r.text('f', DEFAULTS.f),
    start,
    levels: levels ?? DEFAULTS.levels,
    lr: r.number('lr', DEFAULTS.lr, LR.min, LR.max),
    beta: r.number('beta', DEFAULTS.beta, 0, 0.999999),
    beta1: r.number('beta1', DEFAULTS.beta1, 0, 0.999999),
    beta2: r.number('beta2', DEFAULTS.beta2, 0, 0.999999),
    eps: r.number('eps', DEFAULTS.eps, EPS_MIN, 1),
    opt: r.flags('opt', OPTIMIZERS, DEFAULTS.opt),
    step: Math.round(r.number('step', DEFAULTS.step, 0, MAX_STEPS)),
    rate: r.number('rate', DEFAULTS.rate, RATE.min, RATE.max),
  };
  return { value, problems: r.problems };
}
