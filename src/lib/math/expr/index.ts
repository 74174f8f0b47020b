// The expression engine: text a learner typed → validated tree → fast
// closures, derivatives and TeX. Nothing here throws on bad text; every entry
// returns { ok: true, … } or a Failure { ok: false, message, from, to }.
//
// mathjs is loaded lazily. Two ways to use the engine:
//   • await the async entries below: `const r = await compileExpression('x^2 + y^2')`;
//   • or, on hot input paths, `const engine = await loadEngine()` once (e.g. when a
//     scene mounts) and call `engine.compileExpression(text)` synchronously after;
//     `peekEngine()` returns it without awaiting once it has loaded.

import type { ExpressionResult } from './compile/expression';
import type { FieldInput, FieldResult } from './compile/field';
import type { GradientResult } from './compile/gradient';
import { failure, type Failure } from './failure';
import { loadEngine } from './load';
import type { CompileOptions } from './options';

export type { Expr, BinaryOp } from './tree/ast';
export type { Engine } from './engine';
export type { CompiledExpression, ExpressionResult, ScalarFn, BatchFn } from './compile/expression';
export type { Failure } from './failure';
export type { CompiledField, Derived, FieldInput, FieldResult } from './compile/field';
export type { CompiledGradient, GradientResult } from './compile/gradient';
export type { SampleGrid } from './compile/sample-grid';
export type { CompileOptions } from './options';
export { loadEngine, peekEngine } from './load';
export { undefinedInView } from './compile/undefined-in-view';
export { evaluate } from './tree/evaluate';
export { gridX, gridY } from './compile/sample-grid';
export { MAX_DEPTH, MAX_LENGTH, MAX_DERIVATIVE_SIZE } from './limits';

/** The engine failed to load (offline, a stale chunk after a deploy): still a value, not a throw. */
async function withEngine<T>(length: number, use: (engine: Awaited<ReturnType<typeof loadEngine>>) => T): Promise<T | Failure> {
  let engine;
  try {
    engine = await loadEngine();
  } catch {
    return failure('the formula engine could not be loaded — check the connection and try again', 0, length, length);
  }
  return use(engine);
}

/** A scalar expression of the caller's variables, e.g. sin(x*y) + exp(-(x^2+y^2)). */
export function compileExpression(text: string, options?: CompileOptions): Promise<ExpressionResult> {
  return withEngine(text.length, (e) => e.compileExpression(text, options));
}

/** A vector field, typed as (P, Q) or [P, Q], or given as the two texts [P, Q]. */
export function compileField(input: FieldInput, options?: CompileOptions): Promise<FieldResult> {
  return withEngine(typeof input === 'string' ? input.length : 0, (e) => e.compileField(input, options));
}

/** A loss f(x, y) with its gradient. */
export function compileGradient(text: string, options?: CompileOptions): Promise<GradientResult> {
  return withEngine(text.length, (e) => e.compileGradient(text, options));
}
