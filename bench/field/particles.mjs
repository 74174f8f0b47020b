// What the particle flow costs: frames in the particle worker (advance, plot, compose, putImageData) and
// what is left on the main thread, at several particle counts, read from a Chromium trace.
//
//   node bench/field/particles.mjs                          # 5k … 500k particles, two fields, 1920×1080, 300 frames each
//   node bench/field/particles.mjs --counts 20000,200000 --frames 600 --size 1280x800
//   node bench/field/particles.mjs --scene                  # the Field scene of a fresh build instead of the component page
//   node bench/field/particles.mjs --scene --dist /tmp/d    # … of that build (vite build --outDir /tmp/d)
//
// The component page: a private Vite build (in a temporary folder) of a page that fills the window with a
// <Plane> and src/lib/plane/particles/ParticleLayer.svelte, F compiled by the expression engine (mathjs on
// the main thread, as in the scene; the worker gets the trees). With --scene, the app's own
// #/field?F=…&n=…&show=particles. Either is served by `vite preview` on a free port (bench/lib/preview.mjs).
//
// For each field and count it waits for the layer's first frames (the canvas's data-frames), then traces
// (devtools.timeline, toplevel) until the worker has drawn --frames more. From the trace:
//   - worker: each FireAnimationFrame on the DedicatedWorker thread is one frame: median / p95 / max ms,
//     and fps = frames / traced time;
//   - main: the top-level tasks (ThreadControllerImpl::RunTask) on CrRendererMain in the same window, summed,
//     per worker frame and per second, with the longest task. The main thread should only receive the
//     stats twice a second.
// Budget: 200,000 particles at ≥ 50 fps (worker p95 ≤ 20 ms), main thread ≤ 1 ms per frame.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { Preview, ROOT, VITE, scratch, snapshotDist } from '../lib/preview.mjs';
import { chromiumArgs, chromiumPath } from '../../tests/chromium.mjs';

const FIELDS = {
  rotation: '-y, x',
  bump: 'sin(x*y) + exp(-x^2-y^2), cos(x*y) - exp(-x^2-y^2)',
};

const { values: opt } = parseArgs({
  options: {
    counts: { type: 'string', default: '5000,20000,50000,200000,500000' },
    fields: { type: 'string', default: Object.keys(FIELDS).join(',') },
    frames: { type: 'string', default: '300' },
    size: { type: 'string', default: '1920x1080' },
    scene: { type: 'boolean', default: false },
    dist: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (opt.help) {
  console.log(
    'usage: node bench/field/particles.mjs [--counts 5000,…] [--fields rotation,bump] [--frames 300] [--size 1920x1080] [--scene [--dist DIR]] [--out FILE]',
  );
  process.exit(0);
}
const COUNTS = opt.counts.split(',').map(Number);
const FIELD_NAMES = opt.fields.split(',');
const FRAMES = Number(opt.frames);
const [WIDTH, HEIGHT] = opt.size.split('x').map(Number);
const BUDGET = { count: 200_000, fps: 50, p95: 20, mainPerFrame: 1 };
const log = (...a) => console.error(...a);

const { work, servers } = scratch('particles-bench-');

// ── The component page ─────────────────────────────────────────────────────────────────────
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>particles bench</title>
<link rel="stylesheet" href="./page.css" /></head>
<body><script type="module" src="./main.ts"></script></body></html>`;

const COMPONENT = `<script lang="ts">
  import Plane from '${ROOT}/src/lib/plane/Plane.svelte';
  import ParticleLayer from '${ROOT}/src/lib/plane/particles/ParticleLayer.svelte';
  let { field, count } = $props();
</script>
<div class="fill"><Plane>{#snippet below()}<ParticleLayer {field} {count} playing={true} />{/snippet}</Plane></div>`;

const MAIN = `
import { mount } from 'svelte';
import Page from './Page.svelte';
import { compileField } from '${ROOT}/src/lib/math/expr';
const q = new URLSearchParams(location.search);
const f = await compileField('(' + q.get('F') + ')');
if (!f.ok) throw new Error(f.message);
mount(Page, { target: document.body, props: { field: { variables: f.variables, p: f.p.expr, q: f.q.expr }, count: Number(q.get('n')) } });
`;

async function buildPage() {
  const dir = join(work, 'page');
  mkdirSync(dir);
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'main.ts'), MAIN);
  writeFileSync(join(dir, 'Page.svelte'), COMPONENT);
  writeFileSync(join(dir, 'page.css'), 'html, body { margin: 0; overflow: hidden; } .fill { position: fixed; inset: 0; }\n');
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const { build } = await import('vite');
  const { svelte } = await import('@sveltejs/vite-plugin-svelte');
  const { vitePlugin, ...config } = (await import(join(ROOT, 'svelte.config.js'))).default;
  await build({
    configFile: false,
    root: dir,
    logLevel: 'warn',
    plugins: [svelte({ ...config, ...vitePlugin, configFile: false })],
    build: { outDir: join(dir, 'dist'), target: 'es2022', emptyOutDir: true },
  });
  return join(dir, 'dist');
}

function buildApp(outDir) {
  log(`building the app into ${outDir} …`);
  const r = spawnSync(VITE, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
}

// ── Figures ────────────────────────────────────────────────────────────────────────────────
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.round(q * (s.length - 1)))] : NaN;
};
const summary = (xs) => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: quantile(xs, 1), count: xs.length });
const f1 = (v) => (Number.isFinite(v) ? v.toFixed(1) : '–');
const f2 = (v) => (Number.isFinite(v) ? v.toFixed(2) : '–');

