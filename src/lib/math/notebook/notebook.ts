// Running a notebook: every cell in order against one table of variables.
// A failed cell does not stop the others; a name it would have assigned is
// remembered as failed, so later cells can say which cell to fix.
import type { Statement } from './ast';
import { Failure } from './failure';
import { Evaluator, type Binding, type Scope } from './interpreter';
import { parseStatement } from './parser';
import { LIMITS, type CellResult, type NotebookError, type Span } from './types';

const ASSIGNMENT = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)/;

/** The name a cell's text assigns, read without parsing (so even a broken cell can be named). */
export const assignedName = (text: string): string | null => ASSIGNMENT.exec(text)?.[1] ?? null;

/** Spans are clamped into the text and, unless the text is empty, cover at least one character. */
function inText(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(Number.isInteger(span.start) ? span.start : 0, length));
  let end = Math.max(start, Math.min(Number.isInteger(span.end) ? span.end : length, length));
  if (end === start && length > 0) return start === length ? { start: length - 1, end: length } : { start, end: start + 1 };
  return { start, end };
}

export function toError(e: unknown, text: string): NotebookError {
  const whole = { start: 0, end: text.length };
  const error: NotebookError =
    e instanceof Failure
      ? e.error
      : // A bug of ours, never the learner's: say so rather than throw into the page.
        { kind: 'value', message: `internal error: ${e instanceof Error ? e.message : String(e)}`, span: whole };
  return { ...error, span: inText(error.span, text.length) };
}

/** The statement of one cell, or its syntax error; never throws. */
export function parseCell(text: string): { ok: true; ast: Statement } | { ok: false; error: NotebookError } {
  try {
    if (text.length > LIMITS.cellLength) return { ok: false, error: tooLong(text) };
    return { ok: true, ast: parseStatement(text) };
  } catch (e) {
    return { ok: false, error: toError(e, text) };
  }
}

const tooLong = (text: string): NotebookError => ({
  kind: 'limit',
  message: `a cell here holds at most ${LIMITS.cellLength} characters, and this one has ${text.length}`,
  span: inText({ start: LIMITS.cellLength, end: text.length }, text.length),
  hint: 'split it: assign a part to a name in one cell and use it in the next',
});

/** Runs every cell in order; a failed cell does not stop the others. Never throws. */
export function runNotebook(cells: readonly string[]): CellResult[] {
  const scope: Scope = {
    vars: new Map<string, Binding>(),
    work: { used: 0 },
    targets: cells.map((c) => (typeof c === 'string' ? assignedName(c) : null)),
  };
  return cells.map((raw, cell) => {
    const text = typeof raw === 'string' ? raw : '';
    try {
      return runCell(text, cell, scope);
    } catch (e) {
      const target = scope.targets[cell];
      if (target) scope.vars.set(target, { failedCell: cell, shadowed: 'value' in (scope.vars.get(target) ?? {}) });
      return { ok: false, error: toError(e, text) };
    }
  });
}

function runCell(text: string, cell: number, scope: Scope): CellResult {
  if (cell >= LIMITS.cells)
    throw new Failure({ kind: 'limit', message: `a notebook here holds at most ${LIMITS.cells} cells`, span: { start: 0, end: text.length } });
  if (text.length > LIMITS.cellLength) throw new Failure(tooLong(text));
  const statement = parseStatement(text);
  const evaluator = new Evaluator(scope, cell, text);
  switch (statement.kind) {
    case 'empty':
    case 'import':
      return { ok: true, assigned: null, value: { kind: 'none' }, provenance: { op: 'literal' }, warnings: [] };
    case 'expr': {
      const { value, provenance } = evaluator.top(statement.value);
      return { ok: true, assigned: null, value, provenance, warnings: evaluator.warnings };
    }
    case 'assign': {
      if (statement.target === 'np')
        throw new Failure({
          kind: 'name',
          message: 'np is NumPy here, so it cannot be assigned to',
          span: statement.targetSpan,
          hint: 'pick another name, e.g. a = …',
        });
      const { value, provenance } = evaluator.top(statement.value);
      scope.vars.set(statement.target, { value, cell });
      return { ok: true, assigned: statement.target, value, provenance, warnings: evaluator.warnings };
    }
  }
}
