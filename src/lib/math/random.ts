// Seeded pseudo-random numbers, so particles and SGD noise replay the same
// way on every run and snapshots stay stable (STYLE.md §8). Nothing here
// reads Math.random or any global: the whole state is one 32-bit number.
//
// The generator is mulberry32 by Tommy Ettinger (public domain),
// https://gist.github.com/tommyettinger/46a874533244883189143505d203312c:
// a Weyl sequence stepped by 0x6D2B79F5, then hashed. Its period is 2^32,
// plenty for pictures and lessons, too short for statistics at scale.

export interface Random {
  /** Uniform in [0, 1), in steps of 2^-32. */
  next(): number;
  /** Uniform between lo and hi. */
  uniform(lo: number, hi: number): number;
  /** Normal (Gaussian) with this mean and standard deviation. */
  normal(mean?: number, sd?: number): number;
  /** A uniform integer in 0, 1, …, n − 1. */
  int(n: number): number;
  /**
   * A new generator seeded from this one (which advances by one draw). Give
   * each particle system or run its own fork, and one drawing more numbers
   * no longer shifts what the others see.
   */
  fork(): Random;
  /** The whole state: createRandom(r.state) continues exactly where r is. */
  readonly state: number;
}

/** seed: any integer, taken modulo 2^32; equal seeds give equal sequences. */
export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) throw new Error(`createRandom needs an integer seed, got ${seed}`);
  let a = seed >>> 0;

  const nextUint32 = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => nextUint32() / 4294967296;

  return {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    normal(mean = 0, sd = 1) {
      // Box–Muller: G. E. P. Box and M. E. Muller, "A Note on the Generation
      // of Random Normal Deviates", Ann. Math. Statist. 29(2), 1958. Only the
      // cosine half is used, so the state stays one number (no cached spare)
      // and `state` still resumes the sequence exactly. 1 − u keeps log off 0.
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    int(n) {
      if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new Error(`int(n) needs an integer n from 1 to 2^32, got ${n}`);
      return Math.floor(next() * n);
    },
    fork: () => createRandom(nextUint32()),
    get state() {
      return a;
    },
  };
}
