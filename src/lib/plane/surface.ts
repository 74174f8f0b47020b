// A loss surface ready to draw: f sampled over a grid, the colour levels for those samples, and
// the contour lines at those levels as one SVG path. Pure (no DOM), so the surface worker, the
// main-thread fallback, the tests and bench/descent all run the same code:
//
//   const s = surfaceOf(closure, { grid, spacing: 'log' });
//   <HeatMap data={s} scale={surfaceScale(s)} />  <Contours surface={s} />
import { contours } from 'd3-contour';
import { sequential, type ColorScale } from '../color';
import type { Spacing } from '../color/scale';
import type { Closure } from '../math/expr/compile/closure';
import { sampleGrid } from '../math/expr/compile/sample-grid';
import type { Sampled } from './sampled';
import type { SampleGrid } from '../math/expr';
import type { Affine } from './frame';

export type SurfaceSpec = { readonly grid: SampleGrid; readonly spacing: Spacing };

export type Surface = Sampled & {
  readonly spacing: Spacing;
  /** Contour lines in d3-contour's sample-index space (sample i covers [i, i + 1]); see indexToWorld. */
  readonly path: string;
  /** Milliseconds spent sampling and contouring. */
  readonly ms: number;
};

const scales = new WeakMap<object, Partial<Record<Spacing, ColorScale>>>();

/**
 * The colour scale of a surface: the one the heat map, the legend and the contour levels share.
 * Remembered per array of samples, so the contours' levels and the picture's colours cost one
 * scale, not two (its percentiles sort the samples).
 */
export function surfaceScale(values: ArrayLike<number>, spacing: Spacing): ColorScale {
  let known = scales.get(values);
  if (!known) scales.set(values, (known = {}));
  return (known[spacing] ??= sequential({ values, spacing }));
}

/**
 * Contour lines of grid samples at the given levels, as one path in sample-index space. The
 * extreme levels are single points of the picture, so only the ones in between are drawn.
 */
export function contourPath(values: ArrayLike<number>, nx: number, ny: number, levels: readonly number[]): string {
  if (levels.length < 3) return '';
  const inner = levels.slice(1, -1);
  const shapes = contours().size([nx, ny]).smooth(true).thresholds(inner)(values as unknown as number[]);
  // A hundredth of a sample is finer than any screen shows. Concatenation, with the rounding done
  // in integers: V8 builds the string as a rope, faster here than join() or toFixed().
  let d = '';
  for (const shape of shapes) {
    for (const polygon of shape.coordinates) {
      for (const ring of polygon) {
        for (let n = 0; n < ring.length; n++) {
          const [x, y] = ring[n];
          d += (n === 0 ? 'M' : 'L') + Math.round(x * 100) / 100 + ',' + Math.round(y * 100) / 100;
        }
      }
    }
  }
  return d;
}

/** f over the spec's grid, its levels and its contour lines. */
export function surfaceOf(f: Closure, { grid, spacing }: SurfaceSpec): Surface {
  const t0 = performance.now();
  const values = sampleGrid(f, grid);
  const path = contourPath(values, grid.nx, grid.ny, surfaceScale(values, spacing).levels);
  return { grid, values, spacing, path, ms: performance.now() - t0 };
}

/** Sample index (with d3-contour's half-cell offset) → world, as an affine [a, b, c, d, e, f]. */
export function indexToWorld(grid: SampleGrid): Affine {
  const { xMin, xMax, yMin, yMax, nx, ny } = grid;
  const dx = nx > 1 ? (xMax - xMin) / (nx - 1) : 1;
  const dy = ny > 1 ? (yMax - yMin) / (ny - 1) : 1;
  return [dx, 0, 0, dy, xMin - 0.5 * dx, yMin - 0.5 * dy];
}
