// What a visitor downloads: the gzip size of the first-load JavaScript (what index.html loads
// before any scene: the entry and everything it imports statically) and, per scene, what opening
// it adds (its chunk and its static imports not loaded already), what it loads later on demand
// (say, the expression engine) and its workers. Budget: first load ≤ 150 kB gzip.
//
//   node bench/load/size.mjs               builds the app (with a manifest) into a scratch folder
//   node bench/load/size.mjs --dist DIR    reads a build made with `vite build --manifest`
//   --json                                 prints the figures as JSON as well
//
// Sizes are zlib's gzip at level 6 (a web server's usual setting), in kB of 1000 bytes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, VITE, scratch } from '../lib/preview.mjs';

export const FIRST_LOAD_BUDGET_KB = 150;

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** Builds the app with a manifest into a scratch folder; returns the folder. */
export function buildWithManifest(outDir) {
  const built = spawnSync(VITE, ['build', '--manifest', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('vite build failed');
  return outDir;
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

/** Sizes of one build, from its manifest (the import graph Vite wrote). */
export function measure(dist) {
  const manifestPath = join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build with \`vite build --manifest\`, or leave out --dist`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const gz = new Map();
  const size = (file) => {
    if (!gz.has(file)) {
      const bytes = readFileSync(join(dist, file));
      gz.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length });
    }
    return gz.get(file);
  };
  const sum = (files) => [...files].reduce((t, f) => ({ raw: t.raw + size(f).raw, gzip: t.gzip + size(f).gzip }), { raw: 0, gzip: 0 });

  /** A chunk and its static imports, as manifest keys. */
  const closure = (key, into = new Set()) => {
    if (into.has(key)) return into;
    into.add(key);
    for (const k of manifest[key].imports ?? []) closure(k, into);
    return into;
  };
  const filesOf = (keys) => new Set([...keys].map((k) => manifest[k].file));
  const cssOf = (keys) => new Set([...keys].flatMap((k) => manifest[k].css ?? []));
  /** Workers a chunk starts (`new Worker(new URL('/assets/…'))`), with their own relative imports. */
  const workersOf = (files) => {
    const found = new Set();
    const visit = (file) => {
      if (found.has(file)) return;
      found.add(file);
      const code = readFileSync(join(dist, file), 'utf8');
      for (const m of code.matchAll(/(?:import|from)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) visit(join('assets', m[1]));
    };
    for (const file of files) {
      const code = readFileSync(join(dist, file), 'utf8');
      for (const m of code.matchAll(/new Worker\(\s*new URL\(\s*["'`]\/(assets\/[^"'`]+\.js)["'`]/g)) visit(m[1]);
    }
    return found;
  };

  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const first = closure(entryKey);
  const firstFiles = filesOf(first);
  const firstCss = cssOf(first);

  const scenes = [];
  const lazyOthers = [];
  for (const key of manifest[entryKey].dynamicImports ?? []) {
    const own = new Set([...closure(key)].filter((k) => !first.has(k)));
    const files = filesOf(own);
    // What the scene loads on demand, once open (not another scene: those come from the entry).
    const later = new Set();
    for (const k of own) for (const d of manifest[k].dynamicImports ?? []) for (const c of closure(d)) if (!first.has(c) && !own.has(c)) later.add(c);
    const id = /^src\/scenes\/([^/]+)\/parts\.ts$/.exec(key)?.[1];
    const row = {
      name: id ?? `(${key.replace(/^.*\/|\.[^/]*$/g, '').replace(/\.prod\.es5$/, '')})`,
      js: sum(files),
      css: sum(cssOf(own)),
      later: sum(filesOf(later)),
      workers: sum(workersOf([...files, ...filesOf(later)])),
      chunks: files.size,
    };
    (id ? scenes : lazyOthers).push(row);
  }
  const fonts = Object.values(manifest)
    .map((v) => v.file)
    .filter((f) => f.endsWith('.woff2'));
  return {
    firstLoad: { js: sum(firstFiles), css: sum(firstCss), files: [...firstFiles] },
    scenes,
    lazyOthers,
    fonts: sum(fonts),
  };
}

function report(r) {
  const over = r.firstLoad.js.gzip / 1000 > FIRST_LOAD_BUDGET_KB;
  console.log(`First load (index.html before any scene): JavaScript ${kB(r.firstLoad.js.gzip)} kB gzip (${kB(r.firstLoad.js.raw)} kB raw,`);
  console.log(
    `  ${r.firstLoad.files.length} files: ${r.firstLoad.files.map((f) => f.replace('assets/', '')).join(', ')}), CSS ${kB(r.firstLoad.css.gzip)} kB gzip`,
  );
  console.log(`  budget ≤ ${FIRST_LOAD_BUDGET_KB} kB gzip: ${over ? 'OVER' : 'within'}`);
  console.log('');
  console.log('Opening a scene adds (gzip kB; "later" = loaded on demand once open; workers started by it):');
  const rows = [...r.scenes, ...r.lazyOthers];
  const w = Math.max(...rows.map((s) => s.name.length), 5);
  console.log(`  ${'scene'.padEnd(w)}  ${'JS'.padStart(6)}  ${'CSS'.padStart(5)}  ${'later'.padStart(6)}  ${'workers'.padStart(7)}  first load + JS`);
  for (const s of rows) {
    console.log(
      `  ${s.name.padEnd(w)}  ${kB(s.js.gzip).padStart(6)}  ${kB(s.css.gzip).padStart(5)}  ${(s.later.gzip ? kB(s.later.gzip) : '–').padStart(6)}  ${(s.workers.gzip ? kB(s.workers.gzip) : '–').padStart(7)}  ${kB(r.firstLoad.js.gzip + s.js.gzip).padStart(6)}`,
    );
  }
  console.log('');
  console.log(`KaTeX fonts (woff2, fetched when a formula needs them): ${kB(r.fonts.gzip)} kB gzip`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let dist = option('--dist');
  if (dist) dist = resolve(dist);
  else {
    const { work } = scratch('vp-size-');
    dist = buildWithManifest(join(work, 'dist'));
  }
  const r = measure(dist);
  report(r);
  if (flag('--json')) console.log(JSON.stringify(r, null, 2));
}
