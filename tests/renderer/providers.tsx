/**
 * What the app root provides, for tests: the fake API and a fresh query client with retries
 * off (a failure shows at once, and no test sees another's cache).
 */
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ClippingsApi } from '../../contract/api';
import { ApiContext } from '../../renderer/src/hooks/api-context';
import { createQueryClient } from '../../renderer/src/queries/query-client';

export function providers(api: ClippingsApi, client = createQueryClient({ retry: false })) {
  return function Providers({ children }: { children: ReactNode }) {
    return (
      <ApiContext.Provider value={api}>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </ApiContext.Provider>
    );
  };
}
