import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { spread2, varianceAlong } from '../../lib/math/stats/spread2';
import type { Vec2 } from '../../lib/math/vec2';
import { pcaLatex, pcaNumpy } from './export';
import { PEOPLE } from './people';
import { presetPoints } from './presets';
import { KEPT_BY_TWO, PEOPLE_RATIOS, PEOPLE_VARIANCES } from './three';

const square: Vec2[] = [
  [0, 0],
  [2, 0],
  [0, 1],
  [2, 1],
];

/** The script's X, read back as JSON. */
const pointsOf = (script: string): number[][] => JSON.parse(/^X = np\.array\((\[.*\]), dtype=float\)$/m.exec(script)![1]);

/** The numbers a script prints, in order. */
const numbersIn = (text: string): number[] => (text.match(/-?\d+(?:\.\d*)?(?:e[-+]?\d+)?/g) ?? []).map(Number);

// The generated script run by a Python that has NumPy, when this machine has one.
const python = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' });
const hasNumpy = python.status === 0;
const run = (script: string): string => {
  const r = spawnSync('python3', ['-'], { input: script, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
};

describe('PCA export', () => {
  it('writes the mean, C with ddof = 1, the eigenpairs, the ratio and u’s variance as LaTeX', () => {
    // np.cov(np.array([[0,0],[2,0],[0,1],[2,1]]).T) -> [[1.3333, 0], [0, 0.3333]]
    expect(pcaLatex({ points: square, names: ['x', 'y'], angle: 90, dims: 2 })).toBe(
      [
        'n = 4, \\quad \\bar{\\mathbf{x}} = \\frac{1}{n} \\sum_{i=1}^{n} \\mathbf{x}_i = \\begin{bmatrix} 1 \\\\ 0.5 \\end{bmatrix}',
        'C = \\frac{1}{n - 1} \\sum_{i=1}^{n} (\\mathbf{x}_i - \\bar{\\mathbf{x}})(\\mathbf{x}_i - \\bar{\\mathbf{x}})^{\\top} = \\begin{bmatrix} 1.3333 & 0 \\\\ 0 & 0.3333 \\end{bmatrix}',
        '\\lambda_1 = 1.3333, \\quad \\lambda_2 = 0.3333',
        '\\mathbf{v}_1 = \\begin{bmatrix} 1 \\\\ 0 \\end{bmatrix}, \\quad \\mathbf{v}_2 = \\begin{bmatrix} 0 \\\\ 1 \\end{bmatrix}',
        '\\text{explained variance ratio: } \\frac{\\lambda_k}{\\lambda_1 + \\lambda_2} = 0.8, \\ 0.2',
        '\\mathbf{u} = \\begin{bmatrix} 0 \\\\ 1 \\end{bmatrix} \\ (90^\\circ), \\quad \\mathbf{u}^{\\top} C \\mathbf{u} = 0.3333 = 20\\,\\% \\text{ of } 1.6667',
        '',
      ].join('\n'),
    );
  });

  it('says when there are too few points, and when they coincide', () => {
    expect(pcaLatex({ points: [[1, 2]], names: ['x', 'y'], angle: 0, dims: 2 })).toContain('at least two points');
    const same = pcaLatex({
      points: [
        [1, 1],
        [1, 1],
      ],
      names: ['x', 'y'],
      angle: 0,
      dims: 2,
    });
    expect(same).toContain('the points coincide');
    expect(same).not.toContain('\\lambda_1');
  });

  it('writes the 3-feature people’s PCA when the scene shows it', () => {
    const text = pcaLatex({ points: square, names: ['x', 'y'], angle: 0, dims: 3 });
    expect(text).toContain('n = 30');
    expect(text).toContain(`\\lambda_3 = ${Number(PEOPLE_VARIANCES[2].toFixed(4))}`);
    expect(text).toContain(`\\text{PC1 and PC2 keep } ${Number((100 * KEPT_BY_TWO).toFixed(1))}\\,\\%`);
    expect(text).not.toContain('\\mathbf{u}');
  });

  it('puts every point of the cloud in the script, as the link holds them', () => {
    const points = presetPoints('height-weight', 500, 3);
    const script = pcaNumpy({ points, names: ['height (cm)', 'weight (kg)'], angle: 30, dims: 2 });
    expect(pointsOf(script)).toEqual(points);
    expect(script).toContain('# 500 points, a row each: height (cm), weight (kg)');
    expect(script).toContain('C = np.cov(X.T)');
    expect(script).toContain('np.linalg.eigh(C)');
    expect(script).toContain('theta = np.radians(30)');
    expect(script.startsWith('import numpy as np\n')).toBe(true);
  });

  it('keeps a name from a link on its comment line', () => {
    const script = pcaNumpy({ points: square, names: ['a\nprint("hi")', 'b'], angle: 0, dims: 2 });
    expect(script).not.toMatch(/^print\("hi"\)/m);
  });

  it('writes the people for the 3-feature view', () => {
    const script = pcaNumpy({ points: square, names: ['x', 'y'], angle: 0, dims: 3 });
    expect(pointsOf(script)).toEqual(PEOPLE.map((r) => [...r]));
    expect(script).toContain('print(ratio[:2].sum())');
    expect(script).not.toContain('theta');
  });

  it.skipIf(!hasNumpy)('prints, run by NumPy, the numbers the panel shows (skipped where python3 has no NumPy)', () => {
    const points = presetPoints('line', 80, 2);
    const angle = 37.5;
    const s = spread2(points)!;
    const printed = numbersIn(run(pcaNumpy({ points, names: ['x', 'y'], angle, dims: 2 })));
    const expected = [...s.mean, ...s.cov.flat(), ...s.values, s.axes[0][0], s.axes[1][0], s.axes[0][1], s.axes[1][1]];
    expected.push(s.values[0] / s.total, s.values[1] / s.total, varianceAlong(s.cov, angle));
    expect(printed).toHaveLength(expected.length);
    printed.forEach((x, i) => expect(x, `number ${i}`).toBeCloseTo(expected[i], 5));

    const three = numbersIn(run(pcaNumpy({ points, names: ['x', 'y'], angle, dims: 3 })));
    // mean 3, C 9, eigenvalues 3, axes 9, ratios 3, kept 1
    expect(three).toHaveLength(28);
    three.slice(12, 15).forEach((x, i) => expect(x / PEOPLE_VARIANCES[i]).toBeCloseTo(1, 6));
    three.slice(24, 27).forEach((x, i) => expect(x).toBeCloseTo(PEOPLE_RATIOS[i], 6));
    expect(three[27]).toBeCloseTo(KEPT_BY_TWO, 6);
  });
});

if (!hasNumpy) console.warn('pca/export.test.ts: python3 has no NumPy here, so the generated script is not run (the test is skipped).');
