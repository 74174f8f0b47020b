// A loss surface computed off the main thread (surface-worker.ts), newest request first:
//
//   readonly surface = new SurfaceSampler();            // in a scene's state
//   $effect(() => s.surface.request(s.surfaceRequest));  // in its drawing: the worker is the outside world
//   s.surface.current                                    // the latest surface that arrived, or null
//
// One request is in the worker at a time. A request made while it works replaces any other one
// waiting, so a burst of keys costs at most two contourings and the last key's surface is the one
// that stays. Until a surface arrives the last one stays drawn (through the current view). Without
// a Worker (or if it fails to start) the same code runs on the main thread, in a task of its own.
import { compile } from '../math/expr/compile/closure';
import type { Expr } from '../math/expr/tree/ast';
import { foldConstants } from '../math/expr/tree/fold-constants';
import { timed } from '../ui/formula.svelte';
import { surfaceOf, type Surface, type SurfaceSpec } from './surface';
import type { FromSurfaceWorker, ToSurfaceWorker } from './surface-worker';

export type SurfaceRequest = {
  readonly expr: Expr;
  readonly spec: SurfaceSpec;
  /** The formula's text, for bench/typing's timing marks. */
  readonly text: string;
};

export class SurfaceSampler {
  /** The latest surface that arrived, with the request it answers. */
  current = $state.raw<(Surface & { readonly request: SurfaceRequest }) | null>(null);
  /** A message from the worker about the last request, or null. */
  problem = $state<string | null>(null);

  // Not state: the bookkeeping of the conversation with the worker.
  #worker: Worker | null | undefined = undefined;
  #last: SurfaceRequest | null = null;
  #sent: { readonly id: number; readonly request: SurfaceRequest; readonly at: number } | null = null;
  #waiting: SurfaceRequest | null = null;
  #id = 0;

  request(request: SurfaceRequest | null): void {
    if (!request || request === this.#last) return;
    this.#last = request;
    if (this.#sent) this.#waiting = request;
    else this.#send(request);
  }

  /** Stops the worker; a later request starts another. */
  dispose(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#sent = null;
    this.#waiting = null;
    this.#last = null;
  }

  #send(request: SurfaceRequest): void {
    const sent = { id: ++this.#id, request, at: performance.now() };
    this.#sent = sent;
    const worker = this.#start();
    if (worker) {
      worker.postMessage({ id: sent.id, expr: request.expr, spec: request.spec } satisfies ToSurfaceWorker);
      return;
    }
    setTimeout(() => {
      if (this.#sent !== sent) return;
      let answer: FromSurfaceWorker;
      try {
        answer = { id: sent.id, surface: surfaceOf(compile(foldConstants(request.expr)), request.spec) };
      } catch (e) {
        answer = { id: sent.id, problem: (e as Error).message };
      }
      this.#answer(answer);
    }, 0);
  }

  #start(): Worker | null {
    if (this.#worker !== undefined) return this.#worker;
    if (typeof Worker === 'undefined') return (this.#worker = null);
    try {
      const w = new Worker(new URL('./surface-worker.ts', import.meta.url), { type: 'module', name: 'surface' });
      w.onmessage = (e: MessageEvent<FromSurfaceWorker>) => this.#answer(e.data);
      // A worker that cannot start (a blocked script): the main thread takes over, from the request in hand.
      w.onerror = (e) => {
        e.preventDefault();
        w.terminate();
        this.#worker = null;
        const request = this.#sent?.request;
        this.#sent = null;
        if (request) this.#send(this.#waiting ?? request);
        this.#waiting = null;
      };
      this.#worker = w;
    } catch {
      this.#worker = null;
    }
    return this.#worker;
  }

  #answer(answer: FromSurfaceWorker): void {
    const sent = this.#sent;
    if (!sent || answer.id !== sent.id) return;
    this.#sent = null;
    if ('surface' in answer) {
      const start = performance.now();
      this.current = { ...answer.surface, request: sent.request };
      this.problem = null;
      timed('plot:sample', start, { text: sent.request.text, nx: answer.surface.grid.nx, ny: answer.surface.grid.ny, workerMs: answer.surface.ms });
    } else {
      this.problem = answer.problem;
    }
    const next = this.#waiting;
    this.#waiting = null;
    if (next) this.#send(next);
  }
}
