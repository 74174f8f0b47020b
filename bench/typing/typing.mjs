// Typing latency in the Gradient scene, key by key. Run by hand (not a CI test):
//
//   node bench/typing/typing.mjs [--build] [--runs 3] [--interval 150] [--sizes 1280x800,1920x1080]
//                                [--formula '(1-x)^2+100(y-x^2)^2'] [--dist dist] [--profile] [--out FILE]
//
//   --build     run `vite build` first (also done when the dist directory is missing)
//   --runs      typing runs per viewport size (default 3), each on a freshly loaded page
//   --interval  ms from one key to the next (default 150: a brisk typist)
//   --sizes     viewports, comma-separated WxH (default 1280x800,1920x1080)
//   --formula   what is typed over the field's text (default Rosenbrock's loss)
//   --dist      directory to build into and serve (default dist); a copy is served
//   --profile   also record a V8 CPU profile of the typing (an unminified build in a temporary
//               directory, so that functions keep their names) and print where the time goes
//   --out FILE  write the results JSON there instead of bench/results/typing-<time>.json
//
// Opens #/descent?f=x^2+3y^2&start=-1,1, selects the text of the "f(x, y) =" textbox and types the
// formula key by key, then edits it (100 → 10 → 100, the last power 2 → 4). For every key that
// makes the text a new formula that reads (the others leave the formula in force as it was, and
// nothing on screen has to change), it measures from the keydown (the event's timeStamp) to
//   (a) plot:     the heat-map canvas repainted and the contour path's `d` rewritten for this
//                 formula or a later one, and the animation frame after that (which paints them);
//   (b) preview:  the KaTeX in the input's preview rewritten, and the frame after that;
//   (c) gradient: the KaTeX in the "Its gradient" region rewritten, and the frame after that.
// It also reports plot − engine: from the engine's answer (the end of the Formula's compile) to
// that frame. Budgets: plot ≤ 50 ms after the key and ≤ one frame (16.7 ms) after the engine's
// answer; previews ≤ 100 ms.
//
// Which formula a repaint shows: the page sets window.__vpTiming before the app loads, so the
// app records user-timing measures `formula:compile` (detail: text, ok) and `plot:sample`
// (detail: text, grid size) — see `timed` in src/lib/ui/formula.svelte.ts. A repaint of the plot
// shows the text of the latest plot:sample before it; a typeset formula shows the latest text
// that compiled before it (Tex typesets the current TeX when it runs). A key's latency is the
// time to the first repaint showing its text or a later key's (a later key may supersede it).
// The plot's canvas and path are rewritten in the task that samples (or not at all: f + 90 has
// the contours of f), so they belong to the sampling before them.
// Repaints are seen with a MutationObserver (the contour path's d, the two KaTeX containers) and a
// wrapper around CanvasRenderingContext2D.putImageData on the heat map's canvas. The surface is
// sampled and contoured in a worker; its plot:sample mark is made when it arrives, in the task that
// writes it to the page.
//
// When typing stops, the script waits for the page to settle and checks that the picture (the
// contour path and the heat-map pixels) and both formulas are what a fresh load of the same link
// shows: a faster path while typing must not leave a different picture behind.
//
// Results go to bench/results/typing-<time>.json (git-ignored).

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { Preview, snapshotDist } from '../lib/preview.mjs';
import { chromiumArgs as CHROMIUM_ARGS, chromiumPath as CHROMIUM } from '../../tests/chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VITE = join(ROOT, 'node_modules/.bin/vite');
const START = '#/descent?f=x^2+3y^2&start=-1,1';
const FRAME = 1000 / 60;
const BUDGET = { plot: 50, plotAfterEngine: FRAME, preview: 100, gradient: 100 };

