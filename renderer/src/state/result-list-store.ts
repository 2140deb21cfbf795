/**
 * ResultListStore: the answers behind the list pane — the first page of a search or browse
 * with its count and facets, then further pages as the user scrolls.
 *
 * Contracts:
 * - An answer is applied only if it belongs to the latest request: an answer to an older
 *   query never replaces a newer one, whatever order they arrive in.
 * - While a new answer is on the way the previous one stays shown (`loading` is true), so
 *   typing does not flash an empty list.
 * - Answers are cached by query key and archive generation: going back shows the list at
 *   once. A new generation (the archive changed) asks again, one request at a time.
 * - Facets answer "what if I changed this filter": section counts ignore the section filter,
 *   the month histogram ignores the date filter (each an extra one-hit request, only when
 *   that filter is set).
 *
 * Subscribe/getSnapshot follow React's useSyncExternalStore contract.
 */
import type {
  ApiError,
  ApiResult,
  ClippingsApi,
  Facets,
  SearchHit,
  SearchResponse,
} from '../../../preload/api';
import { listQueryKey, listRequest, type ListQuery, type ListRequest } from '../model/list-query';

export const PAGE_SIZE = 100;
const CACHE_SIZE = 12;

/** One answered list: its count, facets and the pages fetched so far. */
export interface ShownList {
  key: string;
  query: ListQuery;
  generation: number;
  total: number;
  tookMs: number;
  facets: Facets;
  pages: ReadonlyMap<number, readonly SearchHit[]>;
}

export interface ResultListSnapshot {
  /** The key of the list most recently asked for (null before the first). */
  key: string | null;
  /** The newest answer: for `key`, or for an earlier query while `key`'s is on the way. */
  shown: ShownList | null;
  loading: boolean;
  /** Why the list for `key` has no answer (E_QUERY: the query, in words). */
  error: ApiError | null;
  /** A later page could not be fetched; `retry()` asks again. */
  pageError: ApiError | null;
}

/** The hit at a row, or undefined while its page is not fetched. */
export function hitAt(shown: ShownList, index: number): SearchHit | undefined {
  return shown.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
}

interface Target {
  query: ListQuery;
  key: string;
  generation: number;
}

