// The Layer scene's address: `#/layer?W=1.2,-0.9,0.7,1.1&b=0.3,-0.4&act=relu&data=circles&stage=2.5`.
// W is row-major like NumPy: W=a,b,c,d is [[a, b], [c, d]], so î lands on (a, c). `net` holds the
// later layers (W₂, b₂, w₃, b₃) once the network is trained; without it they are the seed's start.
import type { Mat2 } from '../../lib/math/mat2';
import { LAST_STAGE } from '../../lib/math/nn/layer';
import { ParamReader, writeNumbers, writeQuery, type Decoded } from '../../lib/url/params';
import {
  ACTIVATIONS,
  DATASETS,
  DEFAULTS,
  LR,
  NET_SIZE,
  OPTIMIZERS,
  SEED_MAX,
  SHOW,
  WEIGHT_LIMIT,
  seededNet,
  type LayerSnapshot,
} from './state.svelte';

const toMat = (v: readonly number[]): Mat2 => [
  [v[0], v[1]],
  [v[2], v[3]],
];
const sameAs = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function encode(s: LayerSnapshot): string {
  return writeQuery([
    ['W', writeNumbers(s.w.flat())],
    ['b', writeNumbers(s.b)],
    ['act', s.act],
    ['data', s.data],
    ['seed', s.seed === DEFAULTS.seed ? null : String(s.seed)],
    ['stage', s.stage === LAST_STAGE ? null : writeNumbers([s.stage])],
    ['net', sameAs(s.net, seededNet(s.seed)) ? null : writeNumbers(s.net)],
    ['opt', s.opt === DEFAULTS.opt ? null : s.opt],
    ['lr', s.lr === DEFAULTS.lr ? null : writeNumbers([s.lr])],
    ['show', s.show.join(',') === DEFAULTS.show.join(',') ? null : s.show.join(',')],
  ]);
}

export function decode(query: string): Decoded<LayerSnapshot> {
  const r = new ParamReader(query);
  const [act] = r.flags('act', ACTIVATIONS, [DEFAULTS.act]);
  const [data] = r.flags('data', DATASETS, [DEFAULTS.data]);
  const [opt] = r.flags('opt', OPTIMIZERS, [DEFAULTS.opt]);
  let seed = r.number('seed', DEFAULTS.seed, 0, SEED_MAX);
  if (!Number.isInteger(seed)) {
    r.problems.push({ key: 'seed', message: `${seed} is not a whole number; using ${Math.round(seed)}` });
    seed = Math.round(seed);
  }
  const value: LayerSnapshot = {
    w: toMat(r.numbers('W', 4, DEFAULTS.w.flat(), WEIGHT_LIMIT)),
    b: r.vec2('b', DEFAULTS.b, WEIGHT_LIMIT),
    act: act ?? DEFAULTS.act,
    data: data ?? DEFAULTS.data,
    seed,
    stage: r.number('stage', DEFAULTS.stage, 0, LAST_STAGE),
    net: r.numbers('net', NET_SIZE, seededNet(seed), WEIGHT_LIMIT),
    opt: opt ?? DEFAULTS.opt,
    lr: r.number('lr', DEFAULTS.lr, LR.min, LR.max),
    show: r.flags('show', SHOW, DEFAULTS.show),
  };
  return { value, problems: r.problems };
}
