/**
 * electron-vite build for the three Electron bundles, pointed at the project's top-level
 * folders (main/, preload/, renderer/) instead of the template's src/ layout.
 *
 * main    → out/main/index.js (CommonJS) plus the index worker as its own entry, so the
 *           engine can start it with `new Worker(out/main/index-worker.js)`.
 * preload → out/preload/index.js, CommonJS: a sandboxed preload cannot load ESM, which is
 *           also why package.json has no "type": "module".
 * renderer→ out/renderer/, the same files the browser mode (`npm run serve`) serves.
 *
 * The preload and the renderer get the API's method names written in (`define`), so they build
 * their verbs from the method table without bundling it and its zod schemas
 * (contract/built-api-methods.ts).
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { API_METHODS } from './contract/api-table';

/** For contract/built-api-methods.ts in the preload and the renderer. */
const apiMethodNames = () => ({ __CLIPPINGS_API_METHODS__: JSON.stringify(API_METHODS) });

/**
 * `npm run dev` only: React Fast Refresh injects an inline module script and talks to the dev
 * server over a WebSocket, which the strict CSP of renderer/index.html forbids. Relax the CSP
 * in the dev server's copy of the page; the built page (and so the app and the browser mode)
 * keeps the strict one.
 */
function devServerCsp(): Plugin {
  return {
    name: 'clippings-dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
  };
}

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'main/electron/index.ts'),
          'index-worker': resolve(__dirname, 'main/core/index/index-worker.ts'),
        },
      },
    },
  },
  preload: {
    define: apiMethodNames(),
    build: {
      rolldownOptions: {
        input: { index: resolve(__dirname, 'preload/index.ts') },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), devServerCsp()],
    define: apiMethodNames(),
    build: {
      minify: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
      },
    },
  },
});
