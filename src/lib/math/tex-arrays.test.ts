import { describe, expect, it } from 'vitest';
import { texColumn, texMatrix } from './tex-arrays';

describe('TeX arrays', () => {
  it('writes columns and matrices with round or square brackets', () => {
    expect(texColumn(['2x', 'x^{2}'])).toBe('\\begin{pmatrix}2x\\\\x^{2}\\end{pmatrix}');
    expect(texColumn(['3', '-2'], 'square')).toBe('\\begin{bmatrix}3\\\\-2\\end{bmatrix}');
    expect(
      texMatrix(
        [
          ['1', '2'],
          ['3', '4'],
        ],
        'square',
      ),
    ).toBe('\\begin{bmatrix}1 & 2\\\\3 & 4\\end{bmatrix}');
  });
});
