import { describe, expect, it } from 'vitest';
import { forward, isAffineStage, reluKinks, stageAffine, stageMap, stageName, type Layer } from './layer';
import { activate, derivative, sigmoid } from './activation';
import { makeDataset, DATASETS } from './datasets';

const layer: Layer = {
  w: [
    [2, 1],
    [-1, 1],
  ],
  b: [0.5, -1],
  activation: 'relu',
};
const at = (s: number, p: [number, number], l = layer) => {
  const out = [0, 0];
  stageMap(l, s)(p[0], p[1], out);
  return out;
};

describe('stages of y = σ(W x + b)', () => {
  it('stage 0 is the plane, 1 is W x, 2 is W x + b, 3 is the layer', () => {
    expect(at(0, [1, 2])).toEqual([1, 2]);
    expect(at(1, [1, 2])).toEqual([4, 1]);
    expect(at(2, [1, 2])).toEqual([4.5, 0]);
    expect(at(3, [1, 2])).toEqual(forward(layer, [1, 2]));
    expect(at(3, [-1, 0])).toEqual([0, 0]);
  });

  it('moves on straight lines between stages: (1 − t)·start + t·end', () => {
    expect(at(0.5, [1, 2])).toEqual([2.5, 1.5]);
    expect(at(1.5, [1, 2])).toEqual([4.25, 0.5]);
    // W x + b = (−1.5, 0) at (−1, 0); halfway to ReLU's (0, 0).
    expect(at(2.5, [-1, 0])).toEqual([-0.75, 0]);
    expect(at(2.5, [0, -2])).toEqual([-0.75, -1.5]);
  });

  it('is affine until σ begins, and says so', () => {
    expect(isAffineStage(2)).toBe(true);
    expect(isAffineStage(2.01)).toBe(false);
    const { m, c } = stageAffine(layer, 1.5);
    expect(m).toEqual(layer.w);
    expect(c).toEqual([0.25, -0.5]);
  });

  it('names stages for a reader', () => {
    expect(stageName(0)).toBe('input');
    expect(stageName(2)).toBe('W x + b');
    expect(stageName(2.6)).toBe('W x + b, 60 % of the way to σ(W x + b)');
    expect(stageName(3)).toBe('σ(W x + b)');
  });

  it('finds where ReLU bends a segment', () => {
    // Along y = 0 from x = −2 to 2: W x + b = (2x + 0.5, −x − 1), zero at x = −0.25 and x = −1.
    expect(reluKinks(layer, [-2, 0], [2, 0])).toEqual([0.25, 0.4375]);
    expect(reluKinks(layer, [1, 0], [2, 0])).toEqual([]);
  });
});

describe('activations', () => {
  it('take the usual values', () => {
    expect(activate('relu', -2)).toBe(0);
    expect(activate('relu', 3)).toBe(3);
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
    expect(derivative('relu', 0)).toBe(0);
    expect(derivative('tanh', 0)).toBe(1);
    expect(derivative('sigmoid', 0)).toBe(0.25);
  });
});

describe('data sets', () => {
  for (const name of DATASETS)
    it(`${name}: 200 finite points, half in each class, the same for the same seed`, () => {
      const d = makeDataset(name, 5);
      expect(d.count).toBe(200);
      expect(d.xy.every(Number.isFinite)).toBe(true);
      expect(d.label.reduce((s, v) => s + v, 0)).toBe(100);
      expect(Array.from(makeDataset(name, 5).xy)).toEqual(Array.from(d.xy));
      expect(Array.from(makeDataset(name, 6).xy)).not.toEqual(Array.from(d.xy));
      expect(Math.max(...d.xy.map(Math.abs))).toBeLessThan(3.5);
    });

  it('XOR puts class 1 where x and y have the same sign', () => {
    const d = makeDataset('xor', 1);
    for (let i = 0; i < d.count; i++) expect(d.xy[2 * i] * d.xy[2 * i + 1] > 0).toBe(d.label[i] === 1);
  });
});
