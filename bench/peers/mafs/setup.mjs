// Installs and builds the Mafs peer page of bench/transform/vs-mafs.mjs. Run by hand:
//
//   node bench/peers/mafs/setup.mjs [--install]
//
// Installs mafs, react and react-dom at the exact versions of bench/peers/mafs/package.json
// (with its lockfile: `npm ci`) into bench/peers/mafs/node_modules, a folder of its own: they
// are a benchmark's peer, not the app's dependencies, so the project's package.json and lockfile
// never see them. Skips the install when the pinned versions are already there (--install forces
// it). Then builds the page with the project's Vite into bench/peers/mafs/dist. Both folders are
// git-ignored.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const VITE = join(ROOT, 'node_modules/.bin/vite');
const force = process.argv.includes('--install');

const wanted = JSON.parse(readFileSync(join(HERE, 'package.json'), 'utf8')).dependencies;
const installed = (name) => {
  try {
    return JSON.parse(readFileSync(join(HERE, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};
const upToDate = Object.entries(wanted).every(([name, v]) => installed(name) === v);

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error(`setup.mjs: ${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
    process.exit(1);
  }
}

if (force || !upToDate) {
  const lock = existsSync(join(HERE, 'package-lock.json'));
  console.error(
    `installing ${Object.entries(wanted)
      .map(([n, v]) => `${n}@${v}`)
      .join(', ')} into ${join(HERE, 'node_modules')} …`,
  );
  run('npm', [lock ? 'ci' : 'install', '--no-audit', '--no-fund', '--loglevel', 'error'], HERE);
}
console.error(`building the Mafs peer page into ${join(HERE, 'dist')} …`);
run(VITE, ['build', '--config', join(HERE, 'vite.config.mjs')], ROOT);
if (!existsSync(join(HERE, 'dist/index.html'))) {
  console.error('setup.mjs: the build left no dist/index.html');
  process.exit(1);
}
console.error(`mafs ${installed('mafs')}, react ${installed('react')}, react-dom ${installed('react-dom')}: ${join(HERE, 'dist')}`);
