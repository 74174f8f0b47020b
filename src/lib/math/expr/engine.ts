// The synchronous engine, once mathjs is loaded. Every entry validates the
// caller's options (a bug there throws), then turns anything thrown on the
// learner's path into a Failure: errors in typed text are values, always.

import { compileExpressionWith, type ExpressionResult } from './compile/expression';
import { compileDownhillWith, compileFieldWith, type FieldInput, type FieldResult } from './compile/field';
import { compileGradientWith, type GradientResult } from './compile/gradient';
import { failure, type Failure } from './failure';
import type { MathEngine } from './mathjs-types';
import { checkVariables, type CompileOptions } from './options';

export interface Engine {
  compileExpression(text: string, options?: CompileOptions): ExpressionResult;
  /** `(P, Q)`, `[P, Q]`, or the two texts [P, Q] (failures then name their `part`). */
  compileField(input: FieldInput, options?: CompileOptions): FieldResult;
  compileGradient(text: string, options?: CompileOptions): GradientResult;
  /** The field −∇f of a loss f: downhill, the way gradient descent steps. */
  compileDownhill(text: string, options?: CompileOptions): FieldResult;
}

function guarded<T>(length: number, run: () => T | Failure): T | Failure {
  try {
    return run();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return failure(`could not read this expression (${why})`, 0, length, length);
  }
}

const lengthOf = (input: unknown): number =>
  typeof input === 'string' ? input.length : Array.isArray(input) && typeof input[0] === 'string' ? input[0].length : 0;

export function createEngine(m: MathEngine): Engine {
  return {
    compileExpression(text, options) {
      const variables = checkVariables(options);
      return guarded(lengthOf(text), () => compileExpressionWith(m, text, variables));
    },
    compileField(input, options) {
      const variables = checkVariables(options, 2);
      return guarded(lengthOf(input), () => compileFieldWith(m, input, variables));
    },
    compileGradient(text, options) {
      const variables = checkVariables(options, 2);
      return guarded(lengthOf(text), () => compileGradientWith(m, text, variables));
    },
    compileDownhill(text, options) {
      const variables = checkVariables(options, 2);
      return guarded(lengthOf(text), () => compileDownhillWith(m, text, variables));
    },
  };
}
