import { describe, expect, it } from 'vitest';
import { withFlag } from './flags';

describe('withFlag', () => {
  const ALL = ['a', 'b', 'c'] as const;
  it('switches one flag and keeps the canonical order', () => {
    expect(withFlag(ALL, ['c'], 'a', true)).toEqual(['a', 'c']);
    expect(withFlag(ALL, ['a', 'c'], 'a', false)).toEqual(['c']);
    expect(withFlag(ALL, ['b'], 'b', true)).toEqual(['b']);
  });
});
