// The layer and the network against scripts/make-fixtures.py's layer_fixtures(): float64 NumPy.
// Regenerate with `/usr/bin/python3 scripts/make-fixtures.py layer`.
import { describe, expect, it } from 'vitest';
import { decode, maxAbsDiff } from '../fixtures/fixtures';
import raw from '../fixtures/layer.json';
import { createStepper } from '../optimizer-step';
import type { Mat2 } from '../mat2';
import type { Vec2 } from '../vec2';
import { ACTIVATIONS, type Activation } from './activation';
import { forward } from './layer';
import { accuracy, forwardPass, initParams, lossAndGradient, P } from './network';

type Net = {
  activation: Activation;
  params: number[];
  loss: number;
  grad: number[];
  h1: number[][];
  h2: number[][];
  p: number[];
  gdLr: number;
  afterGd: number[];
  lossAfterGd: number;
  adamLr: number;
  adamLosses: number[];
  afterAdam: number[];
};
const fx = decode<{ x: Vec2[]; y: number[]; w: Mat2; b: Vec2; forward: Record<Activation, Vec2[]>; networks: Net[] }>(raw);
const xy = Float64Array.from(fx.x.flat());
const label = Uint8Array.from(fx.y);

describe('a dense layer σ(W x + b)', () => {
  for (const a of ACTIVATIONS)
    it(`matches NumPy's act(X @ W.T + b) for ${a}`, () => {
      const got = fx.x.map((p) => forward({ w: fx.w, b: fx.b, activation: a }, p));
      expect(maxAbsDiff(got, fx.forward[a])).toBeLessThan(1e-15);
    });
});

describe('the 2 → 2 → 2 → 1 network', () => {
  for (const net of fx.networks) {
    const a = net.activation;
    it(`${a}: the forward pass, the loss and its gradient match NumPy's backpropagation`, () => {
      const grad = new Float64Array(P.size);
      const loss = lossAndGradient(net.params, a, xy, label, grad);
      expect(Math.abs(loss - net.loss)).toBeLessThan(1e-14);
      expect(maxAbsDiff(grad, net.grad)).toBeLessThan(1e-15);
      const passes = fx.x.map(([x, y]) => forwardPass(net.params, a, x, y));
      expect(
        maxAbsDiff(
          passes.map((q) => q.h1),
          net.h1,
        ),
      ).toBeLessThan(1e-15);
      expect(
        maxAbsDiff(
          passes.map((q) => q.h2),
          net.h2,
        ),
      ).toBeLessThan(1e-15);
      expect(
        maxAbsDiff(
          passes.map((q) => q.p),
          net.p,
        ),
      ).toBeLessThan(1e-15);
    });

    it(`${a}: one GD step and three Adam steps land where NumPy's do`, () => {
      const grad = new Float64Array(P.size);
      const gd = Float64Array.from(net.params);
      const g = createStepper(P.size, { optimizer: 'gd', lr: net.gdLr });
      lossAndGradient(gd, a, xy, label, grad);
      expect(g.step(gd, grad)).toBe(true);
      expect(maxAbsDiff(gd, net.afterGd)).toBeLessThan(1e-15);
      expect(Math.abs(lossAndGradient(gd, a, xy, label, grad) - net.lossAfterGd)).toBeLessThan(1e-14);

      const adam = Float64Array.from(net.params);
      const s = createStepper(P.size, { optimizer: 'adam', lr: net.adamLr });
      for (const want of net.adamLosses) {
        expect(Math.abs(lossAndGradient(adam, a, xy, label, grad) - want)).toBeLessThan(1e-14);
        s.step(adam, grad);
      }
      expect(maxAbsDiff(adam, net.afterAdam)).toBeLessThan(1e-14);
    });
  }

  it('agrees with a central difference of the loss (no fixture needed)', () => {
    for (const a of ACTIVATIONS) {
      const p = initParams(7);
      const grad = new Float64Array(P.size);
      lossAndGradient(p, a, xy, label, grad);
      const scratch = new Float64Array(P.size);
      for (let k = 0; k < P.size; k++) {
        const h = 1e-6;
        const up = Float64Array.from(p);
        const down = Float64Array.from(p);
        up[k] += h;
        down[k] -= h;
        const d = (lossAndGradient(up, a, xy, label, scratch) - lossAndGradient(down, a, xy, label, scratch)) / (2 * h);
        expect(Math.abs(d - grad[k])).toBeLessThan(1e-6);
      }
    }
  });

  it('a seed gives the same start every time, and a different seed another', () => {
    expect(Array.from(initParams(3))).toEqual(Array.from(initParams(3)));
    expect(Array.from(initParams(3))).not.toEqual(Array.from(initParams(4)));
  });

  it('learns XOR-like data with Adam (the loss falls, the accuracy rises)', () => {
    const p = initParams(1);
    const grad = new Float64Array(P.size);
    const s = createStepper(P.size, { optimizer: 'adam', lr: 0.05 });
    const first = lossAndGradient(p, 'tanh', xy, label, grad);
    let last = first;
    for (let i = 0; i < 500; i++) {
      last = lossAndGradient(p, 'tanh', xy, label, grad);
      s.step(p, grad);
    }
    expect(last).toBeLessThan(first / 2);
    expect(accuracy(p, 'tanh', xy, label)).toBeGreaterThan(0.9);
  });

  it('a far logit gives a finite loss (no log of 0)', () => {
    const p = new Float64Array(P.size);
    p[P.b3] = 800;
    const grad = new Float64Array(P.size);
    const loss = lossAndGradient(p, 'relu', Float64Array.of(0, 0), Uint8Array.of(0), grad);
    expect(loss).toBeCloseTo(800, 10);
    expect(grad.every(Number.isFinite)).toBe(true);
  });
});
