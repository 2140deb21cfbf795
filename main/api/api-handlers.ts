/**
 * The API methods over an ArchiveHost, one function per method of the contract's table
 * (contract/api-table.ts): a method added there is added here, and nowhere else in main. The
 * shells differ only in `openArchive` (a folder dialog in Electron, unsupported in the browser)
 * and in how a story's original file is opened (`openOriginal`: by the system in Electron, by a
 * short-lived URL in the browser mode), so those are passed in. The library methods answer for
 * the open archive; its file is the shell's (opened from the data folder) and is shared by
 * every archive it opens.
 */
import type {
  ApiMethod,
  ApiRequests,
  ApiResponses,
  ArchiveStatus,
  OpenedOriginal,
  OriginalFile,
} from '../../contract/api';
import { ClippingsError } from '../core/model/errors';
import type { ArchiveHost } from './archive-host';

export type ApiHandlers = {
  [M in ApiMethod]: (request: ApiRequests[M]) => Promise<ApiResponses[M]>;
};

export function createApiHandlers(
  host: ArchiveHost,
  openArchive: () => Promise<ArchiveStatus | null>,
  openOriginal: (file: OriginalFile) => Promise<OpenedOriginal> = cannotOpenOriginals,
): ApiHandlers {
  return {
    status: async () => host.status(),
    openArchive: () => openArchive(),
    search: (request) => host.require().search(request),
    browse: (request) => host.require().browse(request),
    story: (request) => host.require().story(request),
    related: (request) => host.require().related(request),
    missing: (request) => host.require().missing(request),
    entities: (request) => host.require().entities(request),
    entity: (request) => host.require().entity(request),
    libraryState: (request) => host.require().library.state(request),
    setStarred: (request) => host.require().library.setStarred(request),
    setRead: (request) => host.require().library.setRead(request),
    tagStory: (request) => host.require().library.tag(request),
    untagStory: (request) => host.require().library.untag(request),
    addNote: (request) => host.require().library.addNote(request),
    editNote: (request) => host.require().library.editNote(request),
    deleteNote: (request) => host.require().library.deleteNote(request),
    addHighlight: (request) => host.require().library.addHighlight(request),
    deleteHighlight: (request) => host.require().library.deleteHighlight(request),
    recordVisit: async (request) => {
      await host.require().library.recordVisit(request);
      return null;
    },
    libraryOverview: async () => ({
      ...(await host.require().library.overview()),
      message: host.library?.notice ?? null,
    }),
    annotations: (request) => host.require().library.annotations(request),
    readingHistory: (request) => host.require().library.history(request),
    savedSearches: () => host.require().library.savedSearches(),
    saveSearch: (request) => host.require().library.saveSearch(request),
    openSavedSearch: (request) => host.require().library.openSavedSearch(request),
    deleteSavedSearch: async (request) => {
      await host.require().library.deleteSavedSearch(request);
      return null;
    },
    recentArchives: async () => (host.library ? host.library.recentArchives() : []),
    exportStories: (request) => host.require().library.export(request),
    dataLocations: () => host.dataLocations(),
    openOriginal: async (request) => openOriginal(await host.require().original(request)),
  };
}

/** A shell that cannot open files (the CLI's API, tests) says so. */
function cannotOpenOriginals(): Promise<OpenedOriginal> {
  return Promise.reject(
    new ClippingsError('E_UNSUPPORTED', 'Opening the original file is not available here.'),
  );
}
