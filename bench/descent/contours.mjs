// What the Descent scene pays to draw a loss: sampling f on a grid, its colour levels and the
// contour lines (d3-contour, then one SVG path), as surface.ts does in the surface worker and, on
// the quick 96×96 grid, on the main thread while a key's worker surface is on its way. Node, no
// browser:
//
//   node bench/descent/contours.mjs               # the presets at 128×128 (budget) and larger grids
//   node bench/descent/contours.mjs --runs 60
//
// Bundles a small entry with Vite's SSR build (Node 20 cannot run TypeScript) and runs it once per
// loss, each in a process of its own (one V8 per loss, as a page sees one loss at a time). For
// each grid it times, after 5 warm-up rounds: sampling, the colour scale (its levels), and the
// contour path at 20 levels (the issue's case: levels spread linearly or logarithmically, as the
// scene would for that loss). Budget: contours of a 128×128 grid with 20 levels ≤ 16 ms (median
// and p95, sampling and levels included). Larger grids (a projector's 1.5 × 1920×1080 view at
// 4 px: 480×405) run in the worker, where their time delays the sharp picture but stalls nothing.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { ROOT, bundleEntry } from '../lib/preview.mjs';

const { values: opt } = parseArgs({ options: { runs: { type: 'string', default: '40' }, help: { type: 'boolean', default: false } } });
if (opt.help) {
  console.log('usage: node bench/descent/contours.mjs [--runs 40]');
  process.exit(0);
}
const BUDGET_MS = 16;
const LOSSES = [
  ['round bowl', 'x^2 + y^2', 'linear'],
  ['elongated bowl', 'x^2 + 10y^2', 'linear'],
  ['Rosenbrock', '(1 - x)^2 + 100 (y - x^2)^2', 'log'],
  ['Himmelblau', '(x^2 + y - 11)^2 + (x + y^2 - 7)^2', 'linear'],
  ['Beale', '(1.5 - x + x y)^2 + (2.25 - x + x y^2)^2 + (2.625 - x + x y^3)^2', 'log'],
];
const GRIDS = [
  [96, 96, 'quick, main thread'],
  [128, 128, 'the budget'],
  [480, 300, '1280×800 view'],
  [480, 405, '1920×1080 view'],
];

const ENTRY = `
import { loadEngine } from '${ROOT}/src/lib/math/expr/index';
import { sequential } from '${ROOT}/src/lib/color/index';
import { contourPath } from '${ROOT}/src/lib/plane/surface';
import { sampleGrid } from '${ROOT}/src/lib/math/expr/compile/sample-grid';

const [text, spacing, runs, grids] = [process.argv[2], process.argv[3], Number(process.argv[4]), JSON.parse(process.argv[5])];
const engine = await loadEngine();
const r = engine.compileGradient(text);
if (!r.ok) throw new Error(r.message);
const f = r.f.fn;
const ms = () => Number(process.hrtime.bigint()) / 1e6;
const out = [];
for (const [nx, ny] of grids) {
  const grid = { xMin: -3, xMax: 3, yMin: -2.5, yMax: 3.5, nx, ny };
  const rows = [];
  let levels = 0;
  let points = 0;
  for (let k = 0; k < runs + 5; k++) {
    const t0 = ms();
    const values = sampleGrid(f, grid);
    const t1 = ms();
    const scale = sequential({ values, spacing, count: 20 });
    const t2 = ms();
    const path = contourPath(values, nx, ny, scale.levels);
    const t3 = ms();
    levels = scale.levels.length - 2;
    points = (path.match(/[ML]/g) ?? []).length;
    if (k >= 5) rows.push([t1 - t0, t2 - t1, t3 - t2, t3 - t0]);
  }
  out.push({ nx, ny, levels, points, rows });
}
console.log(JSON.stringify(out));
`;

const bundle = bundleEntry(ENTRY, 'descent-contours-');

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const fmt = (x) => x.toFixed(2).padStart(6);
console.log(`\nms per surface, ${opt.runs} runs after 5 warm-up rounds; median / p95`);
console.log('loss             grid      levels  points   sample       levels       contours     total        ');
let over = false;
for (const [name, text, spacing] of LOSSES) {
  const r = spawnSync(process.execPath, [bundle, text, spacing, opt.runs, JSON.stringify(GRIDS.map(([nx, ny]) => [nx, ny]))], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${name} failed:\n${r.stderr}`);
  for (const [g, res] of JSON.parse(r.stdout.trim().split('\n').at(-1)).entries()) {
    const cols = [0, 1, 2, 3].map((c) => {
      const s = res.rows.map((row) => row[c]).sort((a, b) => a - b);
      return [quantile(s, 0.5), quantile(s, 0.95)];
    });
    const [median, p95] = cols[3];
    const budget =
      GRIDS[g][0] === 128
        ? median <= BUDGET_MS && p95 <= BUDGET_MS
          ? `  ok (≤ ${BUDGET_MS} ms)`
          : `  OVER (≤ ${BUDGET_MS} ms)`
        : `  (${GRIDS[g][2]})`;
    if (GRIDS[g][0] === 128 && !budget.includes('ok')) over = true;
    console.log(
      `${name.padEnd(16)} ${`${res.nx}×${res.ny}`.padEnd(9)} ${String(res.levels).padStart(6)} ${String(res.points).padStart(7)}   ${cols.map(([m, p]) => `${fmt(m)} /${fmt(p)}`).join(' ')}${budget}`,
    );
  }
}
const load = loadavg()[0];
console.log(
  `load average ${load.toFixed(2)} on ${cpus().length} cores${load > cpus().length / 2 ? ': the machine is busy, figures are inflated' : ''}`,
);
if (over) process.exitCode = 1;
