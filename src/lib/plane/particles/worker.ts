// The particle flow, off the main thread: this module worker owns the canvas
// (an OffscreenCanvas handed over by ParticleLayer), advances the particles,
// fades the trails and draws, on its own animation frames. The main thread only
// sends settings and receives stats. Nothing here throws out of a message: a
// problem is posted back as an error and the last good state carries on.

/// <reference lib="webworker" />

import type { Box } from '../../math/box';
import { compile, type Closure } from '../../math/expr/compile/closure';
import { exprFromData } from '../../math/expr/tree/from-data';
import { foldConstants } from '../../math/expr/tree/fold-constants';
import { ParticleSystem } from '../../math/field/particles';
import type { FieldData, FromWorker, ParticleStats, ToWorker, ViewData } from './protocol';
import { Trails } from './trails';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** More device pixels than this are drawn at a lower resolution: the fade touches every pixel each frame. */
const MAX_PIXELS = 2_600_000;
const MAX_COUNT = 1_000_000;
/** A frame's wall time is capped, so a stall (a hidden tab, a long GC) doesn't make particles jump. */
const MAX_DT = 0.1;
const STEP_DT = 1 / 60;
/** Steps drawn at once for a still (paused, after a change), so the picture shows which way the flow goes. */
const STILL_STEPS = 10;
const STATS_EVERY_MS = 500;
const COSTS_KEPT = 60;

let ctx: OffscreenCanvasRenderingContext2D | null = null;
let trails: Trails | null = null;
let image: ImageData | null = null;
let view: ViewData | null = null;
let p: Closure | null = null;
let q: Closure | null = null;
let system: ParticleSystem | null = null;
let count = 0;
let seed = 1;
let speed = 1;
let trail = 0.9;
let playing = false;
let colour: [number, number, number, number] = [26, 26, 26, 1];
let t = 0;

let frames = 0;
let alive = 0;
let drawn = 0;
const costs: number[] = [];
let windowStart = 0;
let windowFrames = 0;
let fps = 0;
let lastStats = 0;

let loop = 0;
let lastTime = -1;
let stillPending = 0;

const raf: (cb: (now: number) => void) => number =
  typeof scope.requestAnimationFrame === 'function'
    ? (cb) => scope.requestAnimationFrame(cb)
    : (cb) => setTimeout(() => cb(performance.now()), 16) as unknown as number;
const caf: (id: number) => void =
  typeof scope.cancelAnimationFrame === 'function' ? (id) => scope.cancelAnimationFrame(id) : (id) => clearTimeout(id);

function post(message: FromWorker): void {
  scope.postMessage(message);
}

