/// <reference types="vite-plugin-pwa/vanillajs" />
import { mount } from 'svelte';
import { registerSW } from 'virtual:pwa-register';
import App from './App.svelte';
import { offerUpdate } from './lib/ui/UpdatePrompt.svelte';
import './app.css';

/** The build's name (VP_BUILD at build time), so a test can tell two deploys apart. */
declare const __APP_BUILD__: string;
document.documentElement.dataset.build = __APP_BUILD__;

mount(App, { target: document.getElementById('app')! });

// The offline copy (built pages only; in dev `registerSW` does nothing). The worker registers once
// the page has loaded. A new deploy is found on the next visit, or by the hourly check of a page
// left open all lesson long; it then waits, and the prompt offers it.
if ('serviceWorker' in navigator) {
  // When a new version takes over (this page's Reload, or another tab's), the old version's chunks
  // leave the offline copy, so every page still running it reloads into the new one (its state is
  // in the address). The first worker taking over a first visit is no change of version.
  let controller = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const before = controller;
    controller = navigator.serviceWorker.controller;
    if (before) location.reload();
  });

  const HOUR = 60 * 60 * 1000;
  const skipWaiting = registerSW({
    onNeedRefresh: () =>
      offerUpdate(async () => {
        await skipWaiting();
        // Should the new version never take over (it failed, or went away), reload all the same.
        setTimeout(() => location.reload(), 10_000);
      }),
    // Reloading is ours (above): the plugin's own reload misses a page that was a first visit.
    onNeedReload: () => {},
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => {});
      }, HOUR);
    },
  });
}