const { values: opt } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    interval: { type: 'string', default: '150' },
    sizes: { type: 'string', default: '1280x800,1920x1080' },
    formula: { type: 'string', default: '(1-x)^2+100(y-x^2)^2' },
    dist: { type: 'string', default: 'dist' },
    profile: { type: 'boolean', default: false },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) {
  console.log('usage: node bench/typing/typing.mjs [--build] [--runs 3] [--interval 150] [--sizes 1280x800,1920x1080]');
  console.log("       [--formula '(1-x)^2+100(y-x^2)^2'] [--dist dist] [--profile] [--out FILE]");
  process.exit(0);
}
const RUNS = Number(opt.runs);
const INTERVAL = Number(opt.interval);
if (!Number.isInteger(RUNS) || RUNS < 1) fail('--runs must be an integer ≥ 1');
if (!(INTERVAL >= 0)) fail('--interval must be a number ≥ 0');
const SIZES = opt.sizes.split(',').map((s) => {
  const m = /^(\d+)x(\d+)$/.exec(s.trim());
  if (!m) fail(`--sizes: ${s} does not look like 1280x800`);
  return { width: Number(m[1]), height: Number(m[2]) };
});
const DIST = resolve(ROOT, opt.dist);

function fail(msg) {
  console.error(`typing.mjs: ${msg}`);
  process.exit(2);
}

// ---------------------------------------------------------------- server (bench/lib/preview.mjs)

const preview = new Preview();
let browser = null;
const temporary = [];

process.on('exit', () => {
  preview.killSync();
  for (const d of temporary) rmSync(d, { recursive: true, force: true });
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    await browser?.close().catch(() => {});
    await preview.stop();
    process.exit(130);
  });
}

function build(outDir, minify = true) {
  console.error(`building into ${outDir}${minify ? '' : ' (unminified)'} …`);
  const args = ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  if (!minify) args.push('--minify', 'false');
  const r = spawnSync(VITE, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
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
const stats = (xs) => ({ n: xs.length, median: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: xs.length ? Math.max(...xs) : NaN });
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');

// ---------------------------------------------------------------- in the page

// Installed before any page script. Everything is in performance.now() time, like event.timeStamp.
function instrument() {
  window.__vpTiming = true;
  const log = (window.__typing = { keys: [], repaints: [] });
  addEventListener('keydown', (e) => log.keys.push({ key: e.key, t: e.timeStamp }), { capture: true });
  // The frame that paints a change: the first animation frame after it.
  const pending = [];
  let scheduled = false;
  const afterFrame = (entry) => {
    pending.push(entry);
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame((t) => {
      scheduled = false;
      for (const e of pending.splice(0)) e.frame = t;
    });
  };
  const note = (what) => {
    const entry = { what, t: performance.now(), frame: NaN };
    log.repaints.push(entry);
    afterFrame(entry);
  };
  const put = CanvasRenderingContext2D.prototype.putImageData;
  CanvasRenderingContext2D.prototype.putImageData = function (...args) {
    if (this.canvas.classList.contains('heat-map')) note('canvas');
    return put.apply(this, args);
  };
  const observer = new MutationObserver((records) => {
    const seen = new Set();
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      if (!el) continue;
      if (r.type === 'attributes' && el.matches('.contour-layer path') && r.attributeName === 'd') seen.add('path');
      else if (r.type === 'childList' && [...r.addedNodes].some((n) => n.nodeType === 1 && n.matches('.contour-layer, .contour-layer *')))
        seen.add('path');
      else if (el.closest('.preview')) seen.add('preview');
      else if (el.closest('section[aria-labelledby="gr-formula"]')) seen.add('gradient');
    }
    for (const what of seen) note(what);
  });
  addEventListener('DOMContentLoaded', () =>
    observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['d'] }),
  );
}

// ---------------------------------------------------------------- one run

/** The keys to press: select all, type the formula, then edit it. */
function script(formula) {
  const keys = ['Control+A', ...[...formula]];
  const at = formula.indexOf('100');
  if (at >= 0) {
    // 100 → 10 → 100: caret after "100", Backspace, "0".
    keys.push('Home', ...Array(at + 3).fill('ArrowRight'), 'Backspace', '0');
  }
  if (/\^2$/.test(formula)) keys.push('End', 'Backspace', '4'); // the last power: 2 → 4
  return keys;
}

