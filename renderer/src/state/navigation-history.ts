/**
 * NavigationHistory: the app's own back/forward stack, kept in step with `window.history` so
 * the browser's and the mouse's back/forward buttons, Alt+←/→ and the toolbar all walk the
 * same steps, in Electron and in Chromium alike.
 *
 * The freshest copy of each entry lives here, by key; history.state holds a copy written
 * lazily (selection and scroll change often, and browsers throttle replaceState). A step the
 * browser restores (popstate) is looked up by its key, so nothing written late is lost.
 *
 * Subscribe/getSnapshot follow React's useSyncExternalStore contract.
 */
import { INITIAL_ENTRY, isViewEntry, type ViewEntry } from './view-entry';

/** What history.state holds for one step. */
interface HistoryRecord {
  clippings: 1;
  key: string;
  index: number;
  entry: ViewEntry;
}

function isHistoryRecord(value: unknown): value is HistoryRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<HistoryRecord>;
  return (
    record.clippings === 1 &&
    typeof record.key === 'string' &&
    typeof record.index === 'number' &&
    isViewEntry(record.entry)
  );
}

export interface NavigationSnapshot {
  /** Identifies the step; a new step gets a new key, a replaced one keeps it. */
  key: string;
  entry: ViewEntry;
  canGoBack: boolean;
  canGoForward: boolean;
}

/** Why the snapshot changed: the app moved (push/replace) or the user walked history. */
export type NavigationCause = 'push' | 'replace' | 'restore';

type Listener = (cause: NavigationCause) => void;

/** The slice of `window` the history needs (a fake in tests). */
export type HistoryHost = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  history: Pick<History, 'state' | 'pushState' | 'replaceState' | 'back' | 'forward'>;
};

const WRITE_DELAY_MS = 400;

export class NavigationHistory {
  readonly #host: HistoryHost;
  readonly #entries = new Map<string, ViewEntry>();
  readonly #listeners = new Set<Listener>();
  #snapshot: NavigationSnapshot;
  #index: number;
  /** The highest index reachable by going forward from here. */
  #top: number;
  #counter = 0;
  #writeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(host: HistoryHost, initial: ViewEntry = INITIAL_ENTRY) {
    this.#host = host;
    const state: unknown = host.history.state;
    if (isHistoryRecord(state)) {
      // A reload: carry on from the step the browser kept.
      this.#index = state.index;
      this.#top = state.index;
      this.#entries.set(state.key, state.entry);
      this.#snapshot = this.#makeSnapshot(state.key, state.entry);
    } else {
      const key = this.#newKey();
      this.#index = 0;
      this.#top = 0;
      this.#entries.set(key, initial);
      this.#snapshot = this.#makeSnapshot(key, initial);
      host.history.replaceState(this.#record(), '');
    }
  }

  /** Starts following popstate; returns the stop. Separate from the constructor for StrictMode. */
  start(): () => void {
    const onPopState = (event: PopStateEvent): void => this.#restore(event.state);
    this.#host.addEventListener('popstate', onPopState);
    return () => {
      this.#host.removeEventListener('popstate', onPopState);
      this.#flush();
    };
  }

  subscribe = (listener: Listener): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): NavigationSnapshot => this.#snapshot;

  /** A new step after the current one (forward steps are dropped, as browsers do). */
  push(entry: ViewEntry): void {
    this.#flush();
    const key = this.#newKey();
    this.#index += 1;
    this.#top = this.#index;
    this.#entries.set(key, entry);
    this.#snapshot = this.#makeSnapshot(key, entry);
    this.#host.history.pushState(this.#record(), '');
    this.#emit('push');
  }

  /** Changes the current step in place and tells subscribers. */
  replace(entry: ViewEntry): void {
    this.#entries.set(this.#snapshot.key, entry);
    this.#snapshot = this.#makeSnapshot(this.#snapshot.key, entry);
    this.#scheduleWrite();
    this.#emit('replace');
  }

  /** Records a detail of the current step (scroll offset) without a re-render. */
  remember(patch: Partial<ViewEntry>): void {
    this.#entries.set(this.#snapshot.key, { ...this.current(), ...patch });
    this.#scheduleWrite();
  }

  /** The current step with every remembered detail (the snapshot may predate a `remember`). */
  current(): ViewEntry {
    return this.#entries.get(this.#snapshot.key) ?? this.#snapshot.entry;
  }

  back(): void {
    if (this.#snapshot.canGoBack) this.#host.history.back();
  }

  forward(): void {
    if (this.#snapshot.canGoForward) this.#host.history.forward();
  }

  #restore(state: unknown): void {
    if (!isHistoryRecord(state)) return;
    this.#cancelWrite();
    const entry = this.#entries.get(state.key) ?? state.entry;
    this.#entries.set(state.key, entry);
    this.#index = state.index;
    this.#top = Math.max(this.#top, state.index);
    this.#snapshot = this.#makeSnapshot(state.key, entry);
    this.#emit('restore');
  }

  #makeSnapshot(key: string, entry: ViewEntry): NavigationSnapshot {
    return { key, entry, canGoBack: this.#index > 0, canGoForward: this.#index < this.#top };
  }

  #record(): HistoryRecord {
    return { clippings: 1, key: this.#snapshot.key, index: this.#index, entry: this.current() };
  }

  #newKey(): string {
    this.#counter += 1;
    return `${Date.now().toString(36)}-${this.#counter}`;
  }

  #scheduleWrite(): void {
    if (this.#writeTimer !== null) return;
    this.#writeTimer = setTimeout(() => {
      this.#writeTimer = null;
      this.#host.history.replaceState(this.#record(), '');
    }, WRITE_DELAY_MS);
  }

  #cancelWrite(): void {
    if (this.#writeTimer !== null) clearTimeout(this.#writeTimer);
    this.#writeTimer = null;
  }

  #flush(): void {
    if (this.#writeTimer === null) return;
    this.#cancelWrite();
    this.#host.history.replaceState(this.#record(), '');
  }

  #emit(cause: NavigationCause): void {
    for (const listener of this.#listeners) listener(cause);
  }
}
