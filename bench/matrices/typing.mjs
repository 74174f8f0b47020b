// Typing cost per keystroke in the Matrices scene, measured from a Chromium trace. Run by hand
// (not a CI test):
//
//   node bench/matrices/typing.mjs [--build] [--dist DIR] [--keys 200] [--runs 3] [--interval 40]
//                                  [--size 1280x800] [--out FILE] [--keep-trace]
//
//   --build     run `vite build` first: into --dist when given, else into a temporary directory
//               (never into dist/ unless asked with --dist dist); without --build, --dist (default
//               dist) is served, or a temporary build when it has no index.html
//   --dist      the build to serve; a private copy of it is served (bench/lib/preview.mjs)
//   --keys      keystrokes per run (default 200), --interval ms from one key to the next (default 40)
//   --runs      measured runs (default 3), each on a freshly loaded page, with its own baseline
//   --size      viewport, WxH (default 1280x800)
//   --out FILE  write the results JSON there instead of bench/results/typing-matrices-<time>.json
//   --keep-trace  also save each raw trace in bench/results/ (for the DevTools Performance panel)
//
// Loads a 20-cell notebook of small matrices (PROGRAM below) at #/matrices?code=…&cell=12, focuses
// cell 12 (`A @ B + C`, whose picture is shown) and, while Chromium records a trace (devtools.timeline,
// toplevel), appends ` + 1` and deletes it again, key by key, --keys times: half the states read
// (A @ B + C, … + 1), half are syntax errors (… +, … + ), as when typing. Every key re-runs the whole
// notebook and redraws the focused cell's picture, the cells' summaries and the address.
// The method of bench/drag/drag.mjs (see /work/shared/TOOLCHAIN.md, "Measuring drag cost honestly"),
// with keydown in place of pointermove: for each `EventDispatch` of type keydown on CrRendererMain,
// the top-level RunTasks from the task that dispatched it up to the task that dispatches the next
// keydown, so the input event, Svelte's deferred updates, keyup and the frame's style, layout, paint
// and commit all count. The same keys typed into a plain <input> on an empty page in the same browser
// give input routing, text editing and the driver; the baseline's median is subtracted ("net").
// Two measures, in wall-clock and thread time (tdur): script + style + layout (the outermost such
// events in each window: the issue's measure) and everything on the main thread (stricter; the last
// line, as in drag.mjs). Budget per keystroke: net median ≤ 8 ms, p95 ≤ 16 ms.
//
// Results go to bench/results/typing-matrices-<time>.json (git-ignored).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { Preview, ROOT, VITE, scratch, snapshotDist } from '../lib/preview.mjs';
import { chromiumArgs, chromiumPath } from '../../tests/chromium.mjs';

const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel'];
const BUDGET = { median: 8, p95: 16 };
const FOCUS = 12; // 1-based: the cell typed into and shown
const PROGRAM = [
  'import numpy as np',
  'A = np.array([[2, 1, 0], [1, 3, 1], [0, 1, 4]])',
  'B = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 10]])',
  'C = np.eye(3)',
  'D = np.array([[1, 2], [3, 4]])',
  'x = np.array([1, 2, 3])',
  'b = np.array([10, 20, 30])',
  'A @ B',
  'A * B + 1',
  'A.T',
  'np.linalg.inv(A)',
  'A @ B + C',
  'A @ np.linalg.inv(A)',
  'A + b',
  'x.reshape(1, 3)',
  'A[:, 1]',
  'np.linalg.det(A)',
  'D @ np.linalg.inv(D)',
  'A @ x',
  'np.eye(3) * x',
];
const CYCLE = [' ', '+', ' ', '1', 'Backspace', 'Backspace', 'Backspace', 'Backspace'];

