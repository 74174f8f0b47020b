import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShapeError } from '../errors';
import raw from '../fixtures/broadcast.json';
import { decode } from '../fixtures/fixtures';
import { broadcastPair, broadcastShapes, broadcastSteps, explainBroadcast } from './broadcast';

interface Pair {
  a: number[];
  b: number[];
  shape?: number[];
  error?: string;
}
interface Many {
  shapes: number[][];
  shape?: number[];
  error?: string;
}
const fx = decode<{ pairs: Pair[]; broadcastShapes: Many[] }>(raw);

// broadcast.json "pairs": for every pair of 15 shapes up to 2-D (and a few 3-D),
// np.broadcast_shapes(sa, sb) or the message of np.ones(sa) + np.ones(sb).
describe('broadcastPair matches NumPy on every pair of shapes up to 2-D', () => {
  it.each(fx.pairs.map((p) => [`${JSON.stringify(p.a)} with ${JSON.stringify(p.b)}`, p] as const))('%s', (_, p) => {
    if (p.shape) expect(broadcastPair(p.a, p.b)).toEqual(p.shape);
    else {
      expect(() => broadcastPair(p.a, p.b)).toThrow(ShapeError);
      // NumPy's message ends in a space; ours continues with the plain-words part.
      expect(() => broadcastPair(p.a, p.b)).toThrow((p.error as string).trimEnd() + ':');
    }
  });
});

describe('broadcastShapes', () => {
  // broadcast.json "broadcastShapes": np.broadcast_shapes(*shapes) or its message.
  it.each(fx.broadcastShapes.map((m) => [JSON.stringify(m.shapes), m] as const))('%s as NumPy', (_, m) => {
    if (m.shape) expect(broadcastShapes(...m.shapes)).toEqual(m.shape);
    else expect(() => broadcastShapes(...m.shapes)).toThrow(m.error);
  });

  it('says which axis clashes in plain words, as the issue asks', () => {
    expect(() => broadcastPair([2, 3], [2])).toThrow(
      'operands could not be broadcast together with shapes (2,3) (2,): aligned from the right, axis \u22121 has 3 vs 2 and neither is 1',
    );
    expect(() => broadcastShapes([4, 3], [5, 3])).toThrow('axis \u22122 has 4 vs 5 and neither is 1');
  });

  const shape = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 4 });
  const attempt = (f: () => number[]): number[] | 'clash' => {
    try {
      return f();
    } catch {
      return 'clash';
    }
  };

  it('is commutative in shape (property)', () => {
    fc.assert(
      fc.property(shape, shape, (a, b) => {
        expect(attempt(() => broadcastShapes(a, b))).toEqual(attempt(() => broadcastShapes(b, a)));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the pairwise rule for two shapes (property)', () => {
    fc.assert(
      fc.property(shape, shape, (a, b) => {
        expect(attempt(() => broadcastShapes(a, b))).toEqual(attempt(() => broadcastPair(a, b)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('explainBroadcast', () => {
  it('walks a compatible pair axis by axis', () => {
    expect(explainBroadcast([2, 3], [3])).toBe(
      'Aligning (2,3) and (3,) from the right: axis \u22121: 3 and 3 are equal: 3; ' +
        'axis \u22122: only (2,3) has this axis, so (3,) is repeated along it: 2; so the result has shape (2,3).',
    );
    expect(explainBroadcast([3, 1], [1, 4])).toBe(
      'Aligning (3,1) and (1,4) from the right: axis \u22121: 1 and 4, the 1 is stretched to 4; ' +
        'axis \u22122: 3 and 1, the 1 is stretched to 3; so the result has shape (3,4).',
    );
  });

  it('stops at the first clash and says why', () => {
    expect(explainBroadcast([2, 3], [2])).toBe(
      'Aligning (2,3) and (2,) from the right: axis \u22121: 3 vs 2 and neither is 1; so (2,3) and (2,) cannot be broadcast together.',
    );
  });

  it('handles scalars', () => {
    expect(explainBroadcast([], [])).toMatch(/single numbers/);
    expect(broadcastSteps([], [2])).toEqual([{ axis: -1, a: null, b: 2, result: 2 }]);
  });
});
