// Builds the Mafs peer page with the project's own Vite (no React plugin: Vite's built-in
// Oxc transform compiles the JSX with the automatic runtime). Used by setup.mjs.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

export default {
  root,
  base: '/',
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Mafs starts with "use client" (for React Server Components): meaningless in a plain bundle.
    rollupOptions: {
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
};