export class ResultListStore {
  readonly #api: ClippingsApi;
  readonly #listeners = new Set<() => void>();
  readonly #cache = new Map<string, ShownList>();
  readonly #pagesInFlight = new Set<string>();
  readonly #failedPages = new Set<string>();
  #snapshot: ResultListSnapshot = {
    key: null,
    shown: null,
    loading: false,
    error: null,
    pageError: null,
  };
  #target: Target | null = null;
  #latestRequest = 0;
  #inFlight: { id: number; key: string } | null = null;
  #lastRange: [number, number] = [0, 0];

  constructor(api: ClippingsApi) {
    this.#api = api;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): ResultListSnapshot => this.#snapshot;

  /** Asks for this list at this archive generation (a no-op when it is already the target). */
  show(query: ListQuery, generation: number): void {
    const key = listQueryKey(query);
    const target = this.#target;
    if (target && target.key === key && target.generation === generation) return;
    this.#target = { query, key, generation };

    const cached = this.#cache.get(key);
    if (cached && cached.generation === generation) {
      this.#latestRequest += 1; // whatever is in flight is now stale
      this.#inFlight = null;
      this.#touch(key, cached);
      this.#set({ key, shown: cached, loading: false, error: null, pageError: null });
      return;
    }
    // Only the generation moved and this list is being fetched: ask again when that lands.
    if (this.#inFlight?.key === key) return;
    this.#set({
      key,
      shown: cached ?? this.#snapshot.shown,
      loading: true,
      error: null,
      pageError: null,
    });
    this.#fetchFirstPage();
  }

  /** Makes sure rows `start..end` (inclusive) are fetched or on their way. */
  ensureRange(start: number, end: number): void {
    this.#lastRange = [start, end];
    const shown = this.#snapshot.shown;
    const target = this.#target;
    if (!shown || !target || shown.key !== target.key) return;
    const lastPage = Math.floor(Math.min(end, shown.total - 1) / PAGE_SIZE);
    for (let page = Math.max(0, Math.floor(start / PAGE_SIZE)); page <= lastPage; page += 1) {
      const id = `${shown.key}|${shown.generation}|${page}`;
      if (shown.pages.has(page) || this.#pagesInFlight.has(id) || this.#failedPages.has(id)) {
        continue;
      }
      this.#fetchPage(shown, page, id);
    }
  }

  /** Asks again after an error: the whole list, or the pages that failed. */
  retry(): void {
    const target = this.#target;
    if (!target) return;
    if (this.#snapshot.error || !this.#snapshot.shown) {
      this.#set({ ...this.#snapshot, loading: true, error: null });
      this.#fetchFirstPage();
      return;
    }
    this.#failedPages.clear();
    this.#set({ ...this.#snapshot, pageError: null });
    this.ensureRange(...this.#lastRange);
  }

  #fetchFirstPage(): void {
    const target = this.#target;
    if (!target) return;
    const id = (this.#latestRequest += 1);
    this.#inFlight = { id, key: target.key };
    const { query, key, generation } = target;
    const page = { offset: 0, limit: PAGE_SIZE };
    const facetPage = { offset: 0, limit: 1 };
    const main = this.#call(listRequest(query, page));
    const sectionFacets =
      query.sections.length > 0
        ? this.#call(listRequest(query, facetPage, { sections: true }))
        : Promise.resolve(null);
    const monthFacets =
      query.from !== null || query.to !== null
        ? this.#call(listRequest(query, facetPage, { dates: true }))
        : Promise.resolve(null);

    void Promise.all([main, sectionFacets, monthFacets]).then(([answer, sections, months]) => {
      if (id !== this.#latestRequest) return; // a newer request was made: drop this answer
      this.#inFlight = null;
      if (!answer.ok) {
        this.#set({ key, shown: null, loading: false, error: answer.error, pageError: null });
      } else {
        const response = answer.value;
        const shown: ShownList = {
          key,
          query,
          generation,
          total: response.total,
          tookMs: response.tookMs,
          facets: {
            sections: sections?.ok ? sections.value.facets.sections : response.facets.sections,
            months: months?.ok ? months.value.facets.months : response.facets.months,
          },
          pages: new Map([[0, response.hits]]),
        };
        this.#touch(key, shown);
        this.#set({ key, shown, loading: false, error: null, pageError: null });
      }
      // The archive changed while this was on the way: ask once more.
      const latest = this.#target;
      if (latest && latest.key === key && latest.generation !== generation) {
        this.#set({ ...this.#snapshot, loading: true });
        this.#fetchFirstPage();
      }
    });
  }

  #fetchPage(shown: ShownList, page: number, id: string): void {
    this.#pagesInFlight.add(id);
    const request = listRequest(shown.query, { offset: page * PAGE_SIZE, limit: PAGE_SIZE });
    void this.#call(request).then((answer) => {
      this.#pagesInFlight.delete(id);
      const current = this.#cache.get(shown.key);
      if (!current || current.generation !== shown.generation) return;
      if (!answer.ok) {
        this.#failedPages.add(id);
        if (this.#snapshot.shown === current)
          this.#set({ ...this.#snapshot, pageError: answer.error });
        return;
      }
      const pages = new Map(current.pages);
      pages.set(page, answer.value.hits);
      const updated: ShownList = { ...current, pages };
      this.#cache.set(shown.key, updated);
      if (this.#snapshot.shown === current) this.#set({ ...this.#snapshot, shown: updated });
    });
  }

  async #call(request: ListRequest): Promise<ApiResult<SearchResponse>> {
    try {
      return request.method === 'search'
        ? await this.#api.search(request.request)
        : await this.#api.browse(request.request);
    } catch {
      return {
        ok: false,
        error: { code: 'E_INTERNAL', message: 'The list could not be fetched. Try again.' },
      };
    }
  }

  /** Keeps the cache small, the most recently used last. */
  #touch(key: string, shown: ShownList): void {
    this.#cache.delete(key);
    this.#cache.set(key, shown);
    while (this.#cache.size > CACHE_SIZE) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
  }

  #set(snapshot: ResultListSnapshot): void {
    this.#snapshot = snapshot;
    for (const listener of this.#listeners) listener();
  }
}
