// The engine's compiled closures in the particle loop, beside the same fields written as plain
// JavaScript functions: what typing a field costs the particles. Node, no browser:
//
//   node bench/field/compiled.mjs                     # 200,000 particles, 120 frames, 5 rounds
//   node bench/field/compiled.mjs --particles 50000 --frames 300 --rounds 7
//
// Bundles a small entry with Vite's SSR build (Node 20 cannot run TypeScript), then runs every
// contestant in a process of its own, in turn, round after round: one process's V8 would see both
// kinds of function at the same call sites in ParticleSystem.advance and inline neither, which is
// not what the worker sees (one field at a time). Each process steps ParticleSystem.advance (RK2,
// respawns included) --frames times at 1/60 s and reports CPU time per frame; the figure is the
// median over rounds. Budget: compiled ≤ 1.5 × plain. Both must end on the same particles (checksum).
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { ROOT, bundleEntry } from '../lib/preview.mjs';

const { values: opt } = parseArgs({
  options: {
    particles: { type: 'string', default: '200000' },
    frames: { type: 'string', default: '120' },
    rounds: { type: 'string', default: '5' },
    help: { type: 'boolean', default: false },
  },
});
if (opt.help) {
  console.log('usage: node bench/field/compiled.mjs [--particles 200000] [--frames 120] [--rounds 5]');
  process.exit(0);
}
const BUDGET = 1.5;

const ENTRY = `
import { loadEngine } from '${ROOT}/src/lib/math/expr/index';
import { ParticleSystem } from '${ROOT}/src/lib/math/field/particles';

const FIELDS = {
  rotation: { text: '(-y, x)', p: (x, y) => -y, q: (x, y) => x },
  bump: {
    text: '(sin(x*y) + exp(-x^2-y^2), cos(x*y) - exp(-x^2-y^2))',
    p: (x, y) => Math.sin(x * y) + Math.exp(-x * x - y * y),
    q: (x, y) => Math.cos(x * y) - Math.exp(-x * x - y * y),
  },
};
const [kind, name, particles, frames] = process.argv.slice(2);
const f = FIELDS[name];
let p = f.p, q = f.q;
if (kind === 'compiled') {
  const engine = await loadEngine();
  const r = engine.compileField(f.text);
  if (!r.ok) throw new Error(r.message);
  p = r.p.fn;
  q = r.q.fn;
}
const box = { xMin: -10, xMax: 10, yMin: -5.625, yMax: 5.625 };
const s = new ParticleSystem(Number(particles), box, 1);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
// Warm up on other particles, so the measured frames run optimised code.
const warm = new ParticleSystem(20000, box, 2);
for (let i = 0; i < 60; i++) warm.advance(p, q, 1 / 60, box, { dt: 1 / 60 });
const t0 = cpu();
for (let i = 0; i < Number(frames); i++) s.advance(p, q, 1 / 60, box, { t: i / 60, dt: 1 / 60 });
const ms = (cpu() - t0) / Number(frames);
let sum = 0;
for (let i = 0; i < s.count; i++) sum += s.x[i] * 3 + s.y[i];
console.log(JSON.stringify({ ms, checksum: sum }));
`;

const bundle = bundleEntry(ENTRY, 'particles-compiled-');

function run(kind, field) {
  const r = spawnSync(process.execPath, [bundle, kind, field, opt.particles, opt.frames], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${kind} ${field} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const rows = [];
for (const field of ['rotation', 'bump']) {
  const times = { compiled: [], plain: [] };
  const sums = new Set();
  for (let round = 0; round < Number(opt.rounds); round++) {
    // Alternate who goes first, so neither profits from a quieter moment.
    for (const kind of round % 2 ? ['plain', 'compiled'] : ['compiled', 'plain']) {
      const r = run(kind, field);
      times[kind].push(r.ms);
      sums.add(r.checksum.toPrecision(10));
    }
  }
  rows.push({ field, compiled: median(times.compiled), plain: median(times.plain), same: sums.size === 1, times });
}

console.log(
  `\nRK2 particle loop, ${Number(opt.particles).toLocaleString('en')} particles, ${opt.frames} frames, CPU ms a frame, median of ${opt.rounds} rounds`,
);
console.log('field      compiled   plain   ratio');
for (const r of rows) {
  const ratio = r.compiled / r.plain;
  console.log(
    `${r.field.padEnd(9)} ${r.compiled.toFixed(2).padStart(9)} ${r.plain.toFixed(2).padStart(7)} ${ratio.toFixed(2).padStart(6)}×  ${ratio <= BUDGET ? 'ok' : 'OVER'} (≤ ${BUDGET}×)${r.same ? '' : '  (particles differ!)'}`,
  );
}
const load = loadavg()[0];
console.log(
  `load average ${load.toFixed(2)} on ${cpus().length} cores${load > cpus().length / 2 ? ': the machine is busy, figures are inflated' : ''}`,
);
