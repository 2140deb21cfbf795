/**
 * `npm run e2e`: the built app driven in Debian's Chromium (playwright-core, /usr/bin/chromium):
 * the renderer served by the browser mode, and the same renderer over the Electron IPC path
 * (main's IPC registration and the built preload; tests/e2e/ipc-harness.ts). Runs after
 * `electron-vite build` (see package.json).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
