// The Field scene's numbers to take away: F, its Jacobian, div F and curl F as LaTeX, with their
// values at the probe; and a NumPy script that defines the same F (printed from the engine's
// validated tree by lib/math/expr/python, which writes only our own strings and numbers, never
// the learner's text), evaluates it on a meshgrid, and prints the probe's readings. NumPy has no
// symbolic derivatives: the Jacobian, div and curl are the app's own, written as Python, and the
// script says so.
import type { CompiledField } from '../../lib/math/expr';
import type { Expr } from '../../lib/math/expr/tree/ast';
import { python } from '../../lib/math/expr/python';
import type { Vec2 } from '../../lib/math/vec2';
import { latexColumn, latexLines, latexMatrix, latexNumber } from '../../lib/export/latex';
import { pyFloat } from '../../lib/ui/numpy-repr';
import { IMPORT } from '../../lib/ui/numpy-session';

export interface FieldExport {
  /** The field drawn; null while nothing has compiled yet. */
  readonly field: CompiledField | null;
  /** The loss when the field is its downhill −∇f. */
  readonly loss: { readonly tex: string; readonly expr: Expr } | null;
  readonly probe: Vec2;
}

const NOT_READ = '\\text{F has not been read yet: there is no field to write out.}';

/** F, J_F, div F and curl F as formulas, then their values at the probe. */
export function fieldLatex({ field, loss, probe }: FieldExport): string {
  if (!field) return latexLines([NOT_READ]);
  const [x, y] = probe;
  const at = `(${latexNumber(x)}, ${latexNumber(y)})`;
  return latexLines([
    loss && `f(x,y) = ${loss.tex}, \\quad F = -\\nabla f`,
    field.tex,
    field.jacobian.tex,
    field.divergence.equation,
    field.curl.equation,
    `\\text{at the probe } ${at}: \\quad F = ${latexColumn(field.fn(x, y))}, \\quad J_F = ${latexMatrix(field.jacobian.fn(x, y))}, \\quad \\nabla \\cdot F = ${latexNumber(field.divergence.fn(x, y))}, \\quad (\\nabla \\times F)_z = ${latexNumber(field.curl.fn(x, y))}`,
  ]);
}

/** F as a NumPy function on a grid and at the probe, with the app's derivatives, printing the probe's readings. */
export function fieldNumpy({ field, loss, probe }: FieldExport): string {
  if (!field) return `${IMPORT}\n# F has not been read yet: there is no field to write out.\n`;
  const args = field.variables.slice(0, 2).join(', ');
  const [[px, py], [qx, qy]] = field.jacobian.entries;
  return (
    [
      IMPORT,
      '',
      loss ? `# F = −∇f, downhill on the loss f(${args}) = ${python(loss.expr)}` : null,
      '',
      `def F(${args}):`,
      '    # broadcast, so a component that is a constant still fills a grid',
      `    return np.stack(np.broadcast_arrays(${python(field.p.expr)}, ${python(field.q.expr)}))`,
      '',
      '',
      '# The derivatives are the app’s own, written as Python: NumPy has no symbolic or automatic differentiation',
      `def jacobian(${args}):`,
      `    return np.array([[${python(px.expr)}, ${python(py.expr)}], [${python(qx.expr)}, ${python(qy.expr)}]])`,
      '',
      '',
      `def div_F(${args}):`,
      `    return ${python(field.divergence.expr)}`,
      '',
      '',
      `def curl_F(${args}):`,
      '    # the z-component of the curl, ∂Q/∂x − ∂P/∂y',
      `    return ${python(field.curl.expr)}`,
      '',
      '',
      '# F over a grid, as the arrows sample it: U[i, j], V[i, j] at x[i, j], y[i, j]',
      'x, y = np.meshgrid(np.linspace(-4, 4, 9), np.linspace(-4, 4, 9))',
      'U, V = F(x, y)',
      '# what the probe reads',
      `probe = np.array([${probe.map(pyFloat).join(', ')}])`,
      'print(F(*probe))',
      'print(jacobian(*probe))',
      'print(div_F(*probe))',
      'print(curl_F(*probe))',
    ]
      .filter((l) => l !== null)
      .join('\n') + '\n'
  );
}
