// The Transform scene's numbers to take away: as LaTeX for a slide, and as the panel's NumPy script.
import { apply, det2, inv2, mul, type Mat2 } from '../../lib/math/mat2';
import { eig2 } from '../../lib/math/linalg/eigen2';
import type { Vec2 } from '../../lib/math/vec2';
import { latexColumn, latexFactor, latexLines, latexMatrix, latexNumber } from '../../lib/export/latex';
import { printedScript } from '../../lib/export/numpy';
import { transformSession } from './numpy';

export interface TransformExport {
  readonly m: Mat2;
  readonly x: Vec2;
  /** B, when the plane shows a composition (AB or BA). */
  readonly b?: Mat2;
}

function eigenLine(m: Mat2): string {
  const e = eig2(m);
  switch (e.kind) {
    case 'distinct':
      return `\\lambda_1 = ${latexNumber(e.values[0])}, \\quad \\lambda_2 = ${latexNumber(e.values[1])}`;
    case 'defective':
    case 'scalar':
      return `\\lambda_1 = \\lambda_2 = ${latexNumber(e.value)}`;
    case 'complex':
      return `\\lambda = ${latexNumber(e.re)} \\pm ${latexNumber(e.im)}\\,i`;
  }
}

/** A, x, A x, det A, A⁻¹ and the eigenvalues (and B, AB, BA for a composition), one a line. */
export function transformLatex({ m, x, b }: TransformExport): string {
  const [[p, q], [r, s]] = m;
  const det = det2(m);
  const inv = inv2(m);
  return latexLines([
    `A = ${latexMatrix(m)}`,
    `\\mathbf{x} = ${latexColumn(x)}`,
    `A\\mathbf{x} = ${latexMatrix(m)} ${latexColumn(x)} = ${latexColumn(apply(m, x))}`,
    `\\det A = ${latexNumber(p)} \\cdot ${latexFactor(s)} - ${latexFactor(q)} \\cdot ${latexFactor(r)} = ${latexNumber(det)}`,
    inv ? `A^{-1} = ${latexMatrix(inv)}` : `A^{-1} \\text{ does not exist: } \\det A = 0`,
    eigenLine(m),
    b && `B = ${latexMatrix(b)}`,
    b && `AB = ${latexMatrix(mul(m, b))}`,
    b && `BA = ${latexMatrix(mul(b, m))}`,
  ]);
}

/** The panel's NumPy session as a script (A, x, A @ x, det, inv, eig, and B's products), printing what the panel shows. */
export function transformNumpy({ m, x, b }: TransformExport): string {
  return printedScript(transformSession({ m, x, ax: apply(m, x), product: b ? { b, ab: mul(m, b), ba: mul(b, m) } : undefined }));
}