async function typeRun(page, keys) {
  const input = page.getByRole('textbox', { name: 'f(x, y) =' });
  await input.click();
  await page.waitForTimeout(300);
  const t0 = Date.now();
  for (const [i, key] of keys.entries()) {
    const due = t0 + i * INTERVAL;
    if (Date.now() < due) await sleep(due - Date.now());
    await page.keyboard.press(key);
  }
  // Wait for the page to settle: typing stopped, refinements done.
  await page.waitForTimeout(1500);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return page.evaluate(() => ({
    log: window.__typing,
    measures: performance
      .getEntriesByType('measure')
      .map((m) => ({ name: m.name, start: m.startTime, end: m.startTime + m.duration, detail: m.detail })),
    finalText: document.querySelector('input[aria-describedby]')?.value,
  }));
}

/** Replays the text the field held after each keydown (the page's own record, in order). */
function textsAfterKeys(startText, keys) {
  let text = startText;
  let caret = text.length;
  let selection = null;
  const out = [];
  for (const k of keys) {
    if (k === 'Control+A') selection = [0, text.length];
    else if (k === 'Home') [caret, selection] = [0, null];
    else if (k === 'End') [caret, selection] = [text.length, null];
    else if (k === 'ArrowRight') [caret, selection] = [Math.min(text.length, selection ? selection[1] : caret + 1), null];
    else if (k === 'Backspace') {
      if (selection) [text, caret, selection] = [text.slice(0, selection[0]) + text.slice(selection[1]), selection[0], null];
      else if (caret > 0) [text, caret] = [text.slice(0, caret - 1) + text.slice(caret), caret - 1];
    } else {
      if (selection) [text, caret, selection] = [text.slice(0, selection[0]) + text.slice(selection[1]), selection[0], null];
      [text, caret] = [text.slice(0, caret) + k + text.slice(caret), caret + 1];
    }
    out.push(text);
  }
  return out;
}

function analyse({ log, measures }, keys, texts) {
  const compiles = measures.filter((m) => m.name === 'formula:compile');
  const samples = measures.filter((m) => m.name === 'plot:sample');
  const downs = log.keys.filter((k) => k.key !== 'Control' && k.key !== 'Shift');
  if (downs.length !== keys.length) throw new Error(`saw ${downs.length} keydowns for ${keys.length} keys`);
  // A text's key: the last key that left that text (texts repeat: 100 → 10 → 100).
  const keyOfText = (text, before) => {
    for (let k = keys.length - 1; k >= 0; k--) if (texts[k] === text && downs[k].t <= before) return k;
    return -1;
  };
  const latestBefore = (list, t, pick) => {
    let best = null;
    for (const m of list) if (m.end <= t && pick(m) && (!best || m.end > best.end)) best = m;
    return best;
  };
  // Every repaint, tagged with the key whose text it shows.
  const shown = log.repaints.map((r) => {
    const m = r.what === 'path' || r.what === 'canvas' ? latestBefore(samples, r.t, () => true) : latestBefore(compiles, r.t, (c) => c.detail.ok);
    return { ...r, key: m ? keyOfText(m.detail.text, r.t) : -1 };
  });
  const compileOf = (k) => compiles.find((m) => m.detail.text === texts[k] && m.start >= downs[k].t - 1);
  // Keys that bring a new formula; the others leave the one in force, and nothing has to change.
  const validKeys = [];
  for (let k = 0; k < keys.length; k++) if (compileOf(k)?.detail.ok && (k === 0 || texts[k] !== texts[k - 1])) validKeys.push(k);
  const rows = [];
  for (const k of validKeys) {
    const c = compileOf(k);
    const t = downs[k].t;
    const first = (what) => shown.find((r) => r.what === what && r.t >= t && r.key >= k);
    // The plot: the first sampling of this text (or a later key's) after the key, and the canvas
    // repaint and path rewrite that follow it before the next sampling. The path may keep its d
    // (f + 90 has the contours of f), and then the canvas alone says the plot is up to date.
    const si = samples.findIndex((m) => m.end >= t && keyOfText(m.detail.text, m.end) >= k);
    const s0 = samples[si];
    const until = samples[si + 1]?.start ?? Infinity;
    const inWindow = (what) => (s0 ? log.repaints.find((r) => r.what === what && r.t >= s0.end && r.t < until) : undefined);
    const canvas = inWindow('canvas');
    const path = inWindow('path');
    const plotFrame = canvas ? Math.max(canvas.frame, path?.frame ?? -Infinity) : NaN;
    // A formula whose TeX did not change (∇ of f + 1 and f + 10 are alike) is not typeset again:
    // no repaint until the next new formula's key, and then that key's latency is not this one's.
    const next = validKeys[validKeys.indexOf(k) + 1];
    const tNext = next === undefined ? Infinity : downs[next].t;
    const typeset = (what) => {
      const r = first(what);
      return r && r.t < tNext ? r.frame - t : r ? 'unchanged' : NaN;
    };
    const pv = typeset('preview');
    const gr = typeset('gradient');
    const sample = samples.find((m) => m.detail.text === texts[k] && m.start >= t - 1);
    rows.push({
      key: keys[k],
      t,
      text: texts[k],
      engineMs: c.end - t,
      compileMs: c.end - c.start,
      sampleMs: sample ? sample.end - sample.start : NaN,
      grid: sample ? `${sample.detail.nx}x${sample.detail.ny}` : null,
      plotMs: plotFrame - t,
      plotAfterEngineMs: plotFrame - c.end,
      previewMs: pv,
      gradientMs: gr,
    });
  }
  return rows;
}

