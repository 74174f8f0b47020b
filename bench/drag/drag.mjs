// Drag cost per pointer move, measured from a Chromium trace. Run by hand (not a CI test):
//
//   node bench/drag/drag.mjs [--build] [--url '#/vectors?a=3,-2&b=-2,5'] [--handle 'vector a']
//                            [--moves 300] [--runs 3] [--interval 8] [--radius 240]
//                            [--size 1920x1080] [--snap] [--dist dist] [--keep-trace] [--quiet]
//                            [--name NAME] [--out FILE]
//
//   --build       run `vite build` first (also done when the dist directory is missing)
//   --url         hash route of the scene to load (default '#/vectors?a=3,-2&b=-2,5')
//   --handle      prefix of the handle's accessible name (default 'vector a'); the handle is
//                 found with getByRole('button', { name: /^prefix/ })
//   --moves       pointer moves per drag (default 300), --interval ms between moves (default 8)
//   --runs        measured runs (default 3); each run drags the app and, in the same browser,
//                 an empty baseline page; the report gives every run and the median over runs
//   --radius      radius in CSS px of the circular drag path (default 240; shrunk to fit)
//   --size        viewport, WxH (default 1920x1080), e.g. --size 1280x800
//   --free        hold Alt, i.e. free dragging: every move changes the value (the default,
//                 the worst case); --snap drags without Alt, so values snap to integers and
//                 only moves that cross a lattice line update the scene
//   --dist        directory to build into and serve (default dist); it is copied to a temporary
//                 directory first and the copy is served, so that a concurrent `vite build` by
//                 someone else cannot pull the files from under a run
//   --keep-trace  also save each raw trace in bench/results/
//   --click NAME  click the button with this accessible name before dragging (repeatable), e.g.
//                 --click 'Hide panel' to measure the plane alone
//   --floor       drag over a reference page instead of the app: one SVG path of 80 lines across the
//                 whole plane area (like a transformed grid) rewritten on every move, nothing else.
//                 What the browser alone costs for a scene that redraws the whole plane each move
//   --untraced-check  also drag the app once per run without tracing, to show the tracer's own
//                 overhead (drive time and Long Animation Frames with and without the trace)
//   --pan         drag the plane's background instead of the handle (a pan); --handle still names
//                 a handle, which must move on screen, to check the pan happened
//   --name NAME   what the last line and the results file call the page (default: the scene id
//                 from --url), e.g. --name mafs for a peer page served with --dist --url /
//   --out FILE    write the results JSON to FILE instead of bench/results/drag-…json (used by
//                 scripts that run drag.mjs and read its results, e.g. bench/transform/vs-mafs.mjs)
//
// Method (see /work/shared/TOOLCHAIN.md, "Measuring drag cost honestly"): serve the built app
// with `vite preview`, drive the drag with Playwright's mouse while Chromium records a trace,
// and for every `EventDispatch` of type `pointermove` on the renderer main thread (CrRendererMain)
// add up the top-level `RunTask`s from the task that dispatched it up to the task that dispatches
// the next move. That counts the handler, work the framework defers to later tasks, and the
// frame's style, layout, paint and commit on the main thread. The same drag over an empty page
// (a div with a pointermove listener) in the same browser gives the cost of input routing and of
// the driver; its median is subtracted from every move ("net"). The same sums in thread time
// (tdur) are printed too: they are less inflated when other work shares the 2 CPUs. Long Animation
// Frames from a PerformanceObserver in the page are reported as a cross-check (Event Timing, also
// observed with durationThreshold 16, never reports pointermove: only a slow pointerdown/up).
// Playwright waits for each move's input acknowledgement, so a slow page gets its moves further
// apart than --interval; the achieved spacing is printed. Budget per move: net median ≤ 4 ms,
// net p95 ≤ 8 ms. The issues state that budget for "script+layout time per move", so the same
// windows are also summed over script, style and layout events alone (outermost events, net of the
// baseline's median), and printed beside the stricter everything-on-the-main-thread figure.
//
// Results go to bench/results/drag-<scene>-<handle>-<time>.json (git-ignored).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { Preview, snapshotDist } from '../lib/preview.mjs';
import { chromiumArgs as CHROMIUM_ARGS, chromiumPath as CHROMIUM } from '../../tests/chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VITE = join(ROOT, 'node_modules/.bin/vite');
// Only what the method needs: 'disabled-by-default-devtools.timeline' adds an event per painted
// item and slows painting down noticeably under tracing.
const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel', 'blink.user_timing'];
const BUDGET = { median: 4, p95: 8 };