const { values: opt } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    dist: { type: 'string' },
    keys: { type: 'string', default: '200' },
    runs: { type: 'string', default: '3' },
    interval: { type: 'string', default: '40' },
    size: { type: 'string', default: '1280x800' },
    out: { type: 'string' },
    'keep-trace': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) {
  console.log(
    'usage: node bench/matrices/typing.mjs [--build] [--dist DIR] [--keys 200] [--runs 3] [--interval 40] [--size 1280x800] [--out FILE] [--keep-trace]',
  );
  process.exit(0);
}
const int = (name, min) => {
  const n = Number(opt[name]);
  if (!Number.isInteger(n) || n < min) fail(`--${name} must be an integer ≥ ${min}`);
  return n;
};
function fail(msg) {
  console.error(`typing.mjs: ${msg}`);
  process.exit(2);
}
const KEYS = int('keys', 8);
const RUNS = int('runs', 1);
const INTERVAL = int('interval', 0);
const size = /^(\d+)x(\d+)$/.exec(opt.size) ?? fail(`--size must look like 1280x800, not ${opt.size}`);
const VIEWPORT = { width: Number(size[1]), height: Number(size[2]) };
const KEYSEQ = Array.from({ length: KEYS }, (_, i) => CYCLE[i % CYCLE.length]);
const typed = (start) => KEYSEQ.reduce((s, k) => (k === 'Backspace' ? s.slice(0, -1) : s + k), start);

// ---------------------------------------------------------------- statistics

function quantile(xs, q) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const median = (xs) => quantile(xs, 0.5);
const stats = (xs) => ({ n: xs.length, median: median(xs), p95: quantile(xs, 0.95), max: Math.max(...xs) });
const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');

// ---------------------------------------------------------------- trace analysis (drag.mjs's, for keydown)

const KINDS = {
  script: ['EventDispatch', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'V8.Execute', 'EvaluateScript'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ScheduleStyleRecalculation'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'Commit'],
};
const kindOf = new Map(Object.entries(KINDS).flatMap(([k, names]) => names.map((n) => [n, k])));

function analyseTrace(buffer) {
  const { traceEvents: events } = JSON.parse(buffer.toString('utf8'));
  const main = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const keyOf = (e) => `${e.pid}:${e.tid}`;
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'EventDispatch' || e.args?.data?.type !== 'keydown' || !main.has(keyOf(e))) continue;
    if (!byThread.has(keyOf(e))) byThread.set(keyOf(e), []);
    byThread.get(keyOf(e)).push(e);
  }
  // The page under test: the renderer main thread with the most keydowns.
  const [thread, keydowns] =
    [...byThread].sort((a, b) => b[1].length - a[1].length)[0] ?? fail('no keydown EventDispatch on CrRendererMain in the trace');
  const on = (e) => e.ph === 'X' && keyOf(e) === thread;
  keydowns.sort((a, b) => a.ts - b.ts);
  const top = [];
  for (const t of events
    .filter((e) => on(e) && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    const last = top.at(-1);
    if (!last || t.ts >= last.ts + last.dur) top.push(t); // top-level only
  }
  const detail = events.filter((e) => on(e) && kindOf.has(e.name)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const taskStart = (ts) => {
    let lo = 0;
    let hi = top.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (top[mid].ts <= ts) [found, lo] = [mid, mid + 1];
      else hi = mid - 1;
    }
    return found >= 0 && ts <= top[found].ts + top[found].dur ? top[found].ts : ts;
  };
  const perKey = { all: [], allCpu: [], ssl: [], sslCpu: [] };
  const breakdown = { script: 0, style: 0, layout: 0, paint: 0 };
  let ti = 0;
  let di = 0;
  let start = taskStart(keydowns[0].ts);
  for (let i = 0; i < keydowns.length; i++) {
    const end = i + 1 < keydowns.length ? taskStart(keydowns[i + 1].ts) : keydowns[i].ts + (INTERVAL + 34) * 1000;
    let [all, allCpu, ssl, sslCpu] = [0, 0, 0, 0];
    while (ti < top.length && top[ti].ts < start) ti++;
    for (; ti < top.length && top[ti].ts < end; ti++) {
      all += top[ti].dur;
      allCpu += top[ti].tdur ?? top[ti].dur;
    }
    // ssl: the outermost events. The split counts style, layout and paint wherever they run (a
    // layout forced inside an event handler too), and script as the rest of the outermost events.
    let covered = -Infinity;
    let coveredRender = -Infinity;
    let outer = 0;
    let render = 0;
    while (di < detail.length && detail[di].ts < start) di++;
    for (; di < detail.length && detail[di].ts < end; di++) {
      const e = detail[di];
      const kind = kindOf.get(e.name);
      if (kind !== 'script' && e.ts >= coveredRender) {
        breakdown[kind] += e.dur / 1000;
        render += e.dur;
        coveredRender = e.ts + e.dur;
      }
      if (e.ts < covered) continue;
      outer += e.dur;
      if (kind !== 'paint') [ssl, sslCpu] = [ssl + e.dur, sslCpu + (e.tdur ?? e.dur)];
      covered = e.ts + e.dur;
    }
    breakdown.script += Math.max(0, outer - render) / 1000;
    perKey.all.push(all / 1000);
    perKey.allCpu.push(allCpu / 1000);
    perKey.ssl.push(ssl / 1000);
    perKey.sslCpu.push(sslCpu / 1000);
    start = end;
  }
  for (const k in breakdown) breakdown[k] /= keydowns.length;
  const frames = events.filter((e) => on(e) && e.name === 'PrePaint' && e.ts >= keydowns[0].ts).length;
  return { perKey, keydowns: keydowns.length, frames, breakdownPerKeyMs: breakdown };
}

