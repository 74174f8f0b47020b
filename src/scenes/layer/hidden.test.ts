import { describe, expect, it } from 'vitest';
import { hiddenBox, hiddenMap, lineInBox } from './hidden';
import { boundaryRings } from './boundary';
import { classPath, ringsPath } from './marks';
import { forwardPass, P } from '../../lib/math/nn/network';

describe('the hidden layers’ pictures', () => {
  it('map a point as the network’s forward pass does', () => {
    const params = Float64Array.from({ length: P.size }, (_, k) => Math.sin(k + 1));
    const out = new Float64Array(2);
    for (const k of [1, 2] as const) {
      hiddenMap(params, 'tanh', k)(0.3, -1.2, out, 0);
      const pass = forwardPass(params, 'tanh', 0.3, -1.2);
      expect(Array.from(out)).toEqual(k === 1 ? pass.h1 : pass.h2);
    }
  });

  it('frame the activation’s range, ReLU’s up to the farthest point', () => {
    expect(hiddenBox('tanh', [])).toEqual({ x0: -1.16, x1: 1.16, y0: -1.16, y1: 1.16 });
    expect(hiddenBox('sigmoid', [])).toEqual({ x0: -0.08, x1: 1.08, y0: -0.08, y1: 1.08 });
    expect(hiddenBox('relu', [0, 0, 4, 1]).x1).toBeCloseTo(4.32, 12);
  });

  it('clip the output line w · h + c = 0 to the box', () => {
    const box = { x0: -1, x1: 1, y0: -1, y1: 1 };
    expect(lineInBox([1, -1], 0, box)).toEqual([
      [-1, -1],
      [1, 1],
    ]);
    expect(lineInBox([1, 0], -0.5, box)).toEqual([
      [0.5, -1],
      [0.5, 1],
    ]);
    expect(lineInBox([1, 1], 5, box)).toBeNull();
  });
});

describe('the decision boundary', () => {
  it('is the line x = 0 for a network whose output follows x', () => {
    const params = new Float64Array(P.size);
    params[0] = 1; // h₁₁ = tanh(x)
    params[6] = 1; // h₂₁ = tanh(h₁₁)
    params[12] = 5; // z₃ = 5 h₂₁: p = ½ exactly where x = 0
    const { rings, onEdge } = boundaryRings(params, 'tanh', 33);
    expect(rings.length).toBe(1);
    const inner: number[] = [];
    for (let k = 0; k < rings[0].length / 2; k++) if (!onEdge[0][k]) inner.push(rings[0][2 * k]);
    expect(inner.length).toBeGreaterThan(10);
    for (const x of inner) expect(Math.abs(x)).toBeLessThan(1e-9);
    // The line alone leaves out the box's edges; the region is closed.
    const path = ringsPath(rings, [1, 0, 0, 1, 0, 0], onEdge);
    expect(path).not.toContain('Z');
    expect(ringsPath(rings, [1, 0, 0, 1, 0, 0])).toContain('Z');
  });

  it('gives nothing when one class is everywhere', () => {
    const params = new Float64Array(P.size);
    params[P.b3] = 3;
    expect(boundaryRings(params, 'relu', 16).rings.length).toBe(1); // the whole box is class 1
    params[P.b3] = -3;
    expect(boundaryRings(params, 'relu', 16).rings.length).toBe(0);
  });
});

describe('the data set’s marks', () => {
  it('draws class 0 as circles and class 1 as triangles, one path each', () => {
    const xy = [0, 0, 1, 1, 2, 2];
    const label = [0, 1, 0];
    const t = [10, 0, 0, -10, 50, 50] as const;
    const c0 = classPath(xy, label, 0, t, 4);
    const c1 = classPath(xy, label, 1, t, 4);
    expect(c0.match(/M/g)).toHaveLength(2);
    expect(c0).toContain('a4,4');
    expect(c1.match(/M/g)).toHaveLength(1);
    expect(c1).toMatch(/^M60,[\d.]+l[\d.]+,[\d.]+h-[\d.]+z$/);
  });
});
