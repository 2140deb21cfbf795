/**
 * StoryStore: the story in the reader and its neighbours (related, cited by, similar,
 * storyline), fetched as two independent parts so either can fail and be retried alone.
 *
 * Contracts:
 * - Only the answer to the latest request of each part is applied.
 * - The same story asked with another query (new highlights) or at a new archive generation
 *   keeps showing the previous answer until the new one lands; another story starts empty.
 * - Recent answers are cached, so back and forward show a story at once.
 *
 * Subscribe/getSnapshot follow React's useSyncExternalStore contract.
 */
import type {
  ApiError,
  ApiResult,
  ClippingsApi,
  RelatedResponse,
  StoryResponse,
} from '../../../preload/api';

export type Loadable<T> =
  | { phase: 'idle' }
  | { phase: 'loading'; previous: T | null }
  | { phase: 'ready'; value: T }
  | { phase: 'error'; error: ApiError };

/** The value to show now: the answer, or the previous one while a new one loads. */
export function currentValue<T>(loadable: Loadable<T>): T | null {
  if (loadable.phase === 'ready') return loadable.value;
  if (loadable.phase === 'loading') return loadable.previous;
  return null;
}

export interface StorySnapshot {
  id: string | null;
  /** The search whose words the story's highlights mark ('' for none). */
  query: string;
  story: Loadable<StoryResponse>;
  related: Loadable<RelatedResponse>;
}

const CACHE_SIZE = 24;

interface Part<T> {
  key: string | null;
  generation: number;
  request: number;
  cache: Map<string, { generation: number; value: T }>;
}

function newPart<T>(): Part<T> {
  return { key: null, generation: -1, request: 0, cache: new Map() };
}

function remember<T>(part: Part<T>, key: string, generation: number, value: T): void {
  part.cache.delete(key);
  part.cache.set(key, { generation, value });
  while (part.cache.size > CACHE_SIZE) {
    const oldest = part.cache.keys().next().value;
    if (oldest === undefined) break;
    part.cache.delete(oldest);
  }
}

export class StoryStore {
  readonly #api: ClippingsApi;
  readonly #listeners = new Set<() => void>();
  readonly #story = newPart<StoryResponse>();
  readonly #related = newPart<RelatedResponse>();
  #snapshot: StorySnapshot = {
    id: null,
    query: '',
    story: { phase: 'idle' },
    related: { phase: 'idle' },
  };
  #generation = 0;

  constructor(api: ClippingsApi) {
    this.#api = api;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): StorySnapshot => this.#snapshot;

  /** Shows this story (null: none), highlighting `query`'s words, at this archive generation. */
  show(id: string | null, query: string, generation: number): void {
    const trimmed = query.trim();
    this.#generation = generation;
    if (id === null) {
      if (this.#snapshot.id === null) return;
      this.#story.key = null;
      this.#related.key = null;
      this.#story.request += 1;
      this.#related.request += 1;
      this.#set({ id: null, query: trimmed, story: { phase: 'idle' }, related: { phase: 'idle' } });
      return;
    }
    const previousId = this.#snapshot.id;
    let snapshot: StorySnapshot = { ...this.#snapshot, id, query: trimmed };
    const storyKey = `${id}\n${trimmed}`;
    if (storyKey !== this.#story.key || generation !== this.#story.generation) {
      snapshot = {
        ...snapshot,
        story: this.#begin(this.#story, storyKey, generation, snapshot.story, id === previousId),
      };
      if (snapshot.story.phase === 'loading') this.#fetchStory(id, trimmed, storyKey, generation);
    }
    if (id !== this.#related.key || generation !== this.#related.generation) {
      snapshot = {
        ...snapshot,
        related: this.#begin(this.#related, id, generation, snapshot.related, id === previousId),
      };
      if (snapshot.related.phase === 'loading') this.#fetchRelated(id, generation);
    }
    this.#set(snapshot);
  }

  /** Asks again for whatever part failed. */
  retry(): void {
    const { id, query } = this.#snapshot;
    if (id === null) return;
    const generation = this.#generation;
    if (this.#snapshot.story.phase === 'error') {
      const key = `${id}\n${query}`;
      this.#story.request += 1;
      this.#set({ ...this.#snapshot, story: { phase: 'loading', previous: null } });
      this.#fetchStory(id, query, key, generation);
    }
    if (this.#snapshot.related.phase === 'error') {
      this.#related.request += 1;
      this.#set({ ...this.#snapshot, related: { phase: 'loading', previous: null } });
      this.#fetchRelated(id, generation);
    }
  }

  /** Starts a part on a new key: a cached answer at once, else loading (keeping the same story's). */
  #begin<T>(
    part: Part<T>,
    key: string,
    generation: number,
    current: Loadable<T>,
    sameStory: boolean,
  ): Loadable<T> {
    part.key = key;
    part.generation = generation;
    part.request += 1;
    const cached = part.cache.get(key);
    if (cached && cached.generation === generation) {
      remember(part, key, generation, cached.value);
      return { phase: 'ready', value: cached.value };
    }
    const previous = sameStory ? currentValue(current) : (cached?.value ?? null);
    return { phase: 'loading', previous };
  }

  #fetchStory(id: string, query: string, key: string, generation: number): void {
    const request = this.#story.request;
    void this.#guard(this.#api.story(query ? { id, query } : { id })).then((answer) => {
      if (request !== this.#story.request) return;
      if (answer.ok) remember(this.#story, key, generation, answer.value);
      this.#set({
        ...this.#snapshot,
        story: answer.ok
          ? { phase: 'ready', value: answer.value }
          : { phase: 'error', error: answer.error },
      });
    });
  }

  #fetchRelated(id: string, generation: number): void {
    const request = this.#related.request;
    void this.#guard(this.#api.related({ id })).then((answer) => {
      if (request !== this.#related.request) return;
      if (answer.ok) remember(this.#related, id, generation, answer.value);
      this.#set({
        ...this.#snapshot,
        related: answer.ok
          ? { phase: 'ready', value: answer.value }
          : { phase: 'error', error: answer.error },
      });
    });
  }

  async #guard<T>(call: Promise<ApiResult<T>>): Promise<ApiResult<T>> {
    try {
      return await call;
    } catch {
      return {
        ok: false,
        error: { code: 'E_INTERNAL', message: 'The story could not be fetched. Try again.' },
      };
    }
  }

  #set(snapshot: StorySnapshot): void {
    this.#snapshot = snapshot;
    for (const listener of this.#listeners) listener();
  }
}
