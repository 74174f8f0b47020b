// The Vectors scene's numbers to take away: as LaTeX for a slide, and as the panel's NumPy script.
import { add, dot, hadamard, norm2, scale, sub, type Vec2 } from '../../lib/math/vec2';
import { latexColumn, latexFactor, latexLines, latexNumber } from '../../lib/export/latex';
import { printedScript } from '../../lib/export/numpy';
import { vectorsSession } from './numpy';
import type { Construction } from './state.svelte';

export interface VectorsExport {
  readonly a: Vec2;
  readonly b: Vec2;
  readonly k: number;
  readonly show: readonly Construction[];
}

const length = (name: string, v: Vec2) =>
  `\\lVert \\mathbf{${name}} \\rVert = \\sqrt{${latexFactor(v[0])}^2 + ${latexFactor(v[1])}^2} = ${latexNumber(norm2(v))}`;

/** a and b, then what the plane draws (sum, difference, k·a, a·b, a ⊙ b), then the lengths. */
export function vectorsLatex({ a, b, k, show }: VectorsExport): string {
  const on = (c: Construction) => show.includes(c);
  const d = dot(a, b);
  return latexLines([
    `\\mathbf{a} = ${latexColumn(a)}, \\quad \\mathbf{b} = ${latexColumn(b)}`,
    on('sum') && `\\mathbf{a} + \\mathbf{b} = ${latexColumn(add(a, b))}`,
    on('diff') && `\\mathbf{a} - \\mathbf{b} = ${latexColumn(sub(a, b))}`,
    on('scale') && `${latexFactor(k)}\\,\\mathbf{a} = ${latexColumn(scale(a, k))}`,
    `\\mathbf{a} \\cdot \\mathbf{b} = ${latexNumber(a[0])} \\cdot ${latexFactor(b[0])} + ${latexFactor(a[1])} \\cdot ${latexFactor(b[1])} = ${latexNumber(d)}`,
    on('hadamard') && `\\mathbf{a} \\odot \\mathbf{b} = ${latexColumn(hadamard(a, b))}`,
    length('a', a),
    length('b', b),
  ]);
}

/** The panel's NumPy session as a script, printing what the panel shows. */
export function vectorsNumpy({ a, b, k }: VectorsExport): string {
  return printedScript(vectorsSession({ a, b, k, sum: add(a, b), diff: sub(a, b), scaled: scale(a, k), dot: dot(a, b), hadamard: hadamard(a, b) }));
}
