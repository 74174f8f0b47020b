// What the Descent scene pays to recompute its paths: GD, momentum and Adam, 1,000 steps each, on
// Rosenbrock with the engine's compiled gradient. Node, no browser:
//
//   node bench/descent/optimize.mjs                  # 400 runs of the three optimizers, 1,000 steps each
//   node bench/descent/optimize.mjs --runs 1000 --steps 2000
//
// Bundles a small entry with Vite's SSR build (Node 20 cannot run TypeScript), then runs each
// contestant in a process of its own: one V8 would see the compiled and the plain gradient at the
// same call site in runOptimizer and inline neither, which is not what the scene sees (one loss at
// a time). Contestants: the compiled gradient (the budget), the same with the loss recorded at
// each iterate (what the loss chart needs), and the gradient written by hand (for scale). A run is
// the three optimizers one after the other; each is timed with the monotonic clock, after the
// first (cold: V8 has not optimised anything yet, reported apart) and 50 warm-up runs.
// Budget: median and p95 ≤ 2 ms a run.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { ROOT, bundleEntry } from '../lib/preview.mjs';

const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '400' },
    steps: { type: 'string', default: '1000' },
    help: { type: 'boolean', default: false },
  },
});
if (opt.help) {
  console.log('usage: node bench/descent/optimize.mjs [--runs 400] [--steps 1000]');
  process.exit(0);
}
if (Number(opt.runs) < 300) throw new Error(`--runs ${opt.runs}: give at least 300, so p95 rests on 15 runs`);
const BUDGET_MS = 2;

const ENTRY = `
import { loadEngine } from '${ROOT}/src/lib/math/expr/index';
import { runOptimizer } from '${ROOT}/src/lib/math/optimize';

const [kind, runs, steps] = process.argv.slice(2);
let grad = (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)];
let f;
if (kind !== 'plain') {
  const engine = await loadEngine();
  const r = engine.compileGradient('(1 - x)^2 + 100 (y - x^2)^2');
  if (!r.ok) throw new Error(r.message);
  grad = r.fn;
  if (kind === 'compiled + loss') f = r.f.fn;
}
// Rates at which all three stay finite for the whole run from the classic start, so every run
// does all of its steps.
const SETTINGS = [
  { optimizer: 'gd', lr: 0.001 },
  { optimizer: 'momentum', lr: 0.0002 },
  { optimizer: 'adam', lr: 0.02 },
];
let sum = 0;
let taken = 0;
const once = () => {
  taken = 0;
  for (const s of SETTINGS) {
    const r = runOptimizer({ grad, f, start: [-1.2, 1], steps: Number(steps), ...s });
    sum += r.iterates[r.iterates.length - 2];
    taken += r.count - 1;
  }
};
const ms = () => Number(process.hrtime.bigint()) / 1e6;
let t0 = ms();
once();
const cold = ms() - t0;
for (let i = 0; i < 50; i++) once();
const times = [];
for (let i = 0; i < Number(runs); i++) {
  t0 = ms();
  once();
  times.push(ms() - t0);
}
console.log(JSON.stringify({ cold, times, taken, checksum: sum }));
`;

const bundle = bundleEntry(ENTRY, 'descent-optimize-');

function run(kind) {
  const r = spawnSync(process.execPath, [bundle, kind, opt.runs, opt.steps], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${kind} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

console.log(`\nGD + momentum + Adam, ${Number(opt.steps).toLocaleString('en')} steps each on Rosenbrock from (−1.2, 1), ms a run, ${opt.runs} runs`);
console.log('gradient              median     p95     max    cold   steps');
for (const kind of ['compiled', 'compiled + loss', 'plain']) {
  const r = run(kind);
  const s = [...r.times].sort((a, b) => a - b);
  const [median, p95] = [quantile(s, 0.5), quantile(s, 0.95)];
  const verdict = kind === 'plain' ? '' : median <= BUDGET_MS && p95 <= BUDGET_MS ? `  ok (≤ ${BUDGET_MS} ms)` : `  OVER (≤ ${BUDGET_MS} ms)`;
  const full = r.taken === 3 * Number(opt.steps) ? '' : '  (a run stopped early!)';
  console.log(
    `${kind.padEnd(19)} ${[median, p95, s.at(-1), r.cold].map((x) => x.toFixed(3).padStart(7)).join(' ')} ${String(r.taken).padStart(7)}${verdict}${full}`,
  );
}
const load = loadavg()[0];
console.log(
  `load average ${load.toFixed(2)} on ${cpus().length} cores${load > cpus().length / 2 ? ': the machine is busy, figures are inflated' : ''}`,
);
