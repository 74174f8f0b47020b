// Serving a build for a bench: a private copy of the dist folder (so a concurrent `vite build`
// cannot pull files from under a run) behind `vite preview` on a free port, stopped by its PID.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const VITE = join(ROOT, 'node_modules/.bin/vite');

export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** Copy the build to a private directory, retrying while it is incomplete (a rebuild under way). */
export async function snapshotDist(from, prefix = 'bench-') {
  for (let attempt = 1; ; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    try {
      cpSync(from, dir, { recursive: true });
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      const refs = [...html.matchAll(/(?:src|href)="\/([^"#?]+)"/g)].map((m) => m[1]);
      if (refs.length > 0 && refs.every((r) => existsSync(join(dir, r)))) return dir;
    } catch {}
    rmSync(dir, { recursive: true, force: true });
    if (attempt >= 20) throw new Error(`${from} stays incomplete; try --build`);
    await sleep(1000);
  }
}

/** `vite preview` of one folder. */
export class Preview {
  /** @type {import('node:child_process').ChildProcess | null} */
  child = null;

  /** Starts on a free port (three tries) and resolves with the base URL once it answers. */
  async start(dir, log = () => {}) {
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const args = ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir];
      const child = spawn(VITE, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      this.child = child;
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      const base = `http://127.0.0.1:${port}/`;
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && child.exitCode === null) {
        try {
          const r = await fetch(base);
          if (r.ok) return base;
        } catch {}
        await sleep(150);
      }
      await this.stop();
      if (attempt >= 3) throw new Error(`vite preview did not start on port ${port}:\n${output}`);
      log(`vite preview failed on port ${port}, retrying`);
    }
  }

  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    try {
      process.kill(child.pid, 'SIGTERM');
    } catch {}
    if ((await Promise.race([exited.then(() => true), sleep(3000).then(() => false)])) === false) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {}
      await Promise.race([exited, sleep(2000)]);
    }
  }

  /** For process exit handlers, where nothing can be awaited. */
  killSync() {
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {}
    }
  }
}

/**
 * A scratch folder for a bench's private build, removed on exit together with the previews the
 * bench registers in `servers` (stopped by their PIDs), also on Ctrl-C.
 */
export function scratch(prefix) {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const servers = [];
  process.on('exit', () => {
    servers.forEach((s) => s.killSync());
    rmSync(work, { recursive: true, force: true });
  });
  process.on('SIGINT', () => process.exit(130));
  return { work, servers };
}

/**
 * Bundles a TypeScript entry (source text) with Vite's SSR build, so Node can run code from src/
 * (Node 20 cannot run TypeScript). mathjs and the other packages stay external imports, resolved
 * through the project's node_modules. The folder goes when the process exits. Returns the path of
 * the bundle, to run with `process.execPath`.
 */
export function bundleEntry(source, prefix = 'bench-entry-') {
  const work = mkdtempSync(join(tmpdir(), prefix));
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  writeFileSync(join(work, 'entry.ts'), source);
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
  const built = spawnSync(VITE, ['build', '--ssr', join(work, 'entry.ts'), '--outDir', join(work, 'out'), '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('vite build --ssr failed');
  return join(work, 'out', 'entry.js');
}
