import { describe, expect, it } from 'vitest';
import type { Vec2 } from '../../lib/math/vec2';
import { residualsPath } from './residuals';

const toScreen = (p: Vec2): Vec2 => [100 + 10 * p[0], 100 - 10 * p[1]];

describe('residuals from PC1', () => {
  it('run from each point straight to its foot on the axis, in whole pixels', () => {
    // Axis along x through (0, 1): (2, 3) has its foot at (2, 1), 20 px below on screen.
    expect(residualsPath([[2, 3]], [0, 1], [1, 0], toScreen)).toBe('M120 70l0 20');
    // A point on the axis has no residual.
    expect(residualsPath([[5, 1]], [0, 1], [1, 0], toScreen)).toBe('M150 90l0 0');
    const s = Math.SQRT1_2;
    expect(residualsPath([[0, 2]], [0, 0], [s, s], toScreen)).toBe('M100 80l10 10');
  });
});
