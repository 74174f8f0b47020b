// NaN and ±Infinity at some points are holes to draw, not errors. Only when a
// formula has no finite value anywhere in view is there something to say.

import type { Box } from '../../box';
import type { Vec2 } from '../../vec2';

const fmt = (v: number) => String(Number(v.toPrecision(3))).replace('-', '−');

function finite(v: number | Vec2): boolean {
  return typeof v === 'number' ? Number.isFinite(v) : Number.isFinite(v[0]) && Number.isFinite(v[1]);
}

/**
 * A message when fn is undefined (NaN or infinite) at every sample of the
 * view, else null. Samples an n×n grid and the same grid shifted by half a
 * cell, so a function defined only off the grid lines (1/sin(πx)) is not
 * mistaken for undefined.
 */
export function undefinedInView(fn: (x: number, y: number) => number | Vec2, view: Box, n = 24): string | null {
  const dx = (view.xMax - view.xMin) / n;
  const dy = (view.yMax - view.yMin) / n;
  for (const shift of [0, 0.5]) {
    const last = shift ? n - 1 : n;
    for (let j = 0; j <= last; j++) {
      for (let i = 0; i <= last; i++) {
        if (finite(fn(view.xMin + (i + shift) * dx, view.yMin + (j + shift) * dy))) return null;
      }
    }
  }
  return `undefined everywhere in view (x from ${fmt(view.xMin)} to ${fmt(view.xMax)}, y from ${fmt(view.yMin)} to ${fmt(view.yMax)}) — move the view or change the formula`;
}
