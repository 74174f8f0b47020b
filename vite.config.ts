import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { chromiumArgs, chromiumPath } from './tests/chromium.mjs';

// The production page runs under a strict policy: no 'unsafe-eval', no inline
// script or style. User text is compiled from a validated tree, never eval'd,
// and this makes any regression visible as a violation. The dev server needs
// its inline HMR helpers, so the policy is added to built pages only.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'vp-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

// After one visit the app works offline: a service worker (Workbox, generated at build time)
// precaches the page, every scene's chunks, workers, styles and KaTeX's fonts (woff2: what every
// browser we support picks). A new deploy waits until the reader presses "Reload" in the prompt
// (src/lib/ui/UpdatePrompt.svelte), so a page keeps loading the chunks of the build it started
// with. The registration is our own module (src/main.ts), so no inline script meets the CSP.
// The dev server has no worker. VP_BUILD names a build (tests serve two builds one after another).
function offline() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    devOptions: { enabled: false },
    workbox: {
      globPatterns: ['**/*.{html,js,css,woff2}'],
      // The first visit's page is served by the worker once it is installed, so a scene opened
      // after that comes from the same build as the page even if a deploy lands in between.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      navigateFallback: 'index.html',
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      sourcemap: false,
    },
  });
}

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy(), offline()],
  define: { __APP_BUILD__: JSON.stringify(process.env.VP_BUILD ?? 'local') },
  publicDir: 'static',
  build: { target: 'es2022', sourcemap: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    passWithNoTests: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        // Components in a real Chromium: anything that measures, focuses or drags.
        extends: true,
        plugins: [svelteTesting({ resolveBrowser: false })],
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
