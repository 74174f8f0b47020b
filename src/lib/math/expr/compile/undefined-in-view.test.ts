import { describe, expect, it } from 'vitest';
import { undefinedInView } from './undefined-in-view';
import { engine } from '../test/engine';

const view = { xMin: -5, xMax: 5, yMin: -3, yMax: 3 };
const fn = (text: string) => {
  const r = engine.compileExpression(text);
  if (!r.ok) throw new Error(r.message);
  return r.fn;
};

describe('undefined everywhere in view', () => {
  it('says so, with the view in learner numbers', () => {
    expect(undefinedInView(fn('sqrt(-1 - x^2)'), view)).toBe(
      'undefined everywhere in view (x from −5 to 5, y from −3 to 3) — move the view or change the formula',
    );
    expect(undefinedInView(fn('1/0 + x'), view)).not.toBeNull();
  });

  it('is quiet when some points are finite, even only off the grid lines', () => {
    expect(undefinedInView(fn('sqrt(x - 4.9)'), view)).toBeNull();
    expect(undefinedInView(fn('1/x + 1/y'), view)).toBeNull();
    // NaN on every vertex of a 24×24 grid of [-6, 6]: x is a multiple of 0.5 there.
    expect(undefinedInView(fn('0/sin(2 pi x)'), { xMin: -6, xMax: 6, yMin: -6, yMax: 6 })).toBeNull();
  });

  it('takes a field: undefined when either component is everywhere', () => {
    const r = engine.compileField('(x, ln(-1 - y^2))');
    if (!r.ok) throw new Error(r.message);
    expect(undefinedInView(r.fn, view)).not.toBeNull();
  });
});
