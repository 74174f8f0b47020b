// What the Layer scene's own code computes on each move of a drag of î, without the browser: the
// stage's map, the 41-line grid patch warped through tanh and traced to the screen, the 200 points
// moved and written as two paths, the loss, the accuracy and both hidden layers, and the decision
// boundary traced by d3-contour and mapped. Node, no browser (so it is not thrown off by the
// browser's own work, and CPU time is read beside wall time, which other load on the machine
// inflates less):
//
//   node bench/layer/compute.mjs [--moves 600]
//
// Variants: samples per grid line (48, 32, 24) and boundary samples each way (64, 40, 32), to show
// what each costs. The scene uses 32 and 32 while a handle is dragged (64 for the boundary at rest).
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { ROOT, bundleEntry } from '../lib/preview.mjs';

const { values: opt } = parseArgs({ options: { moves: { type: 'string', default: '600' } } });

const ENTRY = `
import { stageMap } from '${ROOT}/src/lib/math/nn/layer';
import { makeDataset } from '${ROOT}/src/lib/math/nn/datasets';
import { accuracy, forwardPass, initParams, lossAndGradient, P } from '${ROOT}/src/lib/math/nn/network';
import { warpedGrid, tracePolylines, PATCH_41 } from '${ROOT}/src/lib/plane/warped-grid';
import { boundaryRings } from '${ROOT}/src/scenes/layer/boundary';
import { classPath, ringsPath } from '${ROOT}/src/scenes/layer/marks';

const [samples, boundary, moves] = process.argv.slice(2).map(Number);
const data = makeDataset('moons', 1);
const net = initParams(1);
const t = [160, 0, 0, -160, 450, 400];
let points = 0;
const sink = { moveTo() { points++; }, lineTo() { points++; } };
function move(k) {
  const a = (2 * Math.PI * k) / moves;
  const w = [[1.2 + Math.cos(a), -0.9], [0.7 + Math.sin(a), 1.1]];
  const b = [0.3, -0.4];
  const layer = { w, b, activation: 'tanh' };
  const params = Float64Array.from(net);
  params.set([w[0][0], w[0][1], w[1][0], w[1][1], b[0], b[1]]);
  const map = stageMap(layer, 3);
  const grid = warpedGrid(map, PATCH_41, { samples });
  for (const lines of [grid.minor, grid.major, grid.axes[0], grid.axes[1]]) tracePolylines(sink, lines, t);
  const moved = new Float64Array(2 * data.count);
  for (let i = 0; i < data.count; i++) map(data.xy[2 * i], data.xy[2 * i + 1], moved, 2 * i);
  const c0 = classPath(moved, data.label, 0, t, 4.5);
  const c1 = classPath(moved, data.label, 1, t, 4.5);
  const loss = lossAndGradient(params, 'tanh', data.xy, data.label, new Float64Array(P.size));
  const acc = accuracy(params, 'tanh', data.xy, data.label);
  const pass = forwardPass(params, 'tanh', 0, 0);
  for (let i = 0; i < data.count; i++) forwardPass(params, 'tanh', data.xy[2 * i], data.xy[2 * i + 1], pass);
  const { rings, onEdge } = boundaryRings(params, 'tanh', boundary);
  const mapped = rings.map((r) => { const o = new Float64Array(r.length); for (let j = 0; j < r.length; j += 2) map(r[j], r[j + 1], o, j); return o; });
  return c0.length + c1.length + ringsPath(mapped, t).length + ringsPath(mapped, t, onEdge).length + loss + acc;
}
let sum = 0;
for (let k = 0; k < 100; k++) sum += move(k);
const wall = [], cpu = [];
for (let k = 0; k < moves; k++) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  sum += move(k);
  wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
console.log(JSON.stringify({ wall, cpu, points: points / (moves + 100), sum }));
`;

const bundle = bundleEntry(ENTRY, 'layer-compute-');
const q = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))];
};
console.log(`layer compute per move (${opt.moves} moves; ${cpus().length} CPUs, load ${loadavg()[0].toFixed(1)})`);
console.log('grid samples  boundary  points traced  wall median / p95 ms  cpu median / p95 ms');
for (const [samples, boundary] of [
  [48, 64],
  [32, 64],
  [32, 40],
  [32, 32],
  [24, 32],
]) {
  const r = spawnSync(process.execPath, [bundle, String(samples), String(boundary), opt.moves], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const { wall, cpu, points } = JSON.parse(r.stdout.trim().split('\n').pop());
  console.log(
    `${String(samples).padStart(12)}  ${String(boundary).padStart(8)}  ${String(Math.round(points)).padStart(13)}  ${q(wall, 0.5).toFixed(2).padStart(10)} / ${q(wall, 0.95).toFixed(2).padStart(5)}  ${q(cpu, 0.5).toFixed(2).padStart(10)} / ${q(cpu, 0.95).toFixed(2).padStart(5)}`,
  );
}