function report(message: string): void {
  post({ type: 'error', message });
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function sendStats(): void {
  const stats: ParticleStats = { frames, fps: playing ? fps : 0, workerMs: median(costs), alive, drawn };
  post({ type: 'stats', stats });
}

/** The pixel size of the backing store: the view's at the device-pixel ratio, or smaller past MAX_PIXELS. */
function pixelSize(v: ViewData): [number, number] {
  const css = Math.max(1, v.width) * Math.max(1, v.height);
  const scale = Math.min(v.dpr > 0 ? v.dpr : 1, Math.sqrt(MAX_PIXELS / css));
  return [Math.max(1, Math.round(v.width * scale)), Math.max(1, Math.round(v.height * scale))];
}

function usableBox(b: Box): boolean {
  return [b.xMin, b.xMax, b.yMin, b.yMax].every(Number.isFinite) && b.xMax > b.xMin && b.yMax > b.yMin;
}

/** Canvas, buffers and particles that match the current settings; false while something is missing. */
function ready(): boolean {
  if (!ctx || !view || !usableBox(view.box) || !p || !q) return false;
  const [w, h] = pixelSize(view);
  const canvas = ctx.canvas;
  if (!trails || trails.width !== w || trails.height !== h) {
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    trails = new Trails(w, h);
    trails.setTrail(trail);
    trails.setColour(...colour);
    image = new ImageData(trails.rgba, w, h);
  }
  if (!system || system.count !== count) system = new ParticleSystem(count, view.box, seed);
  return true;
}

function advanceAndDraw(dt: number): void {
  const s = system!;
  const tr = trails!;
  const box = view!.box;
  const h = speed * dt;
  const r = s.advance(p!, q!, h, box, { t, dt });
  t += h;
  alive = r.alive;
  drawn = tr.plot(s, box);
  tr.compose();
}

function put(): void {
  ctx!.putImageData(image!, 0, 0);
}

/** One played or stepped frame: it counts, and its cost is recorded. */
function frame(dt: number): void {
  if (!ready()) return;
  const t0 = performance.now();
  advanceAndDraw(dt);
  put();
  costs.push(performance.now() - t0);
  if (costs.length > COSTS_KEPT) costs.shift();
  frames++;
  windowFrames++;
}

/** The main thread is in a drag: see tick. */
let busy = false;
let skipped = false;

function tick(now: number): void {
  loop = 0;
  if (!playing) return;
  // While the learner drags, every other frame: the particles move as far (a longer step), and the
  // main thread, which shares two cores with this worker, gets the time to answer the pointer.
  if (busy && (skipped = !skipped)) {
    loop = raf(tick);
    return;
  }
  const dt = lastTime < 0 ? STEP_DT : Math.min(MAX_DT, Math.max(0, (now - lastTime) / 1000));
  lastTime = now;
  try {
    frame(dt);
  } catch (e) {
    report(`particles stopped: ${(e as Error).message}`);
    playing = false;
    sendStats();
    return;
  }
  if (windowStart === 0) windowStart = now;
  if (now - windowStart >= STATS_EVERY_MS) {
    fps = (windowFrames * 1000) / (now - windowStart);
    windowStart = now;
    windowFrames = 0;
  }
  if (now - lastStats >= STATS_EVERY_MS) {
    lastStats = now;
    sendStats();
  }
  loop = raf(tick);
}

function start(): void {
  if (loop || !playing) return;
  lastTime = -1;
  windowStart = 0;
  windowFrames = 0;
  loop = raf(tick);
}

function stop(): void {
  if (loop) caf(loop);
  loop = 0;
}

/** Trails start over: after a pan or zoom, a new field, count or seed, nothing old smears across. */
function clearTrails(): void {
  trails?.clear();
}

/**
 * While paused, a change is shown as a still: the particles start again from the seed and a few
 * steps are drawn at once, not counted as frames. Starting again makes the still depend only on the
 * settings (seed, count, view, field, speed, trail), not on how many changes came before it, so the
 * same link shows the same picture (screenshots under reduced motion rely on it). Playing, the next
 * frame shows the change anyway.
 */
function still(): void {
  if (playing || stillPending) return;
  stillPending = raf(() => {
    stillPending = 0;
    if (playing) return;
    try {
      system = null;
      if (!ready()) {
        if (ctx) ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
        return;
      }
      trails!.clear();
      for (let k = 0; k < STILL_STEPS; k++) advanceAndDraw(STEP_DT);
      put();
      sendStats();
    } catch (e) {
      report(`particles stopped: ${(e as Error).message}`);
    }
  });
}

function setField(data: FieldData | null): void {
  if (data === null) {
    p = q = null;
    clearTrails();
    ctx?.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    return;
  }
  const pe = exprFromData(data?.p);
  const qe = exprFromData(data?.q);
  const variables = data?.variables;
  if (!pe || !qe || !Array.isArray(variables) || variables.length > 3 || !variables.every((v) => typeof v === 'string')) {
    report('the field did not arrive as a valid formula; the particles keep the last good one');
    return;
  }
  let cp: Closure;
  let cq: Closure;
  try {
    cp = compile(foldConstants(pe));
    cq = compile(foldConstants(qe));
  } catch (e) {
    report(`the field could not be compiled (${(e as Error).message}); the particles keep the last good one`);
    return;
  }
  p = cp;
  q = cq;
  t = 0;
  clearTrails();
  // Particles bunched by the last field (a sink) start evenly spread for this one.
  if (system && view && usableBox(view.box)) system.scatter(view.box);
}

function setView(v: ViewData): void {
  const old = view;
  view = v;
  clearTrails();
  if (!system || !usableBox(v.box)) return;
  // A pan keeps the particles where they are in the world (those left outside start again on
  // their next step); a zoom spreads them over the new box, or zooming out would leave a dense
  // patch in the middle of an empty view.
  const w = v.box.xMax - v.box.xMin;
  const ow = old ? old.box.xMax - old.box.xMin : 0;
  if (!old || Math.abs(w - ow) > 1e-6 * w) system.scatter(v.box);
}

function parseColour(css: string): [number, number, number, number] | null {
  if (!ctx) return null;
  // The context normalises any CSS colour: '#rrggbb' when opaque, 'rgba(r, g, b, a)' otherwise.
  ctx.fillStyle = '#000';
  ctx.fillStyle = css;
  const s = String(ctx.fillStyle);
  let m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(s);
  if (m) return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16), 1];
  m = /^rgba?\(\s*(\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\s*\)$/.exec(s);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
  return null;
}

function handle(m: ToWorker): void {
  switch (m.type) {
    case 'canvas': {
      const c = m.canvas.getContext('2d');
      if (!c) return report('the particle canvas has no 2D context');
      ctx = c;
      break;
    }
    case 'field':
      setField(m.field);
      break;
    case 'view':
      setView(m.view);
      break;
    case 'count': {
      const n = Math.round(m.count);
      if (!Number.isFinite(n) || n < 0) return report(`particle count must be a number ≥ 0, got ${m.count}`);
      count = Math.min(MAX_COUNT, n);
      clearTrails();
      break;
    }
    case 'speed':
      speed = Number.isFinite(m.speed) ? m.speed : 1;
      break;
    case 'trail':
      trail = m.trail;
      trails?.setTrail(trail);
      break;
    case 'playing':
      if (m.playing === playing) return;
      playing = m.playing;
      if (playing) start();
      else {
        stop();
        sendStats();
      }
      return;
    case 'busy':
      busy = m.busy;
      skipped = false;
      return;
    case 'step':
      if (playing) return;
      frame(STEP_DT);
      sendStats();
      return;
    case 'seed':
      seed = Number.isInteger(m.seed) ? m.seed : 1;
      system = null;
      t = 0;
      clearTrails();
      break;
    case 'colour': {
      const c = parseColour(m.colour);
      if (!c) return report(`the particle colour ${m.colour} is not a CSS colour`);
      colour = c;
      trails?.setColour(...c);
      if (!playing && trails && image) put();
      return;
    }
  }
  still();
}

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  try {
    handle(e.data);
  } catch (err) {
    report(`the particle worker could not handle '${(e.data as { type?: unknown })?.type}': ${(err as Error).message}`);
  }
};
