/**
 * `npm test`: unit and component tests, no browser and no build.
 * Two projects: the engine and the Electron shell run in Node; the renderer in jsdom.
 * Browser tests live in vitest.e2e.config.mts (`npm run e2e`). Both projects first set the
 * API's method names the build writes into the preload and the renderer
 * (tests/built-api-methods.setup.ts).
 */
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/{core,main,preload,tools,lint}/**/*.test.ts'],
          setupFiles: ['tests/built-api-methods.setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/built-api-methods.setup.ts', 'tests/renderer/setup.ts'],
        },
      },
    ],
  },
});
