import { describe, expect, it } from 'vitest';
import { engine } from '../test/engine';

describe('a field written three ways', () => {
  it.each([['(2x, x^2)'], ['[2x, x^2]'], [['2x', 'x^2'] as const], ['  ( 2x ,x² )  ']])('%j', (input) => {
    const r = engine.compileField(input);
    if (!r.ok) throw new Error(r.message);
    expect(r.fn(3, 1)).toEqual([6, 9]);
    expect(r.tex).toBe('F(x,y) = \\begin{pmatrix}2x\\\\x^{2}\\end{pmatrix}');
  });

  it('samples P and Q over a grid', () => {
    const r = engine.compileField('(-y, x)');
    if (!r.ok) throw new Error(r.message);
    const [p, q] = r.batch({ xMin: 0, xMax: 1, yMin: 0, yMax: 1, nx: 2, ny: 2 });
    expect([...p].map((v) => v + 0)).toEqual([0, 0, -1, -1]);
    expect([...q]).toEqual([0, 1, 0, 1]);
  });

  it('keeps commas inside function calls within a component', () => {
    const r = engine.compileField('(atan2(y, x), min(x, y, 0))');
    expect(r.ok && r.fn(1, 1)).toEqual([Math.PI / 4, 0]);
  });
});

describe('what a field refuses, and where', () => {
  it.each([
    ['2x', 'write a field as (P, Q), e.g. (-y, x)', 0, 2],
    ['(x)', 'write a field as (P, Q), e.g. (-y, x) — a comma must separate P and Q', 0, 3],
    ['(x, y, 1)', 'a plane field has two components; the comma at column 6 starts a third', 5, 8],
    ['(x, )', 'the second (Q) component is empty at column 4', 3, 4],
    ['(, y)', 'the first (P) component is empty at column 2', 1, 1],
    ['(x, y', '"(" at column 1 is never closed', 0, 5],
    ['(x, y]', '"]" at column 6 does not close "(" at column 1', 0, 6],
    ['(x, y) + 1', 'write a field as (P, Q), e.g. (-y, x) — the bracket at column 1 closes at column 6, before the end', 6, 10],
    // Columns count in the whole text, not in the component.
    ['(2x, x + z)', 'unknown name "z" at column 10 — use x or y', 9, 10],
    ['[sin(x, y]', '"]" at column 10 does not close "(" at column 5', 4, 10],
    ['', 'type a field, e.g. (-y, x)', 0, 0],
  ])('%j', (text, message, from, to) => {
    expect(engine.compileField(text)).toEqual({ ok: false, message, from, to });
  });

  it('names the part when P and Q are two texts', () => {
    expect(engine.compileField(['x', 'y +'])).toEqual({ ok: false, message: 'something is missing after "+" at column 3', from: 2, to: 3, part: 1 });
  });
});

describe('downhill on a loss: F = −∇f', () => {
  it('for the bowl x² + 3y² is (−2x, −6y), with no curl and divergence −8', () => {
    const r = engine.compileDownhill('x^2 + 3y^2');
    if (!r.ok) throw new Error(r.message);
    expect(r.fn(1, 2)).toEqual([-2, -12]);
    expect(r.tex).toBe('F(x,y) = \\begin{pmatrix}-2x\\\\-6y\\end{pmatrix}');
    expect(r.divergence.fn(0.3, -0.7)).toBe(-8);
    expect(r.curl.fn(0.3, -0.7)).toBe(0);
  });

  it('names a typing mistake in f at its column', () => {
    const r = engine.compileDownhill('x^2 + * y');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.from).toBeGreaterThanOrEqual(4);
  });
});

describe('like terms in div and curl are collected', () => {
  it('(x² − y², 2xy): div F = 4x and curl F = 4y, not 2x + 2x', () => {
    const r = engine.compileField('(x^2 - y^2, 2x y)');
    if (!r.ok) throw new Error(r.message);
    expect(r.divergence.tex).toBe('4x');
    expect(r.curl.tex).toBe('4y');
  });
  it('(y, x): curl F = 0', () => {
    const r = engine.compileField('(y, x)');
    expect(r.ok && r.curl.tex).toBe('0');
  });
});

describe('a field written bare, P, Q, as a link writes it', () => {
  it.each([
    ['2x, x^2', [6, 9]],
    ['2x,x^2', [6, 9]],
    ['(x-1)*y, x', [2, 3]],
    ['(x),(y)', [3, 1]],
  ] as const)('%s', (text, value) => {
    const r = engine.compileField(text);
    if (!r.ok) throw new Error(r.message);
    expect(r.fn(3, 1)).toEqual(value);
  });

  it.each([
    ['x,y,z', 'a plane field has two components; the comma at column 4 starts a third', 3, 5],
    ['a*x,b', 'unknown name "a" at column 1 — use x or y', 0, 1],
    ['x, ', 'the second (Q) component is empty at column 3', 2, 2],
  ])('%j names its mistake at the link’s own columns', (text, message, from, to) => {
    const r = engine.compileField(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.message, r.from, r.to]).toEqual([message, from, to]);
  });
});
