import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { CompiledField } from '../../lib/math/expr';
import { engine } from '../../lib/math/expr/test/engine';
import type { Vec2 } from '../../lib/math/vec2';
import { fieldLatex, fieldNumpy, type FieldExport } from './export';

const fieldOf = (text: string): CompiledField => {
  const r = engine.compileField(text);
  if (!r.ok) throw new Error(r.message);
  return r;
};
const downhill = (text: string): FieldExport['loss'] & { field: CompiledField } => {
  const field = engine.compileDownhill(text);
  const f = engine.compileExpression(text, { variables: ['x', 'y'] });
  if (!field.ok || !f.ok) throw new Error('does not read');
  return { field, tex: f.tex, expr: f.expr };
};

const numbersIn = (text: string): number[] => (text.match(/-?\d+(?:\.\d*)?(?:e[-+]?\d+)?|nan/g) ?? []).map(Number);
const hasNumpy = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0;
const run = (script: string): string => {
  const r = spawnSync('python3', ['-'], { input: script, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
};

describe('Field export', () => {
  it('writes F, J_F, div F and curl F, and their values at the probe, as LaTeX', () => {
    const field = fieldOf('(2x, x^2)');
    expect(fieldLatex({ field, loss: null, probe: [1, 1] })).toBe(
      [
        field.tex,
        field.jacobian.tex,
        field.divergence.equation,
        field.curl.equation,
        // F(1, 1) = (2, 1); J = [[2, 0], [2x, 0]] = [[2, 0], [2, 0]]; div = 2; curl = 2x = 2
        '\\text{at the probe } (1, 1): \\quad F = \\begin{bmatrix} 2 \\\\ 1 \\end{bmatrix}, \\quad J_F = \\begin{bmatrix} 2 & 0 \\\\ 2 & 0 \\end{bmatrix}, \\quad \\nabla \\cdot F = 2, \\quad (\\nabla \\times F)_z = 2',
        '',
      ].join('\n'),
    );
    expect(field.divergence.equation).toBe('\\nabla \\cdot F(x,y) = 2');
  });

  it('names the loss of a downhill field, and says when no field has been read', () => {
    const d = downhill('x^2 + 3y^2');
    const text = fieldLatex({ field: d.field, loss: d, probe: [1, -1] });
    expect(text.split('\n')[0]).toBe(`f(x,y) = ${d.tex}, \\quad F = -\\nabla f`);
    expect(text).toContain('F = \\begin{bmatrix} -2 \\\\ 6 \\end{bmatrix}');
    expect(fieldLatex({ field: null, loss: null, probe: [0, 0] })).toContain('has not been read yet');
    expect(fieldNumpy({ field: null, loss: null, probe: [0, 0] })).toBe(
      'import numpy as np\n# F has not been read yet: there is no field to write out.\n',
    );
  });

  it('writes F and its derivatives as Python from the tree, never the typed text', () => {
    const script = fieldNumpy({ field: fieldOf('(sin(y), x^2 - y)'), loss: null, probe: [0.5, -2] });
    expect(script).toContain('    return np.stack(np.broadcast_arrays(np.sin(y), x**2 - y))');
    expect(script).toContain('    return np.array([[0, np.cos(y)], [2*x, -1]])');
    expect(script).toContain('probe = np.array([0.5, -2.0])');
    expect(script).toContain('x, y = np.meshgrid(np.linspace(-4, 4, 9), np.linspace(-4, 4, 9))');
    expect(script).not.toContain('^');
    const d = downhill('x^2 + 3y^2');
    expect(fieldNumpy({ field: d.field, loss: d, probe: [1, 1] })).toContain('# F = −∇f, downhill on the loss f(x, y) = x**2 + 3*y**2');
  });

  it.skipIf(!hasNumpy)('prints, run by NumPy, the probe’s readings (skipped where python3 has no NumPy)', () => {
    const cases: [string, Vec2][] = [
      ['(2x, x^2)', [1, 1]],
      ['(-y, x)', [0.3, -1.7]],
      ['(sin(y) + 1, exp(-x^2) * y)', [0.7, -1.3]],
      ['(x^3 - x, y^3 - y)', [2, 0.5]],
      ['(3, -1)', [1, 2]],
    ];
    for (const [text, probe] of cases) {
      const field = fieldOf(text);
      const printed = numbersIn(run(fieldNumpy({ field, loss: null, probe })));
      const [x, y] = probe;
      const expected = [...field.fn(x, y), ...field.jacobian.fn(x, y).flat(), field.divergence.fn(x, y), field.curl.fn(x, y)];
      expect(printed, text).toHaveLength(expected.length);
      printed.forEach((v, i) => expect(v, `${text}: number ${i}`).toBeCloseTo(expected[i], 6));
    }
    const d = downhill('(1 - x)^2 + 100(y - x^2)^2');
    const printed = numbersIn(run(fieldNumpy({ field: d.field, loss: d, probe: [0.5, 0.5] })));
    expect(printed.slice(0, 2)).toEqual(d.field.fn(0.5, 0.5).map((v) => expect.closeTo(v, 6)));
  });
});

if (!hasNumpy) console.warn('field/export.test.ts: python3 has no NumPy here, so the generated script is not run (the test is skipped).');
