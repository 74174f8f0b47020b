// Sampling a compiled function over a regular grid into a Float64Array, the
// shape contour and heat-map code wants. Points are NumPy's
// meshgrid(linspace(xMin, xMax, nx), linspace(yMin, yMax, ny)), row-major:
// out[j * nx + i] is the value at x_i, y_j, with y_0 = yMin (the bottom row).

import type { Box } from '../../box';
import type { Closure } from './closure';

/** A box sampled at nx × ny points, corners included. */
export interface SampleGrid extends Box {
  readonly nx: number;
  readonly ny: number;
}

export const gridSize = (g: SampleGrid): number => g.nx * g.ny;

/** x_i: with nx = 1 the single column sits at xMin, as linspace(a, b, 1) does. */
export const gridX = (g: SampleGrid, i: number): number => (g.nx > 1 ? g.xMin + (i * (g.xMax - g.xMin)) / (g.nx - 1) : g.xMin);
export const gridY = (g: SampleGrid, j: number): number => (g.ny > 1 ? g.yMin + (j * (g.yMax - g.yMin)) / (g.ny - 1) : g.yMin);

export function checkGrid(g: SampleGrid, out: Float64Array | undefined): Float64Array {
  if (!Number.isInteger(g.nx) || !Number.isInteger(g.ny) || g.nx < 1 || g.ny < 1) {
    throw new Error(`invalid grid size ${g.nx}×${g.ny}: nx and ny must be positive integers`);
  }
  const n = gridSize(g);
  if (out && out.length < n) throw new Error(`output of length ${out.length} is too short for a ${g.nx}×${g.ny} grid`);
  return out ?? new Float64Array(n);
}

export function sampleGrid(f: Closure, g: SampleGrid, out?: Float64Array, t = 0): Float64Array {
  const values = checkGrid(g, out);
  const { nx, ny } = g;
  // The x coordinates are the same on every row: compute them once.
  const xs = new Float64Array(nx);
  for (let i = 0; i < nx; i++) xs[i] = gridX(g, i);
  for (let j = 0; j < ny; j++) {
    const y = gridY(g, j);
    const row = j * nx;
    for (let i = 0; i < nx; i++) values[row + i] = f(xs[i], y, t);
  }
  return values;
}
