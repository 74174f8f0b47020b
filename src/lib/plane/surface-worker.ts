// Sampling and contouring a loss off the main thread: a projector-sized grid takes 50–80 ms to
// contour, which would stall typing. The formula arrives as the engine's validated tree (plain
// data), is checked again and compiled to closures here: no eval, and no mathjs in the worker.
import { compile } from '../math/expr/compile/closure';
import { exprFromData } from '../math/expr/tree/from-data';
import { foldConstants } from '../math/expr/tree/fold-constants';
import { surfaceOf, type Surface, type SurfaceSpec } from './surface';

export type ToSurfaceWorker = { readonly id: number; readonly expr: unknown; readonly spec: SurfaceSpec };
export type FromSurfaceWorker = { readonly id: number; readonly surface: Surface } | { readonly id: number; readonly problem: string };

self.onmessage = (e: MessageEvent<ToSurfaceWorker>) => {
  const { id, expr, spec } = e.data;
  const tree = exprFromData(expr);
  if (!tree) {
    self.postMessage({ id, problem: 'the loss did not arrive as a valid formula' } satisfies FromSurfaceWorker);
    return;
  }
  try {
    const surface = surfaceOf(compile(foldConstants(tree)), spec);
    self.postMessage({ id, surface } satisfies FromSurfaceWorker, { transfer: [surface.values.buffer] });
  } catch (err) {
    self.postMessage({ id, problem: (err as Error).message } satisfies FromSurfaceWorker);
  }
};
