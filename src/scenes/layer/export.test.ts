import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../lib/math/nn/datasets';
import { accuracy, forwardPass, initParams, lossAndGradient, P } from '../../lib/math/nn/network';
import { forward } from '../../lib/math/nn/layer';
import type { Activation } from '../../lib/math/nn/activation';
import { layerLatex, layerNumpy, type LayerExport } from './export';
import { DEFAULTS, seededNet } from './state.svelte';

const scene = (act: Activation = 'tanh', seed = 1, data = 'moons' as const): LayerExport => ({
  w: DEFAULTS.w,
  b: DEFAULTS.b,
  act,
  net: seededNet(seed),
  dataset: makeDataset(data, seed),
  seed,
});
const paramsOf = (e: LayerExport) => Float64Array.from([e.w[0][0], e.w[0][1], e.w[1][0], e.w[1][1], e.b[0], e.b[1], ...e.net]);

/** A multi-line `name = np.array([ … ])` read back as JSON. */
const arrayIn = (script: string, name: string): unknown =>
  JSON.parse(new RegExp(`^${name} = np\\.array\\((\\[[^]*?\\n\\])\\)$`, 'm').exec(script)![1].replace(/,\n\]$/, ']'));
const numbersIn = (text: string): number[] => (text.match(/-?\d+(?:\.\d*)?(?:e[-+]?\d+)?/g) ?? []).map(Number);

const hasNumpy = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0;
const run = (script: string): string => {
  const r = spawnSync('python3', ['-'], { input: script, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
};

describe('Layer export', () => {
  it('writes W, b, the layer with its activation named, the later layers and the score as LaTeX', () => {
    const e = scene();
    const lines = layerLatex(e).split('\n');
    expect(lines[0]).toBe(
      'W = \\begin{bmatrix} 1.2 & -0.9 \\\\ 0.7 & 1.1 \\end{bmatrix}, \\quad \\mathbf{b} = \\begin{bmatrix} 0.3 \\\\ -0.4 \\end{bmatrix}',
    );
    expect(lines[1]).toBe(
      '\\mathbf{y} = \\sigma(W\\mathbf{x} + \\mathbf{b}) = \\tanh\\left(\\begin{bmatrix} 1.2 & -0.9 \\\\ 0.7 & 1.1 \\end{bmatrix} \\mathbf{x} + \\begin{bmatrix} 0.3 \\\\ -0.4 \\end{bmatrix}\\right), \\quad \\tanh(z) = \\frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}',
    );
    const net = seededNet(1);
    expect(lines[2]).toContain(`W_2 = \\begin{bmatrix} ${Number(net[0].toFixed(4))} & ${Number(net[1].toFixed(4))} \\\\`);
    expect(lines[2]).toContain('b_3 = 0');
    const acc = accuracy(paramsOf(e), 'tanh', e.dataset.xy, e.dataset.label);
    expect(lines[4]).toBe(
      `\\text{two moons, 200 points: loss } ${Number(lossAndGradient(paramsOf(e), 'tanh', e.dataset.xy, e.dataset.label, new Float64Array(P.size)).toFixed(4))}, \\quad \\text{accuracy } ${Math.round(100 * acc)}\\,\\%`,
    );
    expect(layerLatex(scene('relu'))).toContain('\\operatorname{ReLU}\\left(');
    expect(layerLatex(scene('relu'))).toContain('\\operatorname{ReLU}(z) = \\max(0, z)');
  });

  it('puts the scene’s weights and every point of its data set in the script, to the last digit', () => {
    const e = scene('sigmoid', 7, 'moons');
    const script = layerNumpy(e);
    expect(script).toContain('W = np.array([[1.2, -0.9], [0.7, 1.1]])');
    expect(script).toContain('    return 1 / (1 + np.exp(-z))');
    const p = initParams(7);
    expect(numbersIn(/^W2 = .*$/m.exec(script)![0]).slice(1)).toEqual(Array.from(p.subarray(6, 10)));
    expect(arrayIn(script, 'X')).toEqual(Array.from({ length: 200 }, (_, i) => [e.dataset.xy[2 * i], e.dataset.xy[2 * i + 1]]));
    expect(arrayIn(script, 'y')).toEqual(Array.from(e.dataset.label));
    expect(layerNumpy(scene('relu'))).toContain('    return np.maximum(0, z)');
  });

  it.skipIf(!hasNumpy)('prints, run by NumPy, the panel’s loss and accuracy and the layer’s outputs (skipped where python3 has no NumPy)', () => {
    for (const [act, seed, data] of [
      ['tanh', 1, 'moons'],
      ['relu', 4, 'xor'],
      ['sigmoid', 2, 'circles'],
    ] as const) {
      const e = scene(act, seed, data as never);
      const params = paramsOf(e);
      const { xy, label } = e.dataset;
      const printed = numbersIn(run(layerNumpy(e)));
      const firstThree = [0, 1, 2].flatMap((i) => forward({ w: e.w, b: e.b, activation: act }, [xy[2 * i], xy[2 * i + 1]]));
      expect(printed).toHaveLength(2 + 6);
      expect(printed[0]).toBeCloseTo(lossAndGradient(params, act, xy, label, new Float64Array(P.size)), 6);
      expect(printed[1]).toBe(accuracy(params, act, xy, label));
      printed.slice(2).forEach((x, i) => expect(x).toBeCloseTo(firstThree[i], 5));
      expect(forwardPass(params, act, xy[0], xy[1]).h1[0]).toBeCloseTo(firstThree[0], 12);
    }
  });
});

if (!hasNumpy) console.warn('layer/export.test.ts: python3 has no NumPy here, so the generated script is not run (the test is skipped).');
