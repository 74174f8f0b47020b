// The notebook as a Python script a learner can run beside NumPy: the import
// first, each assignment as typed followed by print(name), each expression
// printed. Cells that fail here are kept as comments, with the reason, so the
// script runs through and prints what the notebook shows.
import { parseCell, runNotebook } from './notebook';

export function toPython(cells: readonly string[]): string {
  const results = runNotebook(cells);
  const lines = ['import numpy as np'];
  cells.forEach((text, i) => {
    const result = results[i];
    const parsed = parseCell(text);
    if (!result.ok || !parsed.ok) {
      const error = result.ok ? null : result.error;
      const why = error?.numpy ? `NumPy raises ${error.exception}: ${error.numpy}` : `not run: ${error?.message ?? 'it does not parse'}`;
      lines.push(`# cell ${i + 1}: ${why.replace(/\s+/g, ' ').trim()}`);
      for (const line of text.split('\n')) if (line.trim()) lines.push(`# ${line}`);
      return;
    }
    const s = parsed.ast;
    if (s.kind === 'assign') {
      lines.push(text.slice(s.span.start, s.span.end), `print(${s.target})`);
    } else if (s.kind === 'expr') {
      lines.push(`print(${text.slice(s.value.span.start, s.value.span.end)})`);
    }
  });
  return lines.join('\n') + '\n';
}
