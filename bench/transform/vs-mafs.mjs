// The Transform drag side by side with Mafs, interleaved in one go. Run by hand:
//
//   node bench/transform/vs-mafs.mjs [--runs 5] [--moves 300] [--interval 8] [--no-build]
//
// Builds the app with `vite build` into a temporary directory and the Mafs peer page
// (bench/peers/mafs, installed and built by bench/peers/mafs/setup.mjs), then runs
// bench/drag/drag.mjs one run at a time, in turn, N rounds:
//
//   ours          #/transform?m=2,1,1,2&x=-1,2&show=square,shape,eigen,x, dragging 'i-hat, first column',
//                 panel shown (the target's case)
//   ours, no panel  the same after clicking 'Hide panel'
//   mafs          Mafs 0.21: the two basis tips, a 41 + 41-line grid and the unit square under
//                 <Transform matrix>, dragging its î tip
//
// Every run is drag.mjs's own: 1920×1080, free drag (Alt held: every move changes the value,
// i.e. no snapping), a circle of radius 160 px, the same Chromium flags, and its own empty
// baseline page in the same browser, subtracted from every move. The order of the three rotates
// from round to round, so load from other work on the machine falls on every side alike.
//
// Prints, for each side, the median over rounds of each run's median and p95 per move, by the
// stricter measure (everything on the main thread, wall clock, net of the baseline: the target's
// measure), by script + style + layout, and in thread time; then ours / Mafs for each.
// Target: ours (panel shown) ≤ 0.5 × Mafs for both the median and the p95, by the stricter measure.
// Results (every run's drag.mjs JSON included) go to bench/results/vs-mafs-<time>.json.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VITE = join(ROOT, 'node_modules/.bin/vite');
const DRAG = join(ROOT, 'bench/drag/drag.mjs');
const SETUP = join(ROOT, 'bench/peers/mafs/setup.mjs');
const MAFS_DIST = join(ROOT, 'bench/peers/mafs/dist');
const TARGET = 0.5;

const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    moves: { type: 'string', default: '300' },
    interval: { type: 'string', default: '8' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) {
  console.log('usage: node bench/transform/vs-mafs.mjs [--runs 5] [--moves 300] [--interval 8] [--no-build]');
  console.log('  --no-build  reuse bench/peers/mafs/dist and dist/ instead of building both first');
  process.exit(0);
}
const RUNS = Number(opt.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) fail('--runs must be an integer ≥ 1');
const BUILD = !opt['no-build'];

function fail(msg) {
  console.error(`vs-mafs.mjs: ${msg}`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'vs-mafs-'));
let child = null;
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.error(`vs-mafs.mjs: ${sig}, stopping`);
    // drag.mjs cleans up its own server and browser on SIGTERM.
    if (child && child.exitCode === null) child.kill('SIGTERM');
    process.exitCode = 130;
    setTimeout(() => process.exit(130), 5000).unref();
  });
}

function runSync(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) fail(`${what} failed (${r.status ?? r.signal})`);
}

// ---------------------------------------------------------------- builds

const oursDist = BUILD ? join(work, 'dist') : join(ROOT, 'dist');
if (BUILD) {
  console.error(`building the app into ${oursDist} …`);
  runSync(VITE, ['build', '--outDir', oursDist, '--emptyOutDir', '--logLevel', 'warn'], 'vite build');
}
if (BUILD || !existsSync(join(MAFS_DIST, 'index.html'))) runSync(process.execPath, [SETUP], 'bench/peers/mafs/setup.mjs');
const peerVersions = JSON.parse(readFileSync(join(ROOT, 'bench/peers/mafs/package.json'), 'utf8')).dependencies;

// ---------------------------------------------------------------- the sides

const TRANSFORM_URL = '#/transform?m=2,1,1,2&x=-1,2&show=square,shape,eigen,x';
const common = ['--runs', '1', '--moves', opt.moves, '--interval', opt.interval, '--size', '1920x1080', '--radius', '160', '--quiet'];
const SIDES = [
  {
    id: 'ours',
    title: 'ours, panel shown',
    args: ['--dist', oursDist, '--url', TRANSFORM_URL, '--handle', 'i-hat, first column', '--name', 'transform'],
  },
  {
    id: 'mafs',
    title: `Mafs ${peerVersions.mafs}`,
    args: ['--dist', MAFS_DIST, '--url', '/', '--handle', 'i-hat, first column', '--name', 'mafs'],
  },
  {
    id: 'oursNoPanel',
    title: 'ours, panel hidden',
    args: ['--dist', oursDist, '--url', TRANSFORM_URL, '--handle', 'i-hat, first column', '--click', 'Hide panel', '--name', 'transform-nopanel'],
  },
];

function dragOnce(side, round) {
  const out = join(work, `${side.id}-${round}.json`);
  const args = [DRAG, ...common, ...side.args, '--out', out];
  return new Promise((res, rej) => {
    let output = '';
    child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code, signal) => {
      child = null;
      if (code === 0) res(JSON.parse(readFileSync(out, 'utf8')));
      else rej(new Error(`drag.mjs for ${side.title} failed (${code ?? signal}):\n${output}`));
    });
  });
}

// ---------------------------------------------------------------- statistics

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) / 2;
  return (s[Math.floor(i)] + s[Math.ceil(i)]) / 2;
}
const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');