async function pictureOf(page) {
  return page.evaluate(() => {
    const path = document.querySelector('.contour-layer path');
    const canvas = document.querySelector('canvas.heat-map');
    const tex = (sel) => document.querySelector(sel)?.querySelector('annotation')?.textContent ?? null;
    return {
      d: path?.getAttribute('d') ?? null,
      transform: path?.getAttribute('transform') ?? null,
      canvas: canvas ? canvas.toDataURL() : null,
      preview: tex('.preview'),
      gradient: tex('section[aria-labelledby="gr-formula"]'),
    };
  });
}
const digest = (pic) =>
  Object.fromEntries(Object.entries(pic).map(([k, v]) => [k, v === null ? null : createHash('sha1').update(v).digest('hex').slice(0, 12)]));

async function openScene(context, base, hash) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(new URL(hash, base).href, { waitUntil: 'load' });
  await page.getByRole('textbox', { name: 'f(x, y) =' }).waitFor({ state: 'visible', timeout: 20_000 });
  await page.locator('.contour-layer path[d^="M"]').waitFor({ state: 'attached', timeout: 20_000 });
  await page.waitForTimeout(800);
  return { page, errors };
}

// ---------------------------------------------------------------- CPU profile summary

/**
 * Self time by function in the windows [from, to) (page time, ms). `origin` is the page's
 * performance.now() when the function typingBenchClock started, which pins the two clocks.
 */
function summariseProfile(profile, origin, windows) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let clock = profile.startTime;
  let sync = null;
  for (let i = 0; i < profile.samples.length && sync === null; i++) {
    clock += profile.timeDeltas[i];
    if (byId.get(profile.samples[i]).callFrame.functionName === 'typingBenchClock') sync = clock;
  }
  if (sync === null) throw new Error('the CPU profile has no sample of typingBenchClock');
  let t = profile.startTime;
  let total = 0;
  const inside = (ms) => windows.some(([a, b]) => ms >= a && ms < b);
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (!inside(origin + (t - sync) / 1000)) continue;
    const n = byId.get(profile.samples[i]);
    const cf = n.callFrame;
    const file = cf.url ? cf.url.replace(/^.*\//, '') : '';
    const name = `${cf.functionName || '(anonymous)'} ${file}${cf.url ? `:${cf.lineNumber + 1}` : ''}`;
    const dt = profile.timeDeltas[i + 1] ?? 0;
    self.set(name, (self.get(name) ?? 0) + dt);
    total += dt;
  }
  return {
    totalMs: total / 1000,
    top: [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([name, us]) => ({ name, ms: us / 1000 })),
  };
}

