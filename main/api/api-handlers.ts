/**
 * The API methods over an ArchiveHost, one function per method of the contract. The shells
 * differ only in `openArchive` (a folder dialog in Electron, unsupported in the browser), so
 * that one is passed in.
 */
import type { ApiMethod, ApiRequests, ApiResponses, ArchiveStatus } from '../../preload/api';
import type { ArchiveHost } from './archive-host';

export type ApiHandlers = {
  [M in ApiMethod]: (request: ApiRequests[M]) => Promise<ApiResponses[M]>;
};

export function createApiHandlers(
  host: ArchiveHost,
  openArchive: () => Promise<ArchiveStatus | null>,
): ApiHandlers {
  return {
    status: async () => host.status(),
    openArchive: () => openArchive(),
    search: (request) => host.require().search(request),
    browse: (request) => host.require().browse(request),
    story: (request) => host.require().story(request),
    related: (request) => host.require().related(request),
    missing: (request) => host.require().missing(request),
  };
}
