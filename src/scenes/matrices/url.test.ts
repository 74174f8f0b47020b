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

  it('every notebook within the cell limits comes back whole: 50 cells of 500 characters, escaped', () => {
    const cell = (k: number) => `M${k} = [${Array.from({ length: 170 }, (_, i) => i % 10).join(', ')}]`.slice(0, LIMITS.cellLength);
    const cells = Array.from({ length: LIMITS.cells }, (_, k) => cell(k));
    expect(cells.every((c) => c.length === LIMITS.cellLength)).toBe(true);
    const s = { cells, focus: 49, step: 0 };
    const r = decode(encode(s));
    expect(r.problems).toEqual([]);
    expect(r.value).toEqual(s);
  });

  it('code longer than any notebook keeps the whole cells that fit, says which are left out, and never freezes', () => {
    const cells = Array.from({ length: 60 }, (_, k) => `a${k} = ${'1'.repeat(600)}`);
    const r = decode(`code=${cells.join('%0A')}`);
    const kept = r.value.cells.length;
    expect(kept).toBeGreaterThan(30);
    expect(r.value.cells).toEqual(cells.slice(0, kept));
    expect(r.problems[0].message).toBe(
      `the notebook is ${cells.join('\n').length} characters long, more than a notebook holds (${MAX_CODE}); cells ${kept + 1} on are left out`,
    );
    // One cell longer than that: its start, cut (the notebook refuses it as too long, in place).
    const one = decode(`code=${'1'.repeat(MAX_CODE + 5)}`);
    expect(one.value.cells).toEqual(['1'.repeat(MAX_CODE)]);
    expect(one.problems[0].message).toMatch(/its first cell is cut short/);
  });
});
