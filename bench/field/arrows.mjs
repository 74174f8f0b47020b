// What a redraw of the arrow field costs after a change of view or of field: the sampling
// (arrowField: lattice, F at each point, lengths) and the canvas paint (ArrowField), apart and together.
//
//   node bench/field/arrows.mjs                         # 1280×800 and 1920×1080, 300 redraws per change
//   node bench/field/arrows.mjs --redraws 600 --sizes 1920x1080
//   node bench/field/arrows.mjs --scene                 # also the Field scene of a fresh build, panned with the mouse
//   node bench/field/arrows.mjs --scene --dist /tmp/d   # … of that build instead (vite build --outDir /tmp/d)
//
// The component page: a private Vite build (in a temporary folder) of src/lib/plane/test/ArrowFieldHarness.svelte
// filling the window, F compiled by the expression engine as in the scene. Each redraw starts inside an
// animation frame: the page changes the view (a pan, or a zoom that changes the lattice step) or the field,
// Svelte samples and paints, and a message posted from that frame marks when the frame's work (style,
// layout, paint, the canvas flush) is done. With window.__vpTiming set, the app records user-timing
// measures `arrows:sample` (src/lib/plane/arrow-field.ts) and `arrows:paint` (ArrowField.svelte).
// Budget: sample + paint ≤ 2 ms for ~2,000 arrows (1280×800), median and p95.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { Preview, ROOT, VITE, scratch, snapshotDist } from '../lib/preview.mjs';
import { chromiumArgs, chromiumPath } from '../../tests/chromium.mjs';

const { values: opt } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1280x800,1920x1080' },
    redraws: { type: 'string', default: '300' },
    scene: { type: 'boolean', default: false },
    dist: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (opt.help) {
  console.log('usage: node bench/field/arrows.mjs [--sizes 1280x800,1920x1080] [--redraws 300] [--scene [--dist DIR]] [--out FILE]');
  process.exit(0);
}
const SIZES = opt.sizes.split(',').map((s) => s.split('x').map(Number));
const REDRAWS = Number(opt.redraws);
const BUDGET_MS = 2;
const log = (...a) => console.error(...a);

const { work, servers } = scratch('arrows-bench-');

// ── The component page ─────────────────────────────────────────────────────────────────────
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>arrows bench</title>
<link rel="stylesheet" href="./page.css" /></head>
<body><script type="module" src="./main.svelte.ts"></script></body></html>`;

const MAIN = `
import { flushSync, mount } from 'svelte';
import { zoomIdentity } from 'd3-zoom';
import Harness from '${ROOT}/src/lib/plane/test/ArrowFieldHarness.svelte';
import { PlaneView } from '${ROOT}/src/lib/plane/view.svelte';
import { compileField } from '${ROOT}/src/lib/math/expr';
import { arrowField } from '${ROOT}/src/lib/plane/arrow-field';
import { sequential } from '${ROOT}/src/lib/color';

// The scene's example first, then others to switch between.
const TEXTS = [['2x', 'x^2'], ['-y', 'x'], ['x^2 - y', 'sin(x*y)'], ['y', '-x - y/2']];
const fields = [];
for (const t of TEXTS) {
  const f = await compileField(t);
  if (!('p' in f)) throw new Error('field did not compile: ' + t);
  fields.push(f);
}
const view = new PlaneView();
const props = $state({ view, p: fields[0].p.fn, q: fields[0].q.fn, mode: 'fit', width: innerWidth, height: innerHeight });
mount(Harness, { target: document.body, props });
flushSync();

let pan = 0;
const changes = {
  none: () => {},
  pan: () => {
    pan++;
    // Back and forth by 7 px a frame, as a slow drag, with a drift in y.
    const x = 7 * ((pan % 40) < 20 ? pan % 40 : 40 - (pan % 40));
    view.transform = zoomIdentity.translate(x, 3 * (pan % 11)).scale(view.transform.k);
  },
  zoom: () => {
    pan++;
    // Steps of 10 %: the lattice step changes every few frames.
    view.transform = zoomIdentity.scale(1.1 ** (pan % 12 < 6 ? pan % 12 : 12 - (pan % 12)));
  },
  field: () => {
    pan++;
    const f = fields[pan % fields.length];
    props.p = f.p.fn;
    props.q = f.q.fn;
  },
  // The same pans over a field undefined everywhere: the canvas is cleared and nothing drawn,
  // so frame(pan) − frame(blank) is what drawing the arrows adds to a frame.
  blank: () => {
    props.p = nan;
    props.q = nan;
    changes.pan();
  },
};
const nan = () => NaN;