/** The figures of one drag.mjs run (one run each): per measure, its median and p95 per move. */
function figures(result) {
  const r = result.runs[0];
  return {
    strict: { median: r.net.median, p95: r.net.p95 },
    ssl: { median: r.scriptStyleLayout.wall.median, p95: r.scriptStyleLayout.wall.p95 },
    cpu: { median: r.cpu.net.median, p95: r.cpu.net.p95 },
    baseline: { median: r.baseline.median, p95: r.baseline.p95 },
    msBetweenMoves: r.msBetweenMoves.app,
    handle: r.handle,
  };
}

// ---------------------------------------------------------------- main

const loadBefore = loadavg();
const rounds = [];
const t0 = Date.now();
for (let round = 1; round <= RUNS; round++) {
  const order = SIDES.map((_, k) => SIDES[(k + round - 1) % SIDES.length]);
  const entry = { round, order: order.map((s) => s.id) };
  for (const side of order) {
    let result;
    try {
      result = await dragOnce(side, round);
    } catch (e) {
      console.error(String(e.message ?? e));
      process.exit(1);
    }
    const fig = figures(result);
    entry[side.id] = { ...fig, result };
    console.error(
      `round ${round}/${RUNS} ${side.title.padEnd(18)} strict ${f(fig.strict.median)} / ${f(fig.strict.p95)} ms, ` +
        `script+style+layout ${f(fig.ssl.median)} / ${f(fig.ssl.p95)}, thread ${f(fig.cpu.median)} / ${f(fig.cpu.p95)}, ` +
        `baseline ${f(fig.baseline.median)}, moves ${f(fig.msBetweenMoves)} ms apart, load ${loadavg()[0].toFixed(1)}`,
    );
  }
  rounds.push(entry);
}

const MEASURES = [
  ['strict', 'everything on the main thread (wall, net)'],
  ['ssl', 'script + style + layout (wall, net)'],
  ['cpu', 'everything on the main thread (thread time, net)'],
];
const overall = {};
for (const side of SIDES) {
  overall[side.id] = {};
  for (const [m] of MEASURES) {
    overall[side.id][m] = {
      median: median(rounds.map((r) => r[side.id][m].median)),
      p95: median(rounds.map((r) => r[side.id][m].p95)),
    };
  }
}
const ratios = {};
for (const id of ['ours', 'oursNoPanel']) {
  ratios[id] = {};
  for (const [m] of MEASURES) {
    ratios[id][m] = {
      median: overall[id][m].median / overall.mafs[m].median,
      p95: overall[id][m].p95 / overall.mafs[m].p95,
      // the same ratio within each round (the sides ran back to back), median over rounds
      pairedMedian: median(rounds.map((r) => r[id][m].median / r.mafs[m].median)),
      pairedP95: median(rounds.map((r) => r[id][m].p95 / r.mafs[m].p95)),
    };
  }
}

console.log(
  `\nTransform drag vs Mafs ${peerVersions.mafs} (react ${peerVersions.react}), 1920x1080, ${opt.moves} free moves every ${opt.interval} ms, ` +
    `${RUNS} interleaved rounds; ms per pointer move, net of the baseline; median over rounds of each run's median / p95`,
);
const rows = [['', ...MEASURES.map(([, t]) => t)]];
for (const side of SIDES) rows.push([side.title, ...MEASURES.map(([m]) => `${f(overall[side.id][m].median)} / ${f(overall[side.id][m].p95)}`)]);
for (const id of ['ours', 'oursNoPanel']) {
  const title = `${SIDES.find((s) => s.id === id).title} / Mafs`;
  rows.push([title, ...MEASURES.map(([m]) => `${ratios[id][m].median.toFixed(2)}× / ${ratios[id][m].p95.toFixed(2)}×`)]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((c, j) => c.padEnd(widths[j])).join('  '));
  if (i === 0 || i === SIDES.length) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
const load = loadavg()[0];
if (load > cpus().length)
  console.log(`note: load average ${load.toFixed(1)} on ${cpus().length} CPUs; the rounds are interleaved, so it falls on both sides`);
const verdict = (x) => (x <= TARGET ? 'ok' : 'OVER');
for (const id of ['ours', 'oursNoPanel']) {
  const r = ratios[id].strict;
  const o = overall[id].strict;
  const m = overall.mafs.strict;
  console.log(
    `${SIDES.find((s) => s.id === id).title} vs Mafs (everything on the main thread): median ${f(o.median)} vs ${f(m.median)} ms = ${r.median.toFixed(2)}× ` +
      `(target ≤ ${TARGET}, ${verdict(r.median)}), p95 ${f(o.p95)} vs ${f(m.p95)} ms = ${r.p95.toFixed(2)}× (target ≤ ${TARGET}, ${verdict(r.p95)}); ` +
      `paired per round ${r.pairedMedian.toFixed(2)}× / ${r.pairedP95.toFixed(2)}×`,
  );
}

const when = new Date().toISOString();
const out = {
  when,
  command: process.argv.slice(1).join(' '),
  git: spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim(),
  gitDirty: spawnSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() !== '',
  peer: peerVersions,
  cpus: cpus().length,
  loadavgBefore: loadBefore,
  loadavgAfter: loadavg(),
  minutes: (Date.now() - t0) / 60000,
  sides: SIDES.map((s) => ({ id: s.id, title: s.title, args: [...common, ...s.args.map((a) => (a === oursDist ? '<app build>' : a))] })),
  target: { ratio: TARGET, measure: 'strict', of: ['median', 'p95'] },
  measures: Object.fromEntries(MEASURES),
  overall,
  ratios,
  rounds,
};
const dir = join(ROOT, 'bench/results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `vs-mafs-${when.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(out, null, 1));
console.error(`results: ${file}`);
