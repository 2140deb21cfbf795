/**
 * The API the components use, from React context: the real one (./api) by default, a fake in
 * component tests. Nothing else in the renderer reaches the engine.
 */
import { createContext, useContext } from 'react';
import type { ClippingsApi } from '../../../contract/api';
import { api } from '../api';

export const ApiContext = createContext<ClippingsApi>(api);

export function useApi(): ClippingsApi {
  return useContext(ApiContext);
}