// ---------------------------------------------------------------- options

const { values: opt } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    url: { type: 'string', default: '#/vectors?a=3,-2&b=-2,5' },
    handle: { type: 'string', default: 'vector a' },
    pan: { type: 'boolean', default: false },
    moves: { type: 'string', default: '300' },
    runs: { type: 'string', default: '3' },
    interval: { type: 'string', default: '8' },
    radius: { type: 'string', default: '240' },
    size: { type: 'string', default: '1920x1080' },
    free: { type: 'boolean', default: true },
    snap: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    'keep-trace': { type: 'boolean', default: false },
    'untraced-check': { type: 'boolean', default: false },
    click: { type: 'string', multiple: true, default: [] },
    floor: { type: 'boolean', default: false },
    name: { type: 'string' },
    out: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) {
  console.log('usage: node bench/drag/drag.mjs [--build] [--url HASH] [--handle PREFIX] [--moves 300] [--runs 3]');
  console.log('       [--interval 8] [--radius 240] [--size 1920x1080] [--free|--snap] [--dist dist] [--keep-trace]');
  process.exit(0);
}
const MOVES = int('moves', 10);
const RUNS = int('runs', 1);
const INTERVAL = Number(opt.interval);
const RADIUS = int('radius', 20);
const FREE = !opt.snap;
const sizeMatch = /^(\d+)x(\d+)$/.exec(opt.size);
if (!sizeMatch) fail(`--size must look like 1920x1080, not ${opt.size}`);
const VIEWPORT = { width: Number(sizeMatch[1]), height: Number(sizeMatch[2]) };
const DIST = resolve(ROOT, opt.dist);
const url = opt.url.startsWith('#') || opt.url.startsWith('/') ? opt.url : `#${opt.url}`;
const log = (...a) => opt.quiet || console.error(...a);

function int(name, min) {
  const n = Number(opt[name]);
  if (!Number.isInteger(n) || n < min) fail(`--${name} must be an integer ≥ ${min}`);
  return n;
}
function fail(msg) {
  console.error(`drag.mjs: ${msg}`);
  process.exit(2);
}

// ---------------------------------------------------------------- server lifetime

const preview = new Preview();
let browser = null;
let snapshot = null;
let loadavgBefore = null;

process.on('exit', () => {
  preview.killSync();
  if (snapshot) rmSync(snapshot, { recursive: true, force: true });
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    console.error(`drag.mjs: ${sig}, cleaning up`);
    await browser?.close().catch(() => {});
    await preview.stop();
    process.exit(130);
  });
}

// ---------------------------------------------------------------- statistics

function quantile(xs, q) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
}
const median = (xs) => quantile(xs, 0.5);
const stats = (xs) => ({
  n: xs.length,
  median: median(xs),
  p95: quantile(xs, 0.95),
  max: Math.max(...xs),
  mean: xs.reduce((a, b) => a + b, 0) / xs.length,
});

// ---------------------------------------------------------------- trace analysis

/**
 * Per-move main-thread cost from a trace: for each pointermove EventDispatch on CrRendererMain,
 * the sum of top-level RunTask durations from the task that dispatched it up to (not including)
 * the task that dispatches the next pointermove; the last move's window ends at the pointerup
 * dispatch, or one interval plus two frames after it.
 */
