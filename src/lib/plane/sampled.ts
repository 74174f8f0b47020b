// A function sampled on a grid in world coordinates, ready for a heat map or contours.
// Its levels and colours live in a colour scale (lib/color), built from these values.
import type { SampleGrid } from '../math/expr';

export type Sampled = {
  /** World box and resolution; values[j * nx + i] is at x_i, y_j with y_0 = yMin. */
  readonly grid: SampleGrid;
  readonly values: Float64Array;
};

/** A sampling grid over a box, about `pxPerSample` screen pixels apart, capped for cost. */
export function samplingGrid(
  box: { xMin: number; xMax: number; yMin: number; yMax: number },
  widthPx: number,
  heightPx: number,
  pxPerSample = 4,
): SampleGrid {
  const nx = Math.max(2, Math.min(480, Math.ceil(widthPx / pxPerSample)));
  const ny = Math.max(2, Math.min(480, Math.ceil(heightPx / pxPerSample)));
  return { ...box, nx, ny };
}

/**
 * A coarser grid over the same box, at most `maxSamples` samples (96 × 96 by default): what the
 * main thread can sample and contour within a frame while the full grid is worked out elsewhere.
 */
export function quickGrid(
  box: { xMin: number; xMax: number; yMin: number; yMax: number },
  widthPx: number,
  heightPx: number,
  maxSamples = 96 * 96,
): SampleGrid {
  return samplingGrid(box, widthPx, heightPx, Math.max(4, Math.sqrt((widthPx * heightPx) / maxSamples) * 1.001));
}
