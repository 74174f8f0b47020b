// Inside the notebook a bad cell throws a Failure, so the interpreter reads as
// straight-line code; runNotebook and parseCell catch it at their edge and
// hand back the NotebookError as a value. Nothing else is caught here.
import type { ErrorKind, NotebookError, Span } from './types';

export class Failure {
  constructor(readonly error: NotebookError) {}
}

type Extra = Omit<NotebookError, 'kind' | 'message' | 'span'>;

export function fail(kind: ErrorKind, message: string, span: Span, extra: Extra = {}): never {
  throw new Failure({ kind, message, span, ...defined(extra) });
}

/** Leaves out fields given as undefined, so errors compare and print cleanly. */
const defined = (extra: Extra): Extra => Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)) as Extra;

/**
 * An error Python or NumPy raises too: `numpy` is its exact str(e) and
 * `exception` its class, so the scene can print "ValueError: …" as Python does.
 */
export function raise(kind: ErrorKind, exception: string, numpy: string, message: string, span: Span, extra: Extra = {}): never {
  throw new Failure({ kind, message, span, numpy, exception, ...defined(extra) });
}

export const spanOf = (start: number, end: number): Span => ({ start, end });
export const join = (a: Span, b: Span): Span => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
