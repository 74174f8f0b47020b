// The network's decision boundary in the input plane: where the probability of class 1 is ½,
// traced by marching squares (d3-contour) over a grid of forward passes, and the region beyond it.
import { contours } from 'd3-contour';
import type { Activation } from '../../lib/math/nn/activation';
import { forwardPass } from '../../lib/math/nn/network';

/** The box the boundary is traced in: the grid patch and a little more. */
export const BOUNDARY_BOX = { lo: -4.5, hi: 4.5 } as const;
/** Samples each way: a forward pass costs next to nothing, and 64² keeps a drag smooth. */
export const BOUNDARY_SAMPLES = 64;

/**
 * Rings of the region p ≥ ½ in world coordinates, as x, y pairs each (outer rings and holes
 * alike), and for each point whether it lies on the edge of the box (there the region is cut
 * off, not bounded: no boundary is drawn along it).
 */
export type Rings = { readonly rings: readonly Float64Array[]; readonly onEdge: readonly Uint8Array[] };

export function boundaryRings(params: ArrayLike<number>, a: Activation, n = BOUNDARY_SAMPLES): Rings {
  const { lo, hi } = BOUNDARY_BOX;
  const step = (hi - lo) / (n - 1);
  const values = new Float64Array(n * n);
  const pass = forwardPass(params, a, 0, 0);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[j * n + i] = forwardPass(params, a, lo + i * step, lo + j * step, pass).p;
  // d3-contour puts sample (i, j) at the corner (i, j) of a cell grid, so x = lo + i · step.
  const [region] = contours().size([n, n]).smooth(true).thresholds([0.5])(values as unknown as number[]);
  const rings: Float64Array[] = [];
  const onEdge: Uint8Array[] = [];
  for (const polygon of region.coordinates)
    for (const ring of polygon) {
      const out = new Float64Array(2 * ring.length);
      const edge = new Uint8Array(ring.length);
      for (let k = 0; k < ring.length; k++) {
        const [gx, gy] = ring[k];
        edge[k] = gx <= 0 || gy <= 0 || gx >= n || gy >= n ? 1 : 0;
        // Grid coordinates run 0 … n, one per sample; shifted half a cell, sample k sits at k + ½.
        out[2 * k] = lo + (ring[k][0] - 0.5) * step;
        out[2 * k + 1] = lo + (ring[k][1] - 0.5) * step;
      }
      rings.push(out);
      onEdge.push(edge);
    }
  return { rings, onEdge };
}