function analyseTrace(traceBuffer, interval) {
  const { traceEvents: events } = JSON.parse(traceBuffer.toString('utf8'));
  const mainThreads = new Set();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mainThreads.add(`${e.pid}:${e.tid}`);
  }
  const dispatchesByThread = new Map();
  for (const e of events) {
    if (e.name !== 'EventDispatch' || e.ph !== 'X') continue;
    const key = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(key)) continue;
    const type = e.args?.data?.type;
    if (type !== 'pointermove' && type !== 'pointerup' && type !== 'pointerdown') continue;
    if (!dispatchesByThread.has(key)) dispatchesByThread.set(key, []);
    dispatchesByThread.get(key).push(e);
  }
  // The page under test is the renderer main thread with the most pointermove dispatches.
  let thread = null;
  let best = -1;
  for (const [key, list] of dispatchesByThread) {
    const n = list.filter((e) => e.args.data.type === 'pointermove').length;
    if (n > best) [thread, best] = [key, n];
  }
  if (!thread) throw new Error('no pointermove EventDispatch on CrRendererMain in the trace');
  const onThread = (e) => `${e.pid}:${e.tid}` === thread;
  const dispatches = dispatchesByThread.get(thread).sort((a, b) => a.ts - b.ts);
  // Moves while the button is down: after the pointerdown (the move to the start point is not one).
  const down = dispatches.find((e) => e.args.data.type === 'pointerdown');
  const moves = dispatches.filter((e) => e.args.data.type === 'pointermove' && (!down || e.ts > down.ts));
  if (moves.length === 0) throw new Error('no pointermove EventDispatch after the pointerdown in the trace');
  const up = dispatches.find((e) => e.args.data.type === 'pointerup' && e.ts > moves[0].ts);

  // Top-level tasks: RunTask complete events not nested in another one.
  const tasks = events
    .filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && onThread(e))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const top = [];
  for (const t of tasks) {
    const last = top[top.length - 1];
    if (last && t.ts < last.ts + last.dur) continue; // nested
    top.push(t);
  }
  const taskAt = (ts) => {
    // binary search: last top-level task starting at or before ts that still runs at ts
    let lo = 0;
    let hi = top.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (top[mid].ts <= ts) [found, lo] = [mid, mid + 1];
      else hi = mid - 1;
    }
    return found >= 0 && ts <= top[found].ts + top[found].dur ? top[found] : null;
  };

  // Main-thread work by kind inside the windows, for a rough breakdown (outermost events only).
  const KINDS = {
    script: ['EventDispatch', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'V8.Execute', 'EvaluateScript'],
    style: ['UpdateLayoutTree', 'RecalculateStyles', 'ScheduleStyleRecalculation'],
    layout: ['Layout'],
    paint: ['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'Commit'],
  };
  const kindOf = new Map(Object.entries(KINDS).flatMap(([k, names]) => names.map((n) => [n, k])));
  const detail = events.filter((e) => e.ph === 'X' && kindOf.has(e.name) && onThread(e)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);

  const perMove = [];
  const perMoveCpu = []; // the same sums in thread time (tdur): not inflated when the CPU is shared
  // The issue's own measure: script + style + layout only (the frame's paint and commit left out).
  const perMoveSsl = [];
  const perMoveSslCpu = [];
  const breakdown = { script: 0, style: 0, layout: 0, paint: 0 };
  let missingTask = 0;
  let ti = 0;
  let di = 0;
  const windowStart = (d) => {
    const t = taskAt(d.ts);
    if (!t) missingTask++;
    return t ? t.ts : d.ts;
  };
  let start = windowStart(moves[0]);
  for (let i = 0; i < moves.length; i++) {
    let end;
    if (i + 1 < moves.length) end = windowStart(moves[i + 1]);
    else if (up) end = taskAt(up.ts)?.ts ?? up.ts;
    else end = moves[i].ts + (interval + 34) * 1000;
    let sum = 0;
    let cpu = 0;
    while (ti < top.length && top[ti].ts < start) ti++;
    while (ti < top.length && top[ti].ts < end) {
      sum += top[ti].dur;
      cpu += top[ti].tdur ?? top[ti].dur;
      ti++;
    }
    // breakdown: outermost detail events starting in the window
    let coveredUntil = -Infinity;
    let ssl = 0;
    let sslCpu = 0;
    while (di < detail.length && detail[di].ts < start) di++;
    while (di < detail.length && detail[di].ts < end) {
      const e = detail[di++];
      if (e.ts < coveredUntil) continue;
      const kind = kindOf.get(e.name);
      breakdown[kind] += e.dur / 1000;
      if (kind !== 'paint') {
        ssl += e.dur;
        sslCpu += e.tdur ?? e.dur;
      }
      coveredUntil = e.ts + e.dur;
    }
    perMoveSsl.push(ssl / 1000);
    perMoveSslCpu.push(sslCpu / 1000);
    perMove.push(sum / 1000);
    perMoveCpu.push(cpu / 1000);
    start = end;
  }
  const span = (moves[moves.length - 1].ts - moves[0].ts) / 1000;
  // Frames (rendering updates) on the main thread during the drag: one PrePaint each.
  const frames = events.filter(
    (e) => onThread(e) && e.ph === 'X' && e.name === 'PrePaint' && e.ts >= moves[0].ts && e.ts <= (up?.ts ?? Infinity),
  ).length;
  for (const k in breakdown) breakdown[k] /= moves.length;
  return {
    perMove,
    perMoveCpu,
    perMoveSsl,
    perMoveSslCpu,
    dispatches: moves.length,
    missingTask,
    spanMs: span,
    frames,
    breakdownPerMove: breakdown,
    traceEvents: events.length,
  };
}

