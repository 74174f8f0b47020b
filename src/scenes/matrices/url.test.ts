import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../lib/math/notebook';
import { decode, encode, MAX_CODE } from './url';
import { DEFAULTS } from './state.svelte';

describe('the Matrices address', () => {
  it('round-trips cells, the cell shown and the step', () => {
    const s = { cells: ['A = np.array([[1, 2], [3, 4]])', 'x = np.array([[5], [6]])', 'A @ x', 'A + 1'], focus: 2, step: 1 };
    const q = encode(s);
    // Readable: brackets, commas and @ stay as typed; line breaks are %0A.
    expect(q).toContain('np.array([[1,%202],%20[3,%204]])%0A');
    expect(q).toContain('A%20@%20x');
    expect(decode(q)).toEqual({ value: s, problems: [] });
  });

  it('a hand-written link with plus signs and spaces means what it says', () => {
    const { value, problems } = decode('code=a = [1, 2]%0Aa + a&cell=2');
    expect(problems).toEqual([]);
    expect(value.cells).toEqual(['a = [1, 2]', 'a + a']);
    expect(value.focus).toBe(1);
  });

  it('no code: the lesson’s product, showing A @ x', () => {
    expect(decode('').value).toEqual(DEFAULTS);
  });

  it('too many cells, a cell past the end, a bad step: said, and something sensible shown', () => {
    const many = Array.from({ length: LIMITS.cells + 5 }, (_, i) => `a${i} = ${i}`).join('%0A');
    const r = decode(`code=${many}&cell=99&step=-3`);
    expect(r.value.cells).toHaveLength(LIMITS.cells);
    expect(r.value.focus).toBe(LIMITS.cells - 1);
    expect(r.value.step).toBe(0);
    expect(r.problems.map((p) => p.key)).toEqual(['code', 'cell', 'step']);
  });

  it('code longer than its limit falls back with a message, and never freezes anything', () => {
    const r = decode(`code=${'1'.repeat(MAX_CODE + 1)}`);
    expect(r.value.cells).toEqual(DEFAULTS.cells);
    expect(r.problems[0].message).toMatch(/at most 6000/);
  });
});
