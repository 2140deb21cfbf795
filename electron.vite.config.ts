/**
 * electron-vite build for the three Electron bundles, pointed at the project's top-level
 * folders (main/, preload/, renderer/) instead of the template's src/ layout.
 *
 * main    → out/main/index.js (CommonJS) plus the index worker as its own entry, so the
 *           engine can start it with `new Worker(out/main/index-worker.js)`.
 * preload → out/preload/index.js, CommonJS: a sandboxed preload cannot load ESM, which is
 *           also why package.json has no "type": "module".
 * renderer→ out/renderer/, the same files the browser mode (`npm run serve`) serves.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'main/index.ts'),
          'index-worker': resolve(__dirname, 'main/core/search/index-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve(__dirname, 'preload/index.ts') },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      rolldownOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
      },
    },
  },
});
