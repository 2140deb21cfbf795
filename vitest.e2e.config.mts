/**
 * `npm run e2e`: the built renderer served by the browser mode, driven in Debian's Chromium
 * (playwright-core, /usr/bin/chromium). Runs after `electron-vite build` (see package.json).
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
