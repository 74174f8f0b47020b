// The messages between ParticleLayer (main thread) and its worker. Everything
// crosses postMessage as a structured clone, so the field travels as plain data
// and the worker checks it again (exprFromData) before compiling it.

import type { Box } from '../../math/box';
import type { Expr } from '../../math/expr/tree/ast';

/** A vector field F = (P, Q) of the named variables (x, y and perhaps t), as trees. */
export interface FieldData {
  readonly variables: readonly string[];
  readonly p: Expr;
  readonly q: Expr;
}

/** What the canvas shows: the world box at its edges, its size in CSS px and the device-pixel ratio. */
export interface ViewData {
  readonly box: Box;
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
}

export type ToWorker =
  /** First, once: the canvas the worker draws on from now on. */
  | { readonly type: 'canvas'; readonly canvas: OffscreenCanvas }
  /** null: draw nothing (e.g. while the text doesn't read). A tree that fails the check keeps the last good field. */
  | { readonly type: 'field'; readonly field: FieldData | null }
  | { readonly type: 'view'; readonly view: ViewData }
  | { readonly type: 'count'; readonly count: number }
  /** Field time units per wall-clock second. */
  | { readonly type: 'speed'; readonly speed: number }
  /** 0 (no trail) … 1 (long trails): how much of each pixel's ink stays from one frame to the next. */
  | { readonly type: 'trail'; readonly trail: number }
  | { readonly type: 'playing'; readonly playing: boolean }
  /** A drag is under way on the main thread: the worker draws every other frame until it ends. */
  | { readonly type: 'busy'; readonly busy: boolean }
  /** Advance exactly one frame (1/60 s of wall time), meant for while paused. */
  | { readonly type: 'step' }
  /** Start every particle again from this seed, and the field's time from 0. */
  | { readonly type: 'seed'; readonly seed: number }
  /** Any CSS colour; the worker's canvas context reads it. */
  | { readonly type: 'colour'; readonly colour: string };

export interface ParticleStats {
  /** Frames advanced since the worker started (played or stepped; a still after a change is not one). */
  readonly frames: number;
  /** Frames per second over the last half second or so (0 while paused). */
  readonly fps: number;
  /** Median cost of the recent frames in the worker: advance, fade, plot and putImageData, ms. */
  readonly workerMs: number;
  /** Particles that moved in the last frame. */
  readonly alive: number;
  /** Particles plotted in the last frame. */
  readonly drawn: number;
}

export type FromWorker =
  | { readonly type: 'stats'; readonly stats: ParticleStats }
  /** Something the worker could not use (a bad tree, a failed compile); it carries on with what it had. */
  | { readonly type: 'error'; readonly message: string };
