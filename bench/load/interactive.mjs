// Time to an interactive plane: from navigation start to the moment the scene's first draggable
// handle exists, has answered an arrow key (its accessible name changed) and the frame after that
// has been painted; a scene without a handle counts its plane (or, for a panel-only scene, its
// title) painted. Median of N cold loads (a fresh browser context each: empty cache, no service
// worker) from `vite preview` in headless Chromium. Budget: ≤ 1000 ms. Run by hand (not in CI):
//
//   node bench/load/interactive.mjs [--dist DIR] [--runs 9] [--scene vectors] [--warm]
//
//   --dist   serve this build (a private copy of it); without it, the app is built into a scratch folder
//   --runs   cold loads per scene (default 9)
//   --scene  only this scene (repeatable); default every scene of src/scenes/index.ts, in its order
//   --warm   also time returning visits: the same context after a first visit, so the page and
//            its chunks come from the offline copy (the service worker)
//   --size   viewport, WxH (default 1280x800)
//
// Clock: the page's own performance.now() (zero at navigation start), so the driver's latency
// is not counted. The key is a synthetic keydown dispatched in the page on the handle. Beside it,
// the renderer main thread's CPU time until then (CDP Performance metrics in thread time): what a
// busy machine does not inflate, so the figure to compare when other work shares the CPUs.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../tests/chromium.mjs';
import { Preview, ROOT, VITE, scratch, snapshotDist } from '../lib/preview.mjs';
import { spawnSync } from 'node:child_process';

export const BUDGET_MS = 1000;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const options = (name) => args.flatMap((a, i) => (a === name ? [args[i + 1]] : []));
const runs = Number(option('--runs', 9));
const [width, height] = option('--size', '1280x800').split('x').map(Number);
const warm = args.includes('--warm');
// Every scene in the registry's order (src/scenes/index.ts), or the ones asked for.
const registry = readFileSync(join(ROOT, 'src/scenes/index.ts'), 'utf8');
const listed = /export const scenes[^=]*=\s*\[([^\]]*)\]/.exec(registry)?.[1] ?? '';
const registered = listed
  .split(',')
  .map((name) => name.trim())
  .filter((name) => name && existsSync(join(ROOT, 'src/scenes', name, 'parts.ts')));
const sceneIds = options('--scene').length ? options('--scene') : registered;

// Runs in the page from its first script on. `mode`: 'handle' | 'plane' | 'title'.
function probe(mode) {
  const w = /** @type {any} */ (window);
  w.__vpLoad = new Promise((resolve) => {
    const t = { mode };
    const painted = (key) =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          t[key] = performance.now();
          resolve(t);
        }, 0),
      );
    const ready = () => {
      if (mode === 'handle') {
        const h = document.querySelector('.plane g.handle[role="button"]');
        if (!h) return false;
        t.handle = performance.now();
        const before = h.getAttribute('aria-label');
        const changed = new MutationObserver(() => {
          if (h.getAttribute('aria-label') === before) return;
          changed.disconnect();
          t.answered = performance.now();
          painted('interactive');
        });
        changed.observe(h, { attributes: true, attributeFilter: ['aria-label'] });
        /** @type {SVGElement} */ (h).focus();
        h.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', code: 'ArrowUp', bubbles: true, cancelable: true }));
        return true;
      }
      const el = mode === 'plane' ? document.querySelector('.plane svg:not(.backdrop)') : document.querySelector('main h1');
      if (!el) return false;
      t.found = performance.now();
      painted('interactive');
      return true;
    };
    const watch = new MutationObserver(() => ready() && watch.disconnect());
    watch.observe(document, { childList: true, subtree: true });
  });
}

/** What a scene offers once it has settled: a handle, a plane, or only its panel. */
async function discover(browser, base, id) {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${base}#/${id}`);
  await page.locator('main h1').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  const mode = (await page.locator('.plane g.handle[role="button"]').count())
    ? 'handle'
    : (await page.locator('.plane svg:not(.backdrop)').count())
      ? 'plane'
      : 'title';
  await context.close();
  return mode;
}

async function timedLoad(context, base, id, mode) {
  const page = await context.newPage();
  // The renderer's main-thread CPU time, which other processes on a busy machine do not inflate.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.addInitScript(probe, mode);
  await page.goto(`${base}#/${id}`, { waitUntil: 'commit' });
  const t = await page.evaluate(() => /** @type {any} */ (window).__vpLoad, undefined, { timeout: 30_000 });
  const { metrics } = await cdp.send('Performance.getMetrics');
  t.cpu = 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN);
  await page.close();
  return t;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${Math.round(x)}`.padStart(5);

const { work, servers } = scratch('vp-interactive-');
let dist = option('--dist');
if (!dist) {
  dist = join(work, 'dist');
  const built = spawnSync(VITE, ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('vite build failed');
}
const served = await snapshotDist(dist, 'vp-interactive-dist-');
const preview = new Preview();
servers.push(preview);
const base = await preview.start(served);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const results = [];
try {
  console.log(
    `Time to an interactive plane, ${width}×${height}, median of ${runs} cold loads (ms from navigation start); load average ${loadavg()[0].toFixed(1)}`,
  );
  console.log(
    `  ${'scene'.padEnd(11)} ${'what'.padEnd(7)} ${'median'.padStart(6)} ${'min'.padStart(5)} ${'max'.padStart(5)} ${'main-thread CPU'.padStart(15)}${warm ? `  ${'offline copy'.padStart(12)}` : ''}`,
  );
  for (const id of sceneIds) {
    const mode = await discover(browser, base, id);
    const cold = [];
    const cpu = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
      const t = await timedLoad(context, base, id, mode);
      cold.push(t.interactive);
      cpu.push(t.cpu);
      await context.close();
    }
    const row = {
      scene: id,
      mode,
      cold: { median: median(cold), min: Math.min(...cold), max: Math.max(...cold), runs: cold },
      cpu: { median: median(cpu), runs: cpu },
    };
    if (warm) {
      const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'allow' });
      const first = await context.newPage();
      await first.goto(`${base}#/${id}`);
      await first.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 30_000 });
      await first.close();
      const again = [];
      for (let i = 0; i < runs; i++) again.push((await timedLoad(context, base, id, mode)).interactive);
      await context.close();
      row.warm = { median: median(again), min: Math.min(...again), max: Math.max(...again), runs: again };
    }
    results.push(row);
    const over = row.cold.median > BUDGET_MS ? '  OVER' : '';
    console.log(
      `  ${id.padEnd(11)} ${mode.padEnd(7)} ${ms(row.cold.median).padStart(6)} ${ms(row.cold.min)} ${ms(row.cold.max)} ${ms(row.cpu.median).padStart(15)}${warm ? `  ${ms(row.warm.median).padStart(12)}` : ''}${over}`,
    );
  }
  console.log(`Budget: median ≤ ${BUDGET_MS} ms per scene. Main-thread CPU: the renderer's own CPU time up to then (median).`);
  if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
} finally {
  await browser.close();
  await preview.stop();
}
