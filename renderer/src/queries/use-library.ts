/**
 * The reader's library in the renderer, on TanStack Query: one story's state (star, read,
 * tags, notes, highlights) with its changes, and the library's lists (overview counts, saved
 * searches, notes and highlights, history, missing stories).
 *
 * A change answers the story's new state, which replaces the cached one at once; then the
 * lists and every result list are asked again (a star changes `is:starred`, a row's marks and
 * the rail's counts). Keys hold the archive generation, like the lists' keys.
 */
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApiError,
  ApiResult,
  ClippingsApi,
  StoryLibraryState,
  TextQuote,
} from '../../../contract/api';
import { useApi } from '../hooks/api-context';
import { apiErrorOf, unwrap } from './api-failure';

export const libraryKeys = {
  all: ['library'] as const,
  story: (id: string | null) => ['library', 'story', id] as const,
  lists: (name: string, generation: number) => ['library', 'list', name, generation] as const,
};

const NOT_SAVED = 'Your library could not be changed. Try again.';
const NOT_FETCHED = 'Your library could not be read. Try again.';

/** A change to one story's state: the API call that makes it. */
export type StoryChange = (api: ClippingsApi, id: string) => Promise<ApiResult<StoryLibraryState>>;

export const changes = {
  star:
    (starred: boolean): StoryChange =>
    (api, id) =>
      api.setStarred({ id, starred }),
  read:
    (read: boolean): StoryChange =>
    (api, id) =>
      api.setRead({ id, read }),
  tag:
    (tag: string): StoryChange =>
    (api, id) =>
      api.tagStory({ id, tag }),
  untag:
    (tag: string): StoryChange =>
    (api, id) =>
      api.untagStory({ id, tag }),
  addNote:
    (text: string): StoryChange =>
    (api, id) =>
      api.addNote({ id, text }),
  deleteNote:
    (noteId: number): StoryChange =>
    (api, id) =>
      api.deleteNote({ id, noteId }),
  addHighlight:
    (selector: TextQuote, note?: string): StoryChange =>
    (api, id) =>
      api.addHighlight({ id, ...selector, ...(note ? { note } : {}) }),
  deleteHighlight:
    (highlightId: number): StoryChange =>
    (api, id) =>
      api.deleteHighlight({ id, highlightId }),
};

export interface StoryLibrary {
  state: StoryLibraryState | null;
  error: ApiError | null;
  /** The last change that failed, in words (cleared by the next change). */
  changeError: ApiError | null;
  saving: boolean;
  change: (change: StoryChange, id?: string) => Promise<StoryLibraryState | null>;
}

/** One story's library state and its changes (`change(…, otherId)` changes another story). */
export function useStoryLibrary(id: string | null, enabled = true): StoryLibrary {
  const api = useApi();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: libraryKeys.story(id),
    queryFn:
      enabled && id !== null
        ? () => unwrap(() => api.libraryState({ id }), NOT_FETCHED)
        : skipToken,
  });
  const mutation = useMutation({
    mutationFn: ({ change, target }: { change: StoryChange; target: string }) =>
      unwrap(() => change(api, target), NOT_SAVED),
    onSuccess: (state) => {
      queryClient.setQueryData(libraryKeys.story(state.id), state);
      void queryClient.invalidateQueries({ queryKey: ['list'] });
      void queryClient.invalidateQueries({
        queryKey: libraryKeys.all,
        predicate: (cached) => cached.queryKey[1] === 'list',
      });
    },
  });
  return {
    state: query.data ?? null,
    error: query.error ? apiErrorOf(query.error) : null,
    changeError: mutation.error ? apiErrorOf(mutation.error) : null,
    saving: mutation.isPending,
    change: async (change, target = id ?? undefined) => {
      if (target === undefined) return null;
      try {
        return await mutation.mutateAsync({ change, target });
      } catch {
        return null; // shown through changeError
      }
    },
  };
}

export interface Listed<T> {
  value: T | null;
  loading: boolean;
  error: ApiError | null;
  retry: () => void;
}

/** One of the library's lists, fetched while `enabled`. */
export function useLibraryList<T>(
  name: string,
  generation: number,
  fetch: (api: ClippingsApi) => Promise<ApiResult<T>>,
  enabled = true,
): Listed<T> {
  const api = useApi();
  const query = useQuery({
    queryKey: libraryKeys.lists(name, generation),
    queryFn: enabled ? () => unwrap(() => fetch(api), NOT_FETCHED) : skipToken,
  });
  return {
    value: query.data ?? null,
    loading: query.isFetching,
    error: query.error ? apiErrorOf(query.error) : null,
    retry: () => void query.refetch(),
  };
}

/** The library's lists for the nav and its panels; a panel's list is fetched while it shows. */
export function useLibraryLists(
  generation: number,
  enabled: boolean,
  panel: 'notes' | 'history' | 'saved' | 'missing' | null,
) {
  return {
    overview: useLibraryList('overview', generation, (api) => api.libraryOverview(), enabled),
    savedSearches: useLibraryList('saved', generation, (api) => api.savedSearches(), enabled),
    annotations: useLibraryList(
      'annotations',
      generation,
      (api) => api.annotations({}),
      enabled && panel === 'notes',
    ),
    readingHistory: useLibraryList(
      'history',
      generation,
      (api) => api.readingHistory({}),
      enabled && panel === 'history',
    ),
    missing: useLibraryList(
      'missing',
      generation,
      (api) => api.missing({ limit: 500 }),
      enabled && panel === 'missing',
    ),
  };
}
