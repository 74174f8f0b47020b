import { defineConfig } from '@playwright/test';

import { chromiumArgs, chromiumPath } from './tests/chromium.mjs';

// E2E_PORT lets two runs on one machine (say, two scenes' specs at once) keep out of each other's way.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = port === 4173 ? 'dist' : `dist-e2e-${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    viewport: { width: 1280, height: 800 },
    // The built app installs a service worker (its offline copy); only the offline spec lets it, so
    // no other spec pays for the precache or has its requests answered from it.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node_modules/.bin/vite build --outDir ${outDir} && node_modules/.bin/vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
