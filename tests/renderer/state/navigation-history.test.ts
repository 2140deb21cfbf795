import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_LIST_QUERY } from '../../../renderer/src/model/list-query';
import {
  NavigationHistory,
  type HistoryHost,
} from '../../../renderer/src/state/navigation-history';
import { INITIAL_ENTRY, type ViewEntry } from '../../../renderer/src/state/view-entry';

/** A browser history in miniature: a stack, an index, and popstate on back/forward. */
function fakeHost(initialState: unknown = null) {
  const stack: unknown[] = [initialState];
  let index = 0;
  const listeners = new Set<(event: PopStateEvent) => void>();
  const go = (delta: number): void => {
    const next = index + delta;
    if (next < 0 || next >= stack.length) return;
    index = next;
    for (const listener of listeners) listener({ state: stack[index] } as PopStateEvent);
  };
  const host: HistoryHost = {
    history: {
      get state() {
        return stack[index];
      },
      pushState: (state: unknown) => {
        stack.splice(index + 1);
        stack.push(state);
        index += 1;
      },
      replaceState: (state: unknown) => {
        stack[index] = state;
      },
      back: () => go(-1),
      forward: () => go(1),
    },
    addEventListener: ((type: string, listener: (event: PopStateEvent) => void) => {
      if (type === 'popstate') listeners.add(listener);
    }) as HistoryHost['addEventListener'],
    removeEventListener: ((type: string, listener: (event: PopStateEvent) => void) => {
      if (type === 'popstate') listeners.delete(listener);
    }) as HistoryHost['removeEventListener'],
  };
  return { host, stack, index: () => index };
}

const searchFor = (query: string): ViewEntry => ({
  ...INITIAL_ENTRY,
  list: { ...EMPTY_LIST_QUERY, query },
});

describe('NavigationHistory', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts at the initial entry and cannot go back or forward', () => {
    const { host } = fakeHost();
    const navigation = new NavigationHistory(host);
    expect(navigation.getSnapshot()).toMatchObject({
      entry: INITIAL_ENTRY,
      canGoBack: false,
      canGoForward: false,
    });
  });

  it('walks back and forward through pushed steps, telling subscribers why', () => {
    const { host } = fakeHost();
    const navigation = new NavigationHistory(host);
    const stop = navigation.start();
    const causes: string[] = [];
    navigation.subscribe((cause) => causes.push(cause));

    navigation.push(searchFor('ferry'));
    navigation.push({ ...searchFor('ferry'), storyId: 'a', pane: 'reader' });
    expect(navigation.getSnapshot().canGoBack).toBe(true);

    navigation.back();
    expect(navigation.getSnapshot().entry.storyId).toBeNull();
    expect(navigation.getSnapshot().canGoForward).toBe(true);
    navigation.back();
    expect(navigation.getSnapshot().entry.list.query).toBe('');
    expect(navigation.getSnapshot().canGoBack).toBe(false);
    navigation.forward();
    navigation.forward();
    expect(navigation.getSnapshot().entry.storyId).toBe('a');
    expect(causes).toEqual(['push', 'push', 'restore', 'restore', 'restore', 'restore']);
    stop();
  });

  it('drops forward steps when a new step is pushed', () => {
    const { host } = fakeHost();
    const navigation = new NavigationHistory(host);
    navigation.start();
    navigation.push(searchFor('a'));
    navigation.push(searchFor('b'));
    navigation.back();
    navigation.push(searchFor('c'));
    expect(navigation.getSnapshot().canGoForward).toBe(false);
    navigation.back();
    expect(navigation.getSnapshot().entry.list.query).toBe('a');
  });

  it('restores remembered details (scroll) of a step written after it was left', () => {
    const { host } = fakeHost();
    const navigation = new NavigationHistory(host);
    navigation.start();
    navigation.push(searchFor('ferry'));
    navigation.remember({ scrollOffset: 1234 });
    navigation.replace({ ...navigation.current(), selected: 7 });
    navigation.push({ ...navigation.current(), storyId: 'x' });
    navigation.back();
    expect(navigation.getSnapshot().entry).toMatchObject({ scrollOffset: 1234, selected: 7 });
  });

  it('writes remembered details to history.state lazily, so a reload keeps them', () => {
    const { host, stack, index } = fakeHost();
    const navigation = new NavigationHistory(host);
    navigation.start();
    navigation.push(searchFor('ferry'));
    navigation.remember({ scrollOffset: 640 });
    const written = () => (stack[index()] as { entry: ViewEntry }).entry.scrollOffset;
    expect(written()).toBe(0);
    vi.runAllTimers();
    expect(written()).toBe(640);

    const reloaded = new NavigationHistory(host);
    expect(reloaded.getSnapshot().entry).toMatchObject({
      scrollOffset: 640,
      list: { query: 'ferry' },
    });
    expect(reloaded.getSnapshot().canGoBack).toBe(true);
  });

  it('ignores popstate for states it did not write', () => {
    const { host } = fakeHost();
    const navigation = new NavigationHistory(host);
    navigation.start();
    (host.history as unknown as { pushState: (s: unknown) => void }).pushState({ other: true });
    host.history.back();
    const ours = navigation.getSnapshot();
    host.history.forward();
    expect(navigation.getSnapshot()).toBe(ours);
  });
});
