/**
 * The renderer's only door to the engine. In the Electron window it is `window.clippings`
 * (exposed by the preload over IPC); in the browser mode it is the same API as JSON over HTTP
 * on 127.0.0.1, authorised by the token the server printed (`#token=…` in the page's URL).
 * Components import `api` from here and never touch `window.clippings`, so tests can stub it.
 */
import type {
  ApiMethod,
  ApiRequests,
  ApiResult,
  ArchiveStatus,
  ClippingsApi,
} from '../../preload/api';

declare global {
  interface Window {
    clippings?: ClippingsApi;
  }
}

const TOKEN_KEY = 'clippings.token';

/** Reads the token from `#token=…` once, keeps it for reloads, and clears it from the address bar. */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return storage.getItem(TOKEN_KEY);
}

const UNREACHABLE = {
  ok: false as const,
  error: {
    code: 'E_UNAVAILABLE' as const,
    message:
      'Clippings cannot reach its server. Is `npm run serve` still running? Try again once it is.',
  },
};

/** The API over HTTP: `POST /api/<method>` with a bearer token; status pushes as NDJSON. */
export function createHttpApi(token: string | null, fetchImpl: typeof fetch = fetch): ClippingsApi {
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` };

  async function call<M extends ApiMethod>(
    method: M,
    request?: ApiRequests[M],
  ): Promise<ApiResult<never>> {
    let response: Response;
    try {
      response = await fetchImpl(`/api/${method}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(request ?? {}),
      });
    } catch {
      return UNREACHABLE;
    }
    if (response.status === 401) {
      return {
        ok: false,
        error: {
          code: 'E_FORBIDDEN',
          message:
            'This page has no valid access token. Open the address `npm run serve` printed, with its #token.',
        },
      };
    }
    try {
      return (await response.json()) as ApiResult<never>;
    } catch {
      return UNREACHABLE;
    }
  }

  return {
    status: () => call('status'),
    openArchive: () => call('openArchive'),
    search: (request) => call('search', request),
    story: (request) => call('story', request),
    related: (request) => call('related', request),
    browse: (request) => call('browse', request),
    missing: (request) => call('missing', request),
    libraryState: (request) => call('libraryState', request),
    setStarred: (request) => call('setStarred', request),
    setRead: (request) => call('setRead', request),
    tagStory: (request) => call('tagStory', request),
    untagStory: (request) => call('untagStory', request),
    addNote: (request) => call('addNote', request),
    editNote: (request) => call('editNote', request),
    deleteNote: (request) => call('deleteNote', request),
    addHighlight: (request) => call('addHighlight', request),
    deleteHighlight: (request) => call('deleteHighlight', request),
    recordVisit: (request) => call('recordVisit', request),
    libraryOverview: () => call('libraryOverview'),
    annotations: (request) => call('annotations', request),
    readingHistory: (request) => call('readingHistory', request),
    savedSearches: () => call('savedSearches'),
    saveSearch: (request) => call('saveSearch', request),
    openSavedSearch: (request) => call('openSavedSearch', request),
    deleteSavedSearch: (request) => call('deleteSavedSearch', request),
    recentArchives: () => call('recentArchives'),
    exportStories: (request) => call('exportStories', request),
    openOriginal: (request) => call('openOriginal', request),
    onStatus(listener) {
      return followStatusStream(fetchImpl, headers, listener);
    },
  };
}

/** Reads `GET /api/events` (one JSON status per line), reconnecting after a drop. */
function followStatusStream(
  fetchImpl: typeof fetch,
  headers: Record<string, string>,
  listener: (status: ArchiveStatus) => void,
): () => void {
  const controller = new AbortController();
  let retryMs = 500;
  const follow = async (): Promise<void> => {
    while (!controller.signal.aborted) {
      try {
        const response = await fetchImpl('/api/events', { headers, signal: controller.signal });
        if (!response.ok || !response.body) throw new Error(`status stream: ${response.status}`);
        retryMs = 500;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let newline: number;
          while ((newline = buffer.indexOf('\n')) >= 0) {
            const line = buffer.slice(0, newline).trim();
            buffer = buffer.slice(newline + 1);
            if (line) listener(JSON.parse(line) as ArchiveStatus);
          }
        }
      } catch {
        if (controller.signal.aborted) return;
      }
      await new Promise((resolve) => setTimeout(resolve, retryMs));
      retryMs = Math.min(retryMs * 2, 10_000);
    }
  };
  void follow();
  return () => controller.abort();
}

function pickApi(): ClippingsApi {
  if (typeof window !== 'undefined' && window.clippings) return window.clippings;
  return createHttpApi(takeToken(window.location, window.sessionStorage, window.history));
}

/** The API for this page: IPC in Electron, HTTP in the browser mode. */
export const api: ClippingsApi = pickApi();
