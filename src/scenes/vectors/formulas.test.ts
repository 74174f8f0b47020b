import { describe, expect, it } from 'vitest';
import { dotMeaning, lengthText, texDot, texLength, texNorms, texProjection, texScale, texSum } from './formulas';
import { angleBetween, project } from '../../lib/math/vec2';

describe('vectors formulas', () => {
  it('writes the dot product of the lesson as in the notes', () => {
    expect(texDot([3, -2], [-2, 5])).toBe('a\\cdot b = 3\\cdot(-2) + (-2)\\cdot5 = -16');
  });
  it('gives exact lengths where they exist', () => {
    expect(lengthText([4, 1])).toBe('√17 ≈ 4.123');
    expect(lengthText([3, 4])).toBe('5');
    expect(lengthText([0.5, 0])).toBe('0.5');
    expect(texLength('a', [3, -2])).toBe('\\lVert a \\rVert = \\sqrt{3^2 + (-2)^2} = \\sqrt{13} \\approx 3.606');
  });
  it('substitutes numbers into sums, scalings and norms', () => {
    expect(texSum([3, -2], [-2, 5], '+')).toContain('\\begin{bmatrix}1\\\\3\\end{bmatrix}');
    expect(texSum([3, -2], [-2, 5], '-')).toContain('\\begin{bmatrix}5\\\\-7\\end{bmatrix}');
    expect(texScale(-1, [3, -2])).toContain('\\begin{bmatrix}-3\\\\2\\end{bmatrix}');
    const n = texNorms([3, -2]);
    expect(n.l1).toMatch(/= 5$/);
    expect(n.linf).toMatch(/= 3$/);
  });
  it('projects a onto b', () => {
    const p = project([3, -2], [-2, 5]);
    expect(texProjection([3, -2], [-2, 5], p)).toContain('\\frac{-16}{29}');
    expect(texProjection([3, -2], [0, 0], [NaN, NaN])).toContain('undefined');
  });
  it('explains the sign of the dot product', () => {
    expect(dotMeaning(-16, angleBetween([3, -2], [-2, 5]))).toMatch(/obtuse \(145\.5°\)/);
    expect(dotMeaning(5, angleBetween([1, 2], [1, 2]))).toMatch(/acute \(0°\)/);
    expect(dotMeaning(0, angleBetween([1, 1], [1, -1]))).toMatch(/right angle/);
    expect(dotMeaning(0, angleBetween([0, 0], [1, -1]))).toMatch(/zero/);
  });
});
