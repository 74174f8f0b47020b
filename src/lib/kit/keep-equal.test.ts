import { describe, expect, it } from 'vitest';
import { keepEqual } from './keep-equal';

describe('keepEqual', () => {
  it('returns the earlier array while the numbers stay the same, the new one when they change', () => {
    const keep = keepEqual<[number, number]>();
    const first = keep([1, 2]);
    expect(keep([1, 2])).toBe(first);
    const moved = keep([1, 3]);
    expect(moved).toEqual([1, 3]);
    expect(moved).not.toBe(first);
  });

  it('tells −0 from 0 and treats NaN as equal to itself (Object.is)', () => {
    const keep = keepEqual<number[]>();
    const zero = keep([0]);
    expect(keep([-0])).not.toBe(zero);
    const nan = keep([NaN]);
    expect(keep([NaN])).toBe(nan);
  });
});