// ---------------------------------------------------------------- in-page cross-check

// Installed before any page script: Event Timing (durationThreshold 16 is the minimum the API
// allows) and Long Animation Frames, both buffered in window.__dragBench.
function installObservers() {
  const bench = (window.__dragBench = { events: [], loafs: [], supported: PerformanceObserver.supportedEntryTypes, moves: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name.startsWith('pointer') || e.name.startsWith('mouse')) {
          bench.events.push({
            name: e.name,
            start: e.startTime,
            duration: e.duration,
            processing: e.processingEnd - e.processingStart,
            delay: e.processingStart - e.startTime,
          });
        }
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const script = e.scripts.reduce((s, x) => s + x.duration, 0);
        bench.loafs.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          script,
          styleAndLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
  addEventListener('pointermove', () => bench.moves++, { capture: true, passive: true });
}

function summariseObservers(obs, from, to, moves) {
  // Event Timing does not report continuous events (pointermove, mousemove), so during a drag
  // it can only flag a slow pointerdown/pointerup; Long Animation Frames (> 50 ms) cover the moves.
  const ev = obs.events.filter((e) => e.start >= from && e.start <= to);
  const lf = obs.loafs.filter((e) => e.start >= from && e.start <= to);
  const sum = (xs, k) => xs.reduce((s, e) => s + e[k], 0);
  return {
    pointermovesSeen: obs.moves,
    eventTimingSlow: ev.map((e) => `${e.name} ${e.duration} ms`),
    longAnimationFrames: obs.supported.includes('long-animation-frame') ? lf.length : null,
    loafTotalMs: sum(lf, 'duration'),
    loafMaxMs: lf.length ? Math.max(...lf.map((e) => e.duration)) : 0,
    loafMedianMs: lf.length ? median(lf.map((e) => e.duration)) : 0,
    loafBlockingMs: sum(lf, 'blocking'),
    loafScriptMs: sum(lf, 'script'),
    loafStyleAndLayoutMs: sum(lf, 'styleAndLayout'),
    loafTotalPerMoveMs: sum(lf, 'duration') / moves,
  };
}

// ---------------------------------------------------------------- the drag

/** Points of a circle through `start`, its centre toward the viewport centre, 1.5 turns (ends opposite). */
function circlePath(start, n, radius) {
  const vc = [VIEWPORT.width / 2, VIEWPORT.height / 2];
  let dir = [vc[0] - start[0], vc[1] - start[1]];
  const len = Math.hypot(dir[0], dir[1]);
  dir = len < 1 ? [-1, 0] : [dir[0] / len, dir[1] / len];
  // keep the whole circle inside the viewport (8 px margin)
  let r = radius;
  for (;;) {
    const c = [start[0] + dir[0] * r, start[1] + dir[1] * r];
    const fits = c[0] - r >= 8 && c[0] + r <= VIEWPORT.width - 8 && c[1] - r >= 8 && c[1] + r <= VIEWPORT.height - 8;
    if (fits || r <= 40) break;
    r -= 10;
  }
  const c = [start[0] + dir[0] * r, start[1] + dir[1] * r];
  const phi0 = Math.atan2(start[1] - c[1], start[0] - c[0]);
  const turns = 1.5;
  const pts = [];
  for (let k = 1; k <= n; k++) {
    const phi = phi0 + (2 * Math.PI * turns * k) / n;
    pts.push([c[0] + r * Math.cos(phi), c[1] + r * Math.sin(phi)]);
  }
  return { pts, radius: r, centre: c };
}

async function drag(page, start, path) {
  await page.mouse.move(start[0], start[1]);
  if (FREE) await page.keyboard.down('Alt');
  await page.mouse.down();
  await sleep(50);
  const t0 = performance.now();
  for (let i = 0; i < path.length; i++) {
    await page.mouse.move(path[i][0], path[i][1]);
    const wait = t0 + (i + 1) * INTERVAL - performance.now();
    if (wait > 0.5) await sleep(wait);
  }
  const elapsed = performance.now() - t0;
  await sleep(100); // let the last frame land inside the trace
  await page.mouse.up();
  if (FREE) await page.keyboard.up('Alt');
  await sleep(50);
  return elapsed;
}

/** Trace one drag over a page; returns per-move costs and the observers' summary. */
async function tracedDrag(page, start, path, traced = true) {
  const from = await page.evaluate(() => performance.now());
  await page.evaluate(() => (window.__dragBench.moves = 0));
  if (traced) await browser.startTracing(page, { categories: TRACE_CATEGORIES, screenshots: false });
  let elapsed;
  let trace = null;
  try {
    elapsed = await drag(page, start, path);
  } finally {
    if (traced) trace = await browser.stopTracing();
  }
  const to = await page.evaluate(() => performance.now());
  const obs = summariseObservers(await page.evaluate(() => window.__dragBench), from, to, path.length);
  return { trace, elapsed, obs };
}

const BASELINE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>drag baseline</title>
<style>html,body{margin:0;height:100%}#pad{position:fixed;inset:0;touch-action:none}</style></head>
<body><div id="pad"></div></body></html>`;

// The floor: the least a scene that redraws the whole plane on every move can cost here.
const FLOOR_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>drag floor</title>
<style>html,body{margin:0;height:100%}svg{position:fixed;inset:0;touch-action:none}
#h{position:fixed;left:calc(50% - 14px);top:calc(50% - 14px);width:28px;height:28px;border-radius:50%;background:#0072b2}</style></head>
<body><svg width="100%" height="100%"><path id="p" fill="none" stroke="#d55e00" stroke-width="1.5"/></svg>
<div id="h" role="button" aria-label="floor handle: 0, 0"></div></body></html>`;

async function floorPage(context) {
  const page = await context.newPage();
  await page.setContent(FLOOR_HTML);
  await page.evaluate(() => {
    const p = document.getElementById('p');
    const h = document.getElementById('h');
    const w = innerWidth;
    const ht = innerHeight;
    h.addEventListener('pointerdown', (e) => h.setPointerCapture(e.pointerId));
    h.addEventListener('pointermove', (e) => {
      if (!h.hasPointerCapture(e.pointerId)) return;
      // A sheared grid through the pointer: every line moves on every move.
      const sx = (e.clientX - w / 2) / ht;
      let d = '';
      for (let i = -40; i < 40; i++) {
        const x = w / 2 + i * 40 + (e.clientY - ht / 2);
        d += `M${(x - sx * ht).toFixed(1)},0L${(x + sx * ht).toFixed(1)},${ht}`;
      }
      p.setAttribute('d', d);
      h.setAttribute('aria-label', `floor handle: ${e.clientX}, ${e.clientY}`);
    });
  });
  return page;
}

async function baselinePage(context) {
  const page = await context.newPage();
  await page.setContent(BASELINE_HTML);
  // A plain div listening to pointermove (capturing like a handle does), no rendering work.
  await page.evaluate(() => {
    const pad = document.getElementById('pad');
    let last = null;
    pad.addEventListener('pointerdown', (e) => pad.setPointerCapture(e.pointerId));
    pad.addEventListener('pointermove', (e) => (last = [e.clientX, e.clientY]));
    window.__last = () => last;
  });
  return page;
}

// ---------------------------------------------------------------- main

async function main() {
  if (opt.build || !existsSync(join(DIST, 'index.html'))) {
    log(`building into ${DIST} …`);
    const r = spawnSync(VITE, ['build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`vite build failed (${r.status ?? r.signal})`);
  }
  loadavgBefore = loadavg();
  snapshot = await snapshotDist(DIST, 'drag-bench-');
  const base = await preview.start(snapshot, log);
  log(`serving a copy of ${DIST} at ${base} (vite preview pid ${preview.child.pid})`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(installObservers);

  const appUrl = new URL(url, base).href;
  const handlePattern = new RegExp('^' + opt.handle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const runs = [];
  const version = browser.version();

  for (let run = 1; run <= RUNS; run++) {
    // The app, freshly loaded every run so that runs are independent.
    const page = opt.floor ? await floorPage(context) : await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    if (!opt.floor) await page.goto(appUrl, { waitUntil: 'load' });
    const handle = page.getByRole('button', { name: opt.floor ? /^floor handle/ : handlePattern });
    await handle
      .first()
      .waitFor({ state: 'visible', timeout: 20_000 })
      .catch(() => {});
    const count = await handle.count();
    if (count !== 1)
      throw new Error(`--handle '${opt.handle}' matches ${count} buttons at ${appUrl}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
    for (const name of opt.click) await page.getByRole('button', { name, exact: true }).click();
    await page.waitForTimeout(500); // fonts, first frames, lazy chunks
    const box = await handle.boundingBox();
    // A pan starts on the plane's background, a fifth of the way in from its top-left corner.
    const plane = opt.pan ? await page.locator('.plane').first().boundingBox() : null;
    const start = plane ? [plane.x + plane.width * 0.2, plane.y + plane.height * 0.2] : [box.x + box.width / 2, box.y + box.height / 2];
    const { pts, radius } = circlePath(start, MOVES, RADIUS);
    const labelBefore = await handle.getAttribute('aria-label');

    const app = await tracedDrag(page, start, pts);
    const labelAfter = await handle.getAttribute('aria-label');
    const hashAfter = await page.evaluate(() => location.hash);
    if (opt.pan) {
      const after = await handle.boundingBox();
      if (after && Math.abs(after.x - box.x) + Math.abs(after.y - box.y) < 1) throw new Error('the pan did not move the plane');
    } else if (labelAfter === labelBefore) throw new Error(`the handle did not move: aria-label still "${labelBefore}"`);
    const appTrace = analyseTrace(app.trace, INTERVAL);
    if (opt['keep-trace']) saveTrace(app.trace, `app-run${run}`);

    let untraced = null;
    if (opt['untraced-check']) {
      await page.goto('about:blank');
      await page.goto(appUrl, { waitUntil: 'load' });
      await handle.waitFor({ state: 'visible' });
      await page.waitForTimeout(500);
      const u = await tracedDrag(page, start, pts, false);
      untraced = { driveMs: u.elapsed, msPerMoveDriven: u.elapsed / MOVES, observers: u.obs };
    }
    await page.close();

    // The baseline: the same path over an empty page, same browser, same run.
    const bpage = await baselinePage(context);
    const base0 = await tracedDrag(bpage, start, pts);
    const lastBase = await bpage.evaluate(() => window.__last());
    if (!lastBase) throw new Error('baseline page saw no pointermove');
    const baseTrace = analyseTrace(base0.trace, INTERVAL);
    if (opt['keep-trace']) saveTrace(base0.trace, `baseline-run${run}`);
    await bpage.close();

    const overhead = median(baseTrace.perMove);
    const net = appTrace.perMove.map((x) => Math.max(0, x - overhead));
    const overheadCpu = median(baseTrace.perMoveCpu);
    const netCpu = appTrace.perMoveCpu.map((x) => Math.max(0, x - overheadCpu));
    const netOf = (app, base) => app.map((x) => Math.max(0, x - median(base)));
    const ssl = {
      wall: stats(netOf(appTrace.perMoveSsl, baseTrace.perMoveSsl)),
      cpu: stats(netOf(appTrace.perMoveSslCpu, baseTrace.perMoveSslCpu)),
    };
    const result = {
      run,
      moves: MOVES,
      radiusPx: radius,
      start,
      handle: { before: labelBefore, after: labelAfter, hashAfter },
      raw: stats(appTrace.perMove),
      baseline: stats(baseTrace.perMove),
      net: stats(net),
      cpu: { raw: stats(appTrace.perMoveCpu), baseline: stats(baseTrace.perMoveCpu), net: stats(netCpu) },
      scriptStyleLayout: ssl,
      loadavgAfter: loadavg(),
      dispatches: { app: appTrace.dispatches, baseline: baseTrace.dispatches },
      // Playwright waits for each move's input ack, so a slow page spaces the moves out.
      driveMs: { app: app.elapsed, baseline: base0.elapsed },
      msBetweenMoves: { app: app.elapsed / MOVES, baseline: base0.elapsed / MOVES },
      untraced,
      app: { spanMs: appTrace.spanMs, frames: appTrace.frames, breakdownPerMoveMs: appTrace.breakdownPerMove, missingTask: appTrace.missingTask },
      baselineTrace: { spanMs: baseTrace.spanMs, frames: baseTrace.frames, breakdownPerMoveMs: baseTrace.breakdownPerMove },
      observers: { app: app.obs, baseline: base0.obs },
      pageErrors: errors,
      perMoveMs: {
        raw: appTrace.perMove,
        baseline: baseTrace.perMove,
        rawCpu: appTrace.perMoveCpu,
        baselineCpu: baseTrace.perMoveCpu,
        ssl: appTrace.perMoveSsl,
        sslCpu: appTrace.perMoveSslCpu,
      },
    };
    runs.push(result);
    log(
      `run ${run}: ${appTrace.dispatches} pointermove dispatches (baseline ${baseTrace.dispatches}), ` +
        `raw median ${f(result.raw.median)} ms, baseline ${f(result.baseline.median)} ms, ` +
        `${appTrace.frames} frames, moves ${f(result.msBetweenMoves.app)} ms apart; ` +
        `"${labelBefore}" → "${labelAfter}"`,
    );
    if (appTrace.dispatches < MOVES * 0.9)
      log(`  warning: only ${appTrace.dispatches} of ${MOVES} moves reached the page as pointermove (coalesced?)`);
    if (errors.length) log(`  page errors: ${errors.join(' | ')}`);
    if (untraced) {
      const o = untraced.observers;
      log(
        `  untraced: moves ${f(untraced.msPerMoveDriven)} ms apart (traced ${f(result.msBetweenMoves.app)}), LoAF ${o.longAnimationFrames} frames, ${f(o.loafTotalPerMoveMs)} ms/move (traced ${f(app.obs.loafTotalPerMoveMs)})`,
      );
    }
  }

  const scene = opt.name ?? (opt.floor ? 'floor' : (/#\/?([\w-]+)/.exec(url)?.[1] ?? 'page').replace(/[^\w-]/g, ''));
  const handleShort = opt.floor ? 'handle' : opt.handle.replace(/^vector\s+/, '');
  const overall = {
    raw: { median: median(runs.map((r) => r.raw.median)), p95: median(runs.map((r) => r.raw.p95)), max: Math.max(...runs.map((r) => r.raw.max)) },
    baseline: {
      median: median(runs.map((r) => r.baseline.median)),
      p95: median(runs.map((r) => r.baseline.p95)),
      max: Math.max(...runs.map((r) => r.baseline.max)),
    },
    net: { median: median(runs.map((r) => r.net.median)), p95: median(runs.map((r) => r.net.p95)), max: Math.max(...runs.map((r) => r.net.max)) },
  };
  const overallCpu = Object.fromEntries(
    ['raw', 'baseline', 'net'].map((k) => [
      k,
      {
        median: median(runs.map((r) => r.cpu[k].median)),
        p95: median(runs.map((r) => r.cpu[k].p95)),
        max: Math.max(...runs.map((r) => r.cpu[k].max)),
      },
    ]),
  );
  overall.cpu = overallCpu;
  overall.scriptStyleLayout = Object.fromEntries(
    ['wall', 'cpu'].map((k) => [
      k,
      { median: median(runs.map((r) => r.scriptStyleLayout[k].median)), p95: median(runs.map((r) => r.scriptStyleLayout[k].p95)) },
    ]),
  );
  printTable(runs, overall);
  const verdict = (x, b) => (x <= b ? 'ok' : 'OVER');
  const load = loadavg()[0];
  if (load > cpus().length) {
    console.log(
      `note: load average ${load.toFixed(1)} on ${cpus().length} CPUs: wall-clock figures are inflated by other work; the thread-time (cpu) figures are less so`,
    );
  }
  console.log(
    `(thread time: net median ${f(overallCpu.net.median)} ms, p95 ${f(overallCpu.net.p95)} ms; raw ${f(overallCpu.raw.median)} / ${f(overallCpu.raw.p95)}, baseline ${f(overallCpu.baseline.median)} / ${f(overallCpu.baseline.p95)})`,
  );
  const sslAll = overall.scriptStyleLayout;
  console.log(
    `(script+style+layout only, the issue's measure: net median ${f(sslAll.wall.median)} ms, p95 ${f(sslAll.wall.p95)} ms; ` +
      `thread time ${f(sslAll.cpu.median)} / ${f(sslAll.cpu.p95)})`,
  );
  console.log(
    `drag ${scene} (${handleShort}): net median ${f(overall.net.median)} ms (budget ${BUDGET.median}, ${verdict(overall.net.median, BUDGET.median)}), ` +
      `p95 ${f(overall.net.p95)} ms (budget ${BUDGET.p95}, ${verdict(overall.net.p95, BUDGET.p95)})`,
  );

  const out = {
    when: new Date().toISOString(),
    command: process.argv.slice(1).join(' '),
    git: spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim(),
    gitDirty: spawnSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() !== '',
    chromium: version,
    cpus: cpus().length,
    loadavg: loadavg(),
    options: {
      url,
      handle: opt.handle,
      moves: MOVES,
      runs: RUNS,
      intervalMs: INTERVAL,
      radiusPx: RADIUS,
      viewport: VIEWPORT,
      free: FREE,
      dist: DIST,
    },
    method:
      'per pointermove EventDispatch on CrRendererMain: sum of top-level RunTask durations (wall: dur; cpu: tdur) from its task to the next pointermove task; net = raw - median(baseline)',
    loadavgBefore,
    budget: BUDGET,
    overall,
    runs,
  };
  const dir = join(ROOT, 'bench/results');
  const file = opt.out ? resolve(opt.out) : join(dir, `drag-${scene}-${handleShort.replace(/\W+/g, '_')}-${out.when.replace(/[:.]/g, '-')}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(out, null, 1));
  log(`results: ${file}`);
}

function saveTrace(buf, name) {
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `drag-trace-${name}-${Date.now()}.json`), buf);
}

const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');

function printTable(runs, overall) {
  const rows = [['run', 'moves', 'median raw/base/net', 'p95 raw/base/net', 'max raw/base/net', 'frames', 'LoAF>50ms (max, ms/move)']];
  const trio = (r, k) => `${f(r.raw[k])} / ${f(r.baseline[k])} / ${f(r.net[k])}`;
  for (const r of runs) {
    const o = r.observers.app;
    rows.push([
      String(r.run),
      String(r.dispatches.app),
      trio(r, 'median'),
      trio(r, 'p95'),
      trio(r, 'max'),
      String(r.app.frames),
      o.longAnimationFrames === null ? 'n/a' : `${o.longAnimationFrames} (${f(o.loafMaxMs)}, ${f(o.loafTotalPerMoveMs)})`,
    ]);
  }
  rows.push(['all', '', trio(overall, 'median'), trio(overall, 'p95'), trio(overall, 'max'), '', '']);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const apart = median(runs.map((r) => r.msBetweenMoves.app));
  console.log(
    `drag cost per pointer move, ms (main thread: script+style+layout+paint; ${VIEWPORT.width}x${VIEWPORT.height}, ${FREE ? 'free (Alt)' : 'snapping'}, ` +
      `moves every ${INTERVAL} ms, achieved ${f(apart)} ms apart)`,
  );
  for (const [i, r] of rows.entries()) {
    console.log(r.map((c, j) => (j < 2 ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  const b = runs.map((r) => r.app.breakdownPerMoveMs);
  const avg = (k) => median(b.map((x) => x[k]));
  console.log(
    `mean per move in the app (median over runs): script ${f(avg('script'))}, style ${f(avg('style'))}, layout ${f(avg('layout'))}, paint/commit ${f(avg('paint'))} ms`,
  );
  console.log('"all" row: median over runs of each run\'s median and p95, max of max. "all" net is what counts against the budget.');
}

main()
  .catch((e) => {
    console.error(e?.stack ?? e);
    process.exitCode = 1;
  })
  .finally(async () => {
    await browser?.close().catch(() => {});
    await preview.stop();
    if (snapshot) rmSync(snapshot, { recursive: true, force: true });
    snapshot = null;
  });
