/**
 * What the build writes into the preload and the renderer (electron.vite.config.ts `define`):
 * the API's method names, for contract/built-api-methods.ts. Vitest runs their sources
 * unbuilt, so every test file gets the same names here, from the same table.
 */
import { API_METHODS } from '../contract/api-table';

Object.assign(globalThis, { __CLIPPINGS_API_METHODS__: API_METHODS });
