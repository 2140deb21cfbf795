/**
 * The API's method names in the sandboxed preload and the renderer. They may not bundle the
 * method table (it holds zod schemas), so the build writes its names in: `define` in
 * electron.vite.config.ts sets __CLIPPINGS_API_METHODS__ to `API_METHODS` of api-table.ts
 * (and tests/built-api-methods.setup.ts does the same for the tests). Code that runs unbundled (main under tsx, the CLI) reads
 * API_METHODS from the table instead; .dependency-cruiser.cjs keeps this file to the preload and
 * the renderer.
 */
import type { ApiMethod } from './api';

declare const __CLIPPINGS_API_METHODS__: readonly ApiMethod[];

export const BUILT_API_METHODS: readonly ApiMethod[] = __CLIPPINGS_API_METHODS__;