// ---------------------------------------------------------------- main

async function main() {
  if (opt.build || !existsSync(join(DIST, 'index.html'))) build(DIST);
  let dir;
  if (opt.profile) {
    dir = mkdtempSync(join(tmpdir(), 'typing-bench-unminified-'));
    temporary.push(dir);
    build(dir, false);
  } else {
    dir = await snapshotDist(DIST, 'typing-bench-');
    temporary.push(dir);
  }
  const loadBefore = loadavg();
  const base = await preview.start(dir);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const keys = script(opt.formula);
  const results = [];
  const profiles = [];
  const checks = [];
  for (const size of SIZES) {
    const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
    await context.addInitScript(instrument);
    const rows = [];
    for (let run = 1; run <= RUNS; run++) {
      const { page, errors } = await openScene(context, base, START);
      const startText = await page.getByRole('textbox', { name: 'f(x, y) =' }).inputValue();
      const texts = textsAfterKeys(startText, keys);
      let cdp = null;
      let profileOrigin = 0;
      if (opt.profile) {
        cdp = await context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        // A recognisable busy function pins the profile's clock to the page's performance.now().
        profileOrigin = await page.evaluate(() => {
          const start = performance.now();
          // eslint-disable-next-line no-empty
          (function typingBenchClock() {
            while (performance.now() - start < 15) {}
          })();
          return start;
        });
      }
      const got = await typeRun(page, keys);
      if (cdp) {
        // From each key that brings a new formula to its plot's frame (or 100 ms), and the whole run.
        const { profile } = await cdp.send('Profiler.stop');
        const r = analyse(got, keys, texts);
        const windows = r.map((row) => [row.t, row.t + (Number.isFinite(row.plotMs) ? row.plotMs : 100)]);
        profiles.push({
          size: `${size.width}x${size.height}`,
          run,
          keys: summariseProfile(profile, profileOrigin, windows),
          all: summariseProfile(profile, profileOrigin, [[-Infinity, Infinity]]),
        });
      }
      if (got.finalText !== texts.at(-1)) throw new Error(`the field holds "${got.finalText}", expected "${texts.at(-1)}"`);
      const r = analyse(got, keys, texts);
      for (const row of r) rows.push({ run, ...row });
      // What typing left on screen against a fresh load of the same link.
      const typed = await pictureOf(page);
      const hash = await page.evaluate(() => location.hash);
      const fresh = await openScene(context, base, hash);
      const loaded = await pictureOf(fresh.page);
      await fresh.page.close();
      const same = Object.fromEntries(Object.keys(typed).map((k) => [k, typed[k] === loaded[k]]));
      checks.push({
        size: `${size.width}x${size.height}`,
        run,
        hash,
        same,
        typed: digest(typed),
        loaded: digest(loaded),
        errors: [...errors, ...fresh.errors],
      });
      if (errors.length) console.error(`  page errors: ${errors.join(' | ')}`);
      console.error(
        `${size.width}x${size.height} run ${run}: ${r.length} keys measured; after typing the picture ${Object.values(same).every(Boolean) ? 'matches' : 'DIFFERS from'} a fresh load` +
          (Object.values(same).every(Boolean)
            ? ''
            : ` (${Object.entries(same)
                .filter(([, v]) => !v)
                .map(([k]) => k)
                .join(', ')})`),
      );
      await page.close();
    }
    await context.close();
    const measure = (k) => stats(rows.map((r) => r[k]).filter(Number.isFinite));
    results.push({
      size: `${size.width}x${size.height}`,
      grids: [...new Set(rows.map((r) => r.grid))],
      missing: {
        plot: rows.filter((r) => !Number.isFinite(r.plotMs)).length,
        preview: rows.filter((r) => Number.isNaN(r.previewMs)).length,
        gradient: rows.filter((r) => Number.isNaN(r.gradientMs)).length,
      },
      unchangedTex: {
        preview: rows.filter((r) => r.previewMs === 'unchanged').length,
        gradient: rows.filter((r) => r.gradientMs === 'unchanged').length,
      },
      plot: measure('plotMs'),
      plotAfterEngine: measure('plotAfterEngineMs'),
      preview: measure('previewMs'),
      gradient: measure('gradientMs'),
      engine: measure('engineMs'),
      compile: measure('compileMs'),
      sample: measure('sampleMs'),
      rows,
    });
  }

  console.log(
    `typing ${JSON.stringify(opt.formula)} and edits, ${keys.length} keys ${INTERVAL} ms apart, ${RUNS} run(s) per size; ms from the keydown`,
  );
  const lines = [['size', 'measure', 'n', 'median', 'p95', 'max', 'budget', '']];
  const verdict = (s, b) => (s.p95 <= b && s.max <= b ? 'ok' : s.median <= b ? 'p95/max over' : 'OVER');
  for (const r of results) {
    const row = (name, s, budget) =>
      lines.push([
        r.size,
        name,
        String(s.n),
        f1(s.median),
        f1(s.p95),
        f1(s.max),
        budget === undefined ? '' : `≤ ${f1(budget)}`,
        budget === undefined ? '' : verdict(s, budget),
      ]);
    row('plot (frame after canvas+path)', r.plot, BUDGET.plot);
    row('plot − engine answer', r.plotAfterEngine, BUDGET.plotAfterEngine);
    row('f preview typeset', r.preview, BUDGET.preview);
    row('∇f formula typeset', r.gradient, BUDGET.gradient);
    row('engine answer (compile end)', r.engine);
    row('compile + differentiate', r.compile);
    row(`sampling (${r.grids.join(', ')})`, r.sample);
  }
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  for (const [i, l] of lines.entries()) {
    console.log(l.map((c, j) => (j >= 2 && j <= 5 ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  for (const r of results)
    if (r.missing.plot || r.missing.preview || r.missing.gradient) console.log(`${r.size}: keys with no repaint seen: ${JSON.stringify(r.missing)}`);
  for (const r of results)
    if (r.unchangedTex.preview || r.unchangedTex.gradient)
      console.log(`${r.size}: keys whose TeX did not change (not typeset again, not counted): ${JSON.stringify(r.unchangedTex)}`);
  const bad = checks.filter((c) => !Object.values(c.same).every(Boolean));
  console.log(
    bad.length === 0
      ? 'after typing, every run left the picture and formulas a fresh load shows'
      : `after typing, ${bad.length} run(s) left a picture unlike a fresh load's`,
  );
  for (const p of profiles.slice(0, 2)) {
    for (const [what, sum] of [
      ['from each measured key to its plot', p.keys],
      ['the whole run', p.all],
    ]) {
      console.log(`\nCPU profile ${p.size} run ${p.run}, ${what}: ${f1(sum.totalMs)} ms sampled; self time by function:`);
      for (const t of sum.top.slice(0, 20)) console.log(`  ${f1(t.ms).padStart(7)}  ${t.name}`);
    }
  }
  const load = loadavg()[0];
  if (load > cpus().length) console.log(`note: load average ${load.toFixed(1)} on ${cpus().length} CPUs: the figures are inflated by other work`);

  const out = {
    when: new Date().toISOString(),
    command: process.argv.slice(1).join(' '),
    git: spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim(),
    chromium: browser.version(),
    cpus: cpus().length,
    loadavg: { before: loadBefore, after: loadavg() },
    options: { start: START, formula: opt.formula, keys, intervalMs: INTERVAL, runs: RUNS, sizes: SIZES, profile: opt.profile },
    budget: BUDGET,
    results,
    checks,
    profiles,
  };
  const file = opt.out ? resolve(opt.out) : join(ROOT, 'bench/results', `typing-${out.when.replace(/[:.]/g, '-')}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(out, null, 1));
  console.error(`results: ${file}`);
  if (bad.length) process.exitCode = 1;
}

main()
  .catch((e) => {
    console.error(e?.stack ?? e);
    process.exitCode = 1;
  })
  .finally(async () => {
    await browser?.close().catch(() => {});
    await preview.stop();
  });