function readTrace(buffer) {
  const events = JSON.parse(buffer.toString()).traceEvents;
  const names = new Map();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const thread = (e) => names.get(`${e.pid}:${e.tid}`) ?? '';
  const workerFrames = events
    .filter((e) => e.ph === 'X' && e.name === 'FireAnimationFrame' && /DedicatedWorker/.test(thread(e)))
    .sort((a, b) => a.ts - b.ts);
  if (workerFrames.length < 2) return null;
  const t0 = workerFrames[0].ts;
  const t1 = workerFrames.at(-1).ts + workerFrames.at(-1).dur;
  const mainTasks = events.filter(
    (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && thread(e) === 'CrRendererMain' && e.ts >= t0 && e.ts < t1,
  );
  const mainMs = mainTasks.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  const seconds = (t1 - t0) / 1e6;
  return {
    frameMs: workerFrames.map((e) => e.dur / 1000),
    fps: (workerFrames.length - 1) / ((workerFrames.at(-1).ts - t0) / 1e6),
    seconds,
    mainMs,
    mainPerFrame: mainMs / workerFrames.length,
    mainPerSecond: mainMs / seconds,
    mainLongest: Math.max(0, ...mainTasks.map((e) => (e.dur ?? 0) / 1000)),
    mainTasks: mainTasks.length,
  };
}

async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await page.goto(url);
    const frames = () => page.evaluate(() => Number(document.querySelector('canvas.particle-layer')?.dataset.frames ?? 0));
    await page
      .waitForFunction(() => Number(document.querySelector('canvas.particle-layer')?.dataset.frames ?? 0) >= 20, null, { timeout: 60_000 })
      .catch(() => {
        throw new Error(`no particle frames at ${url}: ${errors.join('\n') || 'no error shown'}`);
      });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
    const start = await frames();
    // The stats (and data-frames) come twice a second, so this overshoots by up to half a second.
    await page.waitForFunction((n) => Number(document.querySelector('canvas.particle-layer')?.dataset.frames ?? 0) >= n, start + FRAMES, {
      timeout: 180_000,
      polling: 100,
    });
    const trace = readTrace(await browser.stopTracing());
    const drawn = await page.evaluate(() => Number(document.querySelector('canvas.particle-layer')?.dataset.drawn ?? 0));
    if (!trace) throw new Error(`no worker frames in the trace of ${url}`);
    if (errors.length) log('page errors:\n' + errors.join('\n'));
    return { ...trace, drawn, errors };
  } finally {
    await context.close();
  }
}

// ── Run ────────────────────────────────────────────────────────────────────────────────────
const loadBefore = loadavg();
let base;
const preview = new Preview();
servers.push(preview);
if (opt.scene) {
  const dist = opt.dist ?? join(work, 'app');
  if (!opt.dist) buildApp(dist);
  base = await preview.start(await snapshotDist(dist, 'particles-app-'), log);
} else {
  log('building the bench page …');
  base = await preview.start(await buildPage(), log);
}
const url = (field, n) =>
  opt.scene
    ? `${base}#/field?F=${encodeURIComponent(FIELDS[field].replace(/ /g, ''))}&n=${n}&show=particles`
    : `${base}?F=${encodeURIComponent(FIELDS[field])}&n=${n}`;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
const rows = [];
try {
  for (const field of FIELD_NAMES) {
    for (const count of COUNTS) {
      log(`${field} × ${count.toLocaleString('en')} …`);
      const r = await measure(browser, url(field, count));
      rows.push({ field, count, ...r, worker: summary(r.frameMs), frameMs: undefined });
    }
  }
} finally {
  await browser.close();
  await preview.stop();
}

console.log(
  `\nparticle flow at ${WIDTH}×${HEIGHT}, ${opt.scene ? 'the Field scene' : 'the component page'}, ≥ ${FRAMES} frames each` +
    ` (budget at ${BUDGET.count.toLocaleString('en')}: ≥ ${BUDGET.fps} fps, worker p95 ≤ ${BUDGET.p95} ms, main ≤ ${BUDGET.mainPerFrame} ms a frame)`,
);
console.log('field     particles  frames  worker ms median / p95 / max    fps    main ms/frame  main ms/s  longest main task  drawn');
for (const r of rows) {
  console.log(
    `${r.field.padEnd(9)} ${r.count.toLocaleString('en').padStart(9)}  ${String(r.worker.count).padStart(6)}  ` +
      `${`${f2(r.worker.median)} / ${f2(r.worker.p95)} / ${f2(r.worker.max)}`.padEnd(30)} ${f1(r.fps).padStart(5)}  ` +
      `${f2(r.mainPerFrame).padStart(13)}  ${f1(r.mainPerSecond).padStart(9)}  ${f2(r.mainLongest).padStart(17)}  ${String(r.drawn).padStart(7)}`,
  );
}
for (const r of rows.filter((r) => r.count === BUDGET.count)) {
  const ok = r.fps >= BUDGET.fps && r.worker.p95 <= BUDGET.p95 && r.mainPerFrame <= BUDGET.mainPerFrame;
  console.log(
    `particles ${r.field} × ${r.count.toLocaleString('en')}: ${f1(r.fps)} fps, worker p95 ${f2(r.worker.p95)} ms, main ${f2(r.mainPerFrame)} ms a frame  ${ok ? 'ok' : 'OVER'}`,
  );
}
const load = loadavg()[0];
console.log(
  `load average ${load.toFixed(2)} on ${cpus().length} cores${load > cpus().length / 2 ? ': the machine is busy, figures are inflated' : ''}`,
);
const out = opt.out ?? join(ROOT, 'bench/results', `particles-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    { size: [WIDTH, HEIGHT], frames: FRAMES, scene: opt.scene, budget: BUDGET, rows, loadavg: { before: loadBefore, after: loadavg() } },
    null,
    2,
  ),
);
log(`wrote ${out}`);