// ---------------------------------------------------------------- typing

async function tracedTyping(browser, page, name) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES, screenshots: false });
  let elapsed;
  let trace;
  try {
    await sleep(100);
    const t0 = performance.now();
    for (let i = 0; i < KEYSEQ.length; i++) {
      if (KEYSEQ[i] === 'Backspace') await page.keyboard.press('Backspace');
      else await page.keyboard.type(KEYSEQ[i]);
      const wait = t0 + (i + 1) * INTERVAL - performance.now();
      if (wait > 0.5) await sleep(wait);
    }
    elapsed = performance.now() - t0;
    await sleep(150); // the last key's frame inside the trace
  } finally {
    trace = await browser.stopTracing();
  }
  if (opt['keep-trace']) {
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results', `typing-matrices-trace-${name}-${Date.now()}.json`), trace);
  }
  return { analysis: analyseTrace(trace), msBetweenKeys: elapsed / KEYSEQ.length };
}

const BASELINE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>typing baseline</title></head>
<body><input type="text" aria-label="cell ${FOCUS}" value="${PROGRAM[FOCUS - 1]}" spellcheck="false" autocomplete="off"></body></html>`;

// ---------------------------------------------------------------- main

async function main() {
  const { work, servers } = scratch('mx-typing-');
  let dist = opt.dist ? resolve(ROOT, opt.dist) : resolve(ROOT, 'dist');
  if (opt.build || !existsSync(join(dist, 'index.html'))) {
    if (!opt.dist || !opt.build) dist = join(work, 'dist');
    console.error(`building into ${dist} …`);
    const r = spawnSync(VITE, ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`vite build failed (${r.status ?? r.signal})`);
  }
  const loadavgBefore = loadavg();
  const copy = await snapshotDist(dist, 'mx-typing-dist-');
  process.on('exit', () => rmSync(copy, { recursive: true, force: true }));
  const preview = new Preview();
  servers.push(preview);
  const base = await preview.start(copy, console.error);
  console.error(`serving a copy of ${dist} at ${base} (vite preview pid ${preview.child.pid})`);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const url = new URL(`#/matrices?code=${encodeURIComponent(PROGRAM.join('\n'))}&cell=${FOCUS}`, base).href;
    const runs = [];
    for (let run = 1; run <= RUNS; run++) {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(url, { waitUntil: 'load' });
      const cell = page.getByRole('textbox', { name: `cell ${FOCUS}`, exact: true });
      await cell.waitFor({ state: 'visible', timeout: 20_000 }).catch(() => {});
      const cells = await page.getByRole('textbox', { name: /^cell \d+$/ }).count();
      if (cells !== PROGRAM.length || errors.length)
        throw new Error(`the scene shows ${cells} cells, not ${PROGRAM.length}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
      const bad = await page.locator('input[aria-invalid="true"]').count();
      if (bad) throw new Error(`${bad} cells of the program fail in the scene`);
      await cell.click();
      await page.keyboard.press('End');
      // Warm-up, and a check that every key re-runs the notebook: `A @ B + C +` is an error.
      await page.keyboard.type(' +');
      await page.waitForTimeout(100);
      const invalid = await cell.getAttribute('aria-invalid');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(100);
      if (invalid !== 'true' || (await cell.getAttribute('aria-invalid')) === 'true')
        throw new Error('typing into cell 12 does not re-run the notebook (no error shown for a trailing +)');
      await page.waitForTimeout(400);
      const app = await tracedTyping(browser, page, `app-run${run}`);
      const after = await cell.inputValue();
      if (after !== typed(PROGRAM[FOCUS - 1])) throw new Error(`cell ${FOCUS} reads "${after}", not "${typed(PROGRAM[FOCUS - 1])}"`);
      await page.close();

      const bpage = await context.newPage();
      await bpage.setContent(BASELINE_HTML);
      await bpage.getByRole('textbox').click();
      await bpage.keyboard.press('End');
      await bpage.waitForTimeout(200);
      const baseline = await tracedTyping(browser, bpage, `baseline-run${run}`);
      await bpage.close();

      const a = app.analysis.perKey;
      const b = baseline.analysis.perKey;
      const net = (xs, ys) => stats(xs.map((x) => Math.max(0, x - median(ys))));
      const r = {
        run,
        keys: app.analysis.keydowns,
        msBetweenKeys: { app: app.msBetweenKeys, baseline: baseline.msBetweenKeys },
        all: { raw: stats(a.all), baseline: stats(b.all), net: net(a.all, b.all) },
        allCpu: { raw: stats(a.allCpu), baseline: stats(b.allCpu), net: net(a.allCpu, b.allCpu) },
        ssl: { raw: stats(a.ssl), baseline: stats(b.ssl), net: net(a.ssl, b.ssl) },
        sslCpu: { raw: stats(a.sslCpu), baseline: stats(b.sslCpu), net: net(a.sslCpu, b.sslCpu) },
        frames: app.analysis.frames,
        breakdownPerKeyMs: app.analysis.breakdownPerKeyMs,
        baselineBreakdownPerKeyMs: baseline.analysis.breakdownPerKeyMs,
        pageErrors: errors,
        loadavgAfter: loadavg(),
        perKeyMs: { app: a, baseline: b },
      };
      runs.push(r);
      console.error(
        `run ${run}: ${r.keys} keydowns (baseline ${baseline.analysis.keydowns}), ${r.frames} frames, keys ${f(r.msBetweenKeys.app)} ms apart; ` +
          `all raw/base/net median ${f(r.all.raw.median)} / ${f(r.all.baseline.median)} / ${f(r.all.net.median)} ms, ` +
          `script+style+layout net ${f(r.ssl.net.median)} / p95 ${f(r.ssl.net.p95)} ms`,
      );
      if (r.keys < KEYS * 0.95) console.error(`  warning: only ${r.keys} of ${KEYS} keys reached the page as keydown`);
      if (errors.length) console.error(`  page errors: ${errors.join(' | ')}`);
    }
    report(runs, browser.version(), url, dist, loadavgBefore);
  } finally {
    await browser.close().catch(() => {});
    await preview.stop();
  }
}

function report(runs, version, url, dist, loadavgBefore) {
  const over = (m, k, q) => (q === 'max' ? Math.max(...runs.map((r) => r[m][k][q])) : median(runs.map((r) => r[m][k][q])));
  const overall = Object.fromEntries(
    ['all', 'allCpu', 'ssl', 'sslCpu'].map((m) => [
      m,
      Object.fromEntries(
        ['raw', 'baseline', 'net'].map((k) => [k, { median: over(m, k, 'median'), p95: over(m, k, 'p95'), max: over(m, k, 'max') }]),
      ),
    ]),
  );
  const trio = (x, q) => `${f(x.raw[q])} / ${f(x.baseline[q])} / ${f(x.net[q])}`;
  console.log(
    `typing cost per keystroke into cell ${FOCUS} of ${PROGRAM.length}, ms (${VIEWPORT.width}x${VIEWPORT.height}, keys every ${INTERVAL} ms, achieved ${f(median(runs.map((r) => r.msBetweenKeys.app)))} ms apart)`,
  );
  console.log('run  measure                 median raw/base/net    p95 raw/base/net       max raw/base/net');
  for (const [label, rs] of [...runs.map((r) => [String(r.run), r]), ['all', overall]])
    for (const [m, name] of [
      ['ssl', 'script+style+layout'],
      ['all', 'all main thread'],
    ])
      console.log(
        `${label.padStart(3)}  ${name.padEnd(22)}  ${trio(rs[m], 'median').padEnd(21)}  ${trio(rs[m], 'p95').padEnd(21)}  ${trio(rs[m], 'max')}`,
      );
  const split = (key) => {
    const avg = (k) => f(median(runs.map((r) => r[key][k])));
    return `script ${avg('script')}, style ${avg('style')}, layout ${avg('layout')}, paint/commit ${avg('paint')} ms`;
  };
  console.log(`mean per key (median over runs), app: ${split('breakdownPerKeyMs')}; baseline: ${split('baselineBreakdownPerKeyMs')}`);
  console.log('"all" rows: median over runs of each run\'s median and p95, max of max; net = raw − the baseline\'s median.');
  const load = loadavg()[0];
  if (load > cpus().length)
    console.log(`note: load average ${load.toFixed(1)} on ${cpus().length} CPUs: wall-clock figures are inflated by other work; thread time less so`);
  const verdict = (x, b) => (x <= b ? 'ok' : 'OVER');
  const { all, allCpu, ssl, sslCpu } = overall;
  console.log(
    `(thread time: all main thread net median ${f(allCpu.net.median)} ms, p95 ${f(allCpu.net.p95)} ms; raw ${f(allCpu.raw.median)} / ${f(allCpu.raw.p95)}, baseline ${f(allCpu.baseline.median)} / ${f(allCpu.baseline.p95)})`,
  );
  console.log(
    `(script+style+layout only, the issue's measure: net median ${f(ssl.net.median)} ms (${verdict(ssl.net.median, BUDGET.median)}), p95 ${f(ssl.net.p95)} ms (${verdict(ssl.net.p95, BUDGET.p95)}); thread time ${f(sslCpu.net.median)} / ${f(sslCpu.net.p95)})`,
  );
  console.log(
    `typing matrices (cell ${FOCUS}): net median ${f(all.net.median)} ms (budget ${BUDGET.median}, ${verdict(all.net.median, BUDGET.median)}), ` +
      `p95 ${f(all.net.p95)} ms (budget ${BUDGET.p95}, ${verdict(all.net.p95, BUDGET.p95)})`,
  );
  const when = new Date().toISOString();
  const out = {
    when,
    command: process.argv.slice(1).join(' '),
    git: spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim(),
    gitDirty: spawnSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() !== '',
    chromium: version,
    cpus: cpus().length,
    loadavgBefore,
    loadavg: loadavg(),
    options: { url, program: PROGRAM, focus: FOCUS, keys: KEYSEQ, runs: RUNS, intervalMs: INTERVAL, viewport: VIEWPORT, dist },
    method:
      'per keydown EventDispatch on CrRendererMain: top-level RunTasks (all: dur, allCpu: tdur) and outermost script/style/layout events (ssl, sslCpu) from its task to the next keydown task; net = raw - median(baseline: the same keys into a plain <input>)',
    budget: BUDGET,
    overall,
    runs,
  };
  const file = opt.out ? resolve(opt.out) : join(ROOT, 'bench/results', `typing-matrices-${when.replace(/[:.]/g, '-')}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(out, null, 1));
  console.error(`results: ${file}`);
}

main().catch((e) => {
  console.error(e?.stack ?? e);
  process.exitCode = 1;
});
