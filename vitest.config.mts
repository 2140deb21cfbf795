/**
 * Unit and component tests, no browser and no build. Three projects: the engine and the
 * Electron shell run in Node (`node`); the renderer in jsdom (`renderer`); and the slow Node
 * files (`slow`): many processes at once, or faults injected into workers and the library,
 * named `*.processes.test.ts` and `*.faults.test.ts` — minutes on a busy machine.
 * `npm test` runs `node` and `renderer`; `npm run test:all` (and `.ci/run`) runs all three.
 * A file named on the command line runs whichever project holds it.
 * Browser tests live in vitest.e2e.config.mts (`npm run e2e`). Every project first sets the
 * API's method names the build writes into the preload and the renderer
 * (tests/built-api-methods.setup.ts).
 */
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const NODE_TESTS = 'tests/{core,main,preload,tools,lint,bench}/**/*.test.ts';
const SLOW_TESTS = 'tests/{core,main,preload,tools,lint,bench}/**/*.{processes,faults}.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [NODE_TESTS],
          exclude: [SLOW_TESTS],
          setupFiles: ['tests/built-api-methods.setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'slow',
          environment: 'node',
          include: [SLOW_TESTS],
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
