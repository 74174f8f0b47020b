// An arrow picture packed for postMessage: its arrays copied into two fresh buffers that can be
// transferred (moved to the worker) instead of cloned.
import type { ArrowPicture } from './arrow-paint';

export function pack(p: ArrowPicture): { picture: ArrowPicture; transfer: ArrayBuffer[] } {
  const n = p.n;
  const floats = new Float64Array(5 * n);
  floats.set(p.x.subarray(0, n), 0);
  floats.set(p.y.subarray(0, n), n);
  floats.set(p.u.subarray(0, n), 2 * n);
  floats.set(p.v.subarray(0, n), 3 * n);
  floats.set(p.magnitude.subarray(0, n), 4 * n);
  const bins = p.start.length;
  const ints = new Uint32Array(bins + p.index.length);
  ints.set(p.start, 0);
  ints.set(p.index, bins);
  const picture: ArrowPicture = {
    ...p,
    x: floats.subarray(0, n),
    y: floats.subarray(n, 2 * n),
    u: floats.subarray(2 * n, 3 * n),
    v: floats.subarray(3 * n, 4 * n),
    magnitude: floats.subarray(4 * n, 5 * n),
    start: ints.subarray(0, bins),
    index: ints.subarray(bins),
  };
  return { picture, transfer: [floats.buffer, ints.buffer] };
}
