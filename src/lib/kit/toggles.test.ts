import { describe, expect, it } from 'vitest';
import { Toggles, withFlag } from './toggles.svelte';

describe('withFlag', () => {
  const ALL = ['a', 'b', 'c'] as const;
  it('switches one flag and keeps the canonical order', () => {
    expect(withFlag(ALL, ['c'], 'a', true)).toEqual(['a', 'c']);
    expect(withFlag(ALL, ['a', 'c'], 'a', false)).toEqual(['c']);
    expect(withFlag(ALL, ['b'], 'b', true)).toEqual(['b']);
  });
});

describe('Toggles', () => {
  it('keeps the canonical order whatever order flags are switched in', () => {
    const t = new Toggles(['sum', 'diff', 'dot'] as const, []);
    t.set('dot', true);
    t.set('sum', true);
    expect(t.list).toEqual(['sum', 'dot']);
    expect(t.has('dot')).toBe(true);
    t.set('dot', false);
    expect(t.has('dot')).toBe(false);
  });
});