/** One redraw inside an animation frame: the change, Svelte's update, and the frame's rendering after it. */
function redraw(change) {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const t0 = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now() - t0);
      changes[change]();
      ch.port2.postMessage(0);
    }),
  );
}

/** The colour scale the scene builds from each sampling (sequential over the magnitudes), timed alone. */
function scaleCost(count) {
  const ms = [];
  for (let i = 0; i < count; i++) {
    const { samples } = arrowField(props.p, props.q, view);
    const t0 = performance.now();
    sequential({ values: samples.magnitude, scheme: 'viridis' });
    ms.push(performance.now() - t0);
  }
  return ms;
}

window.bench = {
  ready: true,
  async run(change, count) {
    view.transform = zoomIdentity;
    props.p = fields[0].p.fn;
    props.q = fields[0].q.fn;
    flushSync();
    for (let i = 0; i < 20; i++) await redraw(change); // warm up
    performance.clearMeasures();
    const frame = [];
    for (let i = 0; i < count; i++) frame.push(await redraw(change));
    const get = (name) => performance.getEntriesByName(name).map((e) => ({ ms: e.duration, n: e.detail?.n ?? 0 }));
    return { frame, sample: get('arrows:sample'), paint: get('arrows:paint'), scale: scaleCost(change === 'blank' ? 0 : count) };
  },
};
`;

async function buildPage() {
  const dir = join(work, 'page');
  mkdirSync(dir);
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'main.svelte.ts'), MAIN);
  writeFileSync(join(dir, 'page.css'), 'html, body { margin: 0; overflow: hidden; }\n');
  // The page's bare imports (svelte, d3-zoom) resolve through the project's own packages.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const { build } = await import('vite');
  const { svelte } = await import('@sveltejs/vite-plugin-svelte');
  const config = (await import(join(ROOT, 'svelte.config.js'))).default;
  await build({
    configFile: false,
    root: dir,
    logLevel: 'warn',
    plugins: [svelte({ preprocess: config.preprocess, ...config.vitePlugin, configFile: false })],
    build: { outDir: join(dir, 'dist'), target: 'es2022', emptyOutDir: true },
  });
  return join(dir, 'dist');
}

// ── Figures ────────────────────────────────────────────────────────────────────────────────
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.round(q * (s.length - 1)))] : NaN;
};
const stats = (xs) => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: quantile(xs, 1), count: xs.length });
const f2 = (v) => (Number.isFinite(v) ? v.toFixed(2) : '–');

async function open(browser, base, hash, [w, h]) {
  const context = await browser.newContext({ viewport: { width: w, height: h } });
  await context.addInitScript(() => (window.__vpTiming = true));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(base + hash);
  return { context, page, errors };
}

async function componentRuns(browser, base) {
  const rows = [];
  for (const size of SIZES) {
    const { context, page, errors } = await open(browser, base, '', size);
    await page
      .waitForFunction(() => window.bench?.ready, null, { timeout: 30_000 })
      .catch(() => {
        throw new Error('bench page did not start: ' + errors.join('\n'));
      });
    const baseline = await page.evaluate((n) => window.bench.run('none', n), REDRAWS);
    for (const change of ['pan', 'zoom', 'field', 'blank']) {
      const r = await page.evaluate(([c, n]) => window.bench.run(c, n), [change, REDRAWS]);
      const together = r.sample.length === r.paint.length ? r.sample.map((s, i) => s.ms + r.paint[i].ms) : [];
      rows.push({
        size: size.join('×'),
        change,
        arrows: stats(r.paint.map((p) => p.n)).median,
        sample: stats(r.sample.map((s) => s.ms)),
        paint: stats(r.paint.map((p) => p.ms)),
        together: stats(together),
        scale: stats(r.scale),
        frame: stats(r.frame),
        emptyFrame: stats(baseline.frame),
      });
    }
    if (errors.length) log('page errors:\n' + errors.join('\n'));
    await context.close();
  }
  return rows;
}

// ── The Field scene, panned with the mouse ─────────────────────────────────────────────────
function buildApp(outDir) {
  log(`building the app into ${outDir} …`);
  const r = spawnSync(VITE, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
}

async function sceneRuns(browser, base) {
  const rows = [];
  for (const size of SIZES) {
    const { context, page, errors } = await open(browser, base, '#/field?F=2x,x^2&show=arrows', size);
    const plane = page.getByRole('group', { name: /plane/i }).first();
    await plane.waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => performance.getEntriesByName('arrows:paint').length > 0, null, { timeout: 30_000 });
    const box = await plane.boundingBox();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.evaluate(() => performance.clearMeasures());
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= REDRAWS; i++) {
      const k = i % 40 < 20 ? i % 40 : 40 - (i % 40);
      await page.mouse.move(cx + 7 * k, cy + 3 * (i % 11));
      await page.waitForTimeout(8);
    }
    await page.mouse.up();
    await page.waitForTimeout(200);
    const r = await page.evaluate(() => {
      const get = (name) => performance.getEntriesByName(name).map((e) => ({ ms: e.duration, n: e.detail?.n ?? 0 }));
      return { sample: get('arrows:sample'), paint: get('arrows:paint') };
    });
    rows.push({
      size: size.join('×'),
      change: 'scene pan',
      arrows: stats(r.paint.map((p) => p.n)).median,
      sample: stats(r.sample.map((s) => s.ms)),
      paint: stats(r.paint.map((p) => p.ms)),
      // A drag frame may sample without painting (or the reverse): pair them only when counts agree.
      together: stats(r.sample.length === r.paint.length ? r.sample.map((s, i) => s.ms + r.paint[i].ms) : []),
      scale: stats([]),
      frame: stats([]),
      emptyFrame: stats([]),
    });
    if (errors.length) log('page errors:\n' + errors.join('\n'));
    await context.close();
  }
  return rows;
}

// ── Run ────────────────────────────────────────────────────────────────────────────────────
const loadBefore = loadavg();
log('building the bench page …');
const pageDist = await buildPage();
const pagePreview = new Preview();
servers.push(pagePreview);
const pageBase = await pagePreview.start(pageDist, log);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
let rows = [];
try {
  rows = await componentRuns(browser, pageBase);
  if (opt.scene) {
    const dist = opt.dist ?? join(work, 'app');
    if (!opt.dist) buildApp(dist);
    const appPreview = new Preview();
    servers.push(appPreview);
    const appBase = await appPreview.start(await snapshotDist(dist, 'arrows-app-'), log);
    rows.push(...(await sceneRuns(browser, appBase)));
    await appPreview.stop();
  }
} finally {
  await browser.close();
  await pagePreview.stop();
}

console.log(`\narrow field redraws: median / p95 in ms over ${REDRAWS} redraws (budget: sample + paint ≤ ${BUDGET_MS} ms)`);
console.log('size       change      arrows  sample       paint        sample+paint  frame        (no change)    colour scale');
for (const r of rows) {
  const m = (s) => `${f2(s.median)} / ${f2(s.p95)}`.padEnd(13);
  console.log(
    `${r.size.padEnd(10)} ${r.change.padEnd(11)} ${String(r.arrows).padStart(6)}  ${m(r.sample)}${m(r.paint)}${m(r.together)}${m(r.frame)}${`(${f2(r.emptyFrame.median)} / ${f2(r.emptyFrame.p95)})`.padEnd(15)}${m(r.scale)}`,
  );
}
const load = loadavg()[0];
console.log(
  `load average ${load.toFixed(2)} on ${cpus().length} cores${load > cpus().length / 2 ? ': the machine is busy, figures are inflated' : ''}`,
);
const out = opt.out ?? join(ROOT, 'bench/results', `arrows-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, JSON.stringify({ redraws: REDRAWS, budgetMs: BUDGET_MS, rows, loadavg: { before: loadBefore, after: loadavg() } }, null, 2));
log(`wrote ${out}`);
