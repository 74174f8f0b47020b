// A small timing harness: warm up, then take the median of several rounds,
// each long enough (≥ 20 ms) that timer resolution does not matter. The
// results feed a sink so the JIT cannot drop the work as dead code.

let sink = 0;
export const consume = (x: number): void => {
  sink += x;
};
export const sinkValue = (): number => sink;

/** How many calls of `op` take at least `minMs`: the warm-up doubles as calibration. */
function calibrate(op: (i: number) => void, minMs: number): number {
  for (let n = 1; ; n *= 2) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) op(i);
    if (performance.now() - t0 >= minMs) return n;
  }
}

function round(op: (i: number) => void, n: number): number {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) op(i);
  return ((performance.now() - t0) * 1e6) / n;
}

/**
 * Time per call in nanoseconds of `ours` and `hand`, measured in alternating
 * rounds so both see the same machine load, keeping each one's fastest
 * round: other processes only ever add time, so the minimum is the best
 * estimate of the work itself on a shared machine.
 */
export function compare(name: string, ours: (i: number) => void, hand: (i: number) => void, { rounds = 15, minMs = 10 } = {}): Row {
  const [n1, n2] = [calibrate(ours, minMs), calibrate(hand, minMs)];
  let [best1, best2] = [Infinity, Infinity];
  for (let r = 0; r < rounds; r++) {
    best1 = Math.min(best1, round(ours, n1));
    best2 = Math.min(best2, round(hand, n2));
  }
  return { name, ours: best1, hand: best2 };
}

export interface Row {
  readonly name: string;
  readonly ours: number;
  readonly hand: number;
}

const fmt = (ns: number): string => (ns < 1e3 ? `${ns.toFixed(1)} ns` : ns < 1e6 ? `${(ns / 1e3).toFixed(2)} µs` : `${(ns / 1e6).toFixed(2)} ms`);

export function table(title: string, rows: readonly Row[]): string {
  const lines = rows.map(
    (r) => `  ${r.name.padEnd(34)} ${fmt(r.ours).padStart(10)} ${fmt(r.hand).padStart(10)} ${(r.ours / r.hand).toFixed(2).padStart(6)}×`,
  );
  return [`${title}`, `  ${'operation'.padEnd(34)} ${'ours'.padStart(10)} ${'hand loop'.padStart(10)}  ratio`, ...lines].join('\n');
}
