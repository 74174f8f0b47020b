// The Matrices scene's NumPy notebook: a closed interpreter for a NumPy
// subset (one statement per cell), NumPy's repr of its values and a Python
// export. Pure functions of the cells' text; nothing is cached between calls.
export type {
  CellResult,
  ClashOperand,
  DType,
  ErrorKind,
  IndexSelection,
  NotebookError,
  NotebookValue,
  Operand,
  Provenance,
  ScalarType,
  Span,
} from './types';
export type { Statement, Expr, Subscript, BinaryOperator } from './ast';
export { LIMITS, MAX_DEPTH, WORK_BUDGET } from './types';
export { runNotebook, parseCell } from './notebook';
export { reprValue } from './repr';
export { toPython } from './python';
