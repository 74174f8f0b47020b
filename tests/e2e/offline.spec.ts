// Working offline and taking up a new deploy. Each test serves builds of its own with `vite preview`
// on a free port: the build the other specs use (version A) and, for the update, a second build
// (version B, VP_BUILD=B) served afterwards at the same address, as a deploy would.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { watchErrors } from './helpers';

test.use({ serviceWorkers: 'allow' });
// Generous for a busy machine: each test starts servers and waits for a worker to install.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

const ROOT = resolve(import.meta.dirname, '../..');
const VITE = join(ROOT, 'node_modules/.bin/vite');
// The build playwright.config's web server made for this run: version A.
const port = Number(process.env.E2E_PORT ?? 4173);
const BUILT = join(ROOT, port === 4173 ? 'dist' : `dist-e2e-${port}`);

let work = '';
let buildA = '';
let buildB = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  work = mkdtempSync(join(tmpdir(), 'vp-offline-'));
  // A private copy, so a rebuild of the shared folder cannot change version A under the tests.
  buildA = join(work, 'a');
  cpSync(BUILT, buildA, { recursive: true });
  buildB = join(work, 'b');
  const built = spawnSync(VITE, ['build', '--outDir', buildB, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, VP_BUILD: 'B' },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`vite build of version B failed:\n${built.stdout}\n${built.stderr}`);
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
  });
}

/** `vite preview` of one build on one port; resolves once it answers. */
async function serve(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(VITE, ['preview', '--outDir', dir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  await expect
    .poll(
      async () => {
        if (child.exitCode !== null) throw new Error(`vite preview exited (port ${port} taken?)`);
        return fetch(`http://127.0.0.1:${port}/`).then(
          (r) => r.ok,
          () => false,
        );
      },
      { timeout: 30_000, message: `vite preview on port ${port}` },
    )
    .toBe(true);
  return child;
}

/** Stops a server by its PID and waits until the port no longer answers. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

/** Until the page's own service worker is active and serving it (a new page is claimed at once). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 20_000 });
}

/** The top bar's link to a scene (a scene's panel may link to others too). */
const openScene = (page: Page, title: string) =>
  page.getByRole('navigation', { name: 'Scenes' }).getByRole('link', { name: title, exact: true }).click();

const build = (page: Page) => page.locator('html').getAttribute('data-build');

test('after one visit the app and a scene never opened before load with the network cut', async ({ page, context }) => {
  const noErrors = watchErrors(page);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  const port = await freePort();
  const server = await serve(buildA, port);
  try {
    await page.goto(`http://127.0.0.1:${port}/#/vectors`);
    await expect(page.getByRole('heading', { level: 1, name: 'Vectors' })).toBeVisible();
    await controlled(page);
  } finally {
    await stop(server);
  }
  // No server, and no network either.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Vectors' })).toBeVisible();
  const a = page.getByRole('button', { name: /^vector a:/ });
  await expect(a).toHaveAccessibleName('vector a: right 3, down 2');
  await a.press('ArrowUp');
  await expect(a).not.toHaveAccessibleName('vector a: right 3, down 2');
  // Scenes whose code was never loaded: their chunks, styles and fonts come from the offline copy.
  await openScene(page, 'Transform');
  await expect(page.getByRole('heading', { level: 1, name: 'Transform' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^i-hat, first column:/ })).toBeVisible();
  await openScene(page, 'Field');
  await expect(page.getByRole('heading', { level: 1, name: 'Field' })).toBeVisible();
  await expect(page.getByText(/could not be loaded/)).toHaveCount(0);
  expect(failed, 'requests that failed offline').toEqual([]);
  noErrors();
});

test('a new deploy shows the "new version" prompt, the old page keeps working until Reload, and Reload runs the new version', async ({ page }) => {
  const noErrors = watchErrors(page);
  const port = await freePort();
  const a = await serve(buildA, port);
  let versionA: string | null;
  try {
    await page.goto(`http://127.0.0.1:${port}/#/vectors`);
    await expect(page.getByRole('heading', { level: 1, name: 'Vectors' })).toBeVisible();
    await controlled(page);
    versionA = await build(page);
    expect(versionA).not.toBe('B');
  } finally {
    await stop(a);
  }
  const b = await serve(buildB, port);
  try {
    // The old page opens a scene it never loaded: version A's chunk, from the offline copy (the
    // server now only has version B's chunks, under other names).
    await openScene(page, 'Matrices');
    await expect(page.getByRole('heading', { level: 1, name: 'Matrices' })).toBeVisible();
    await expect(page.getByText(/could not be loaded/)).toHaveCount(0);
    expect(await build(page)).toBe(versionA);

    // The check an open page makes every hour (a visit makes it too).
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const prompt = page.getByRole('status', { name: 'New version' });
    await expect(prompt).toContainText('A new version is ready');
    const { violations } = await new AxeBuilder({ page }).include('.update').analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // Still version A, and still working, until the reader chooses.
    await openScene(page, 'PCA');
    await expect(page.getByRole('heading', { level: 1, name: 'PCA' })).toBeVisible();
    expect(await build(page)).toBe(versionA);

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-build', 'B');
    await expect(page.getByRole('heading', { level: 1, name: 'PCA' })).toBeVisible();
    await expect(page.getByRole('status', { name: 'New version' })).toBeEmpty();
    // The new version's scenes load too (from its own offline copy).
    await openScene(page, 'Descent');
    await expect(page.getByRole('heading', { level: 1, name: 'Descent' })).toBeVisible();
    await expect(page.getByText(/could not be loaded/)).toHaveCount(0);
  } finally {
    await stop(b);
  }
  noErrors();
});

test('Dismiss keeps the running version; the new one opens on the next visit', async ({ page }) => {
  const port = await freePort();
  const a = await serve(buildA, port);
  try {
    await page.goto(`http://127.0.0.1:${port}/#/transform`);
    await controlled(page);
  } finally {
    await stop(a);
  }
  const b = await serve(buildB, port);
  try {
    // A polite prompt: whoever is moving a handle by keyboard keeps the focus.
    const handle = page.getByRole('button', { name: /^i-hat, first column:/ });
    await handle.focus();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const prompt = page.getByRole('status', { name: 'New version' });
    await expect(prompt).toContainText('A new version is ready');
    await expect(handle).toBeFocused();
    await prompt.getByRole('button', { name: 'Dismiss' }).focus();
    await page.keyboard.press('Enter');
    await expect(prompt).toBeEmpty();
    expect(await build(page)).not.toBe('B');
    // The waiting version takes over once no page runs the old one: a later visit opens it (the
    // browser lets go of a closed page in its own time, so the visit is tried again until it has).
    const url = page.url();
    const context = page.context();
    await page.close();
    let next = page;
    await expect
      .poll(
        async () => {
          if (!next.isClosed()) await next.close();
          next = await context.newPage();
          await next.goto(url);
          return build(next);
        },
        { timeout: 20_000 },
      )
      .toBe('B');
    await expect(next.getByRole('heading', { level: 1, name: 'Transform' })).toBeVisible();
  } finally {
    await stop(b);
  }
});
