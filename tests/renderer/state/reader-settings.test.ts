import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  ReaderSettingsStore,
  SETTINGS_KEY,
} from '../../../renderer/src/state/reader-settings';

describe('ReaderSettingsStore', () => {
  it('follows the system theme at a middle size by default', () => {
    expect(new ReaderSettingsStore(localStorage).getSnapshot()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.theme).toBe('system');
  });

  it('remembers the theme and text size across instances', () => {
    const first = new ReaderSettingsStore(localStorage);
    first.update({ theme: 'sepia' });
    first.stepTextSize(1);
    const second = new ReaderSettingsStore(localStorage);
    expect(second.getSnapshot()).toEqual({
      theme: 'sepia',
      textSize: DEFAULT_SETTINGS.textSize + 1,
    });
  });

  it('stops at the smallest and largest sizes', () => {
    const store = new ReaderSettingsStore(localStorage);
    for (let i = 0; i < 10; i += 1) store.stepTextSize(-1);
    expect(store.getSnapshot().textSize).toBe(1);
    for (let i = 0; i < 10; i += 1) store.stepTextSize(1);
    expect(store.getSnapshot().textSize).toBe(6);
  });

  it('falls back to the defaults for anything unreadable in storage', () => {
    localStorage.setItem(SETTINGS_KEY, '{"theme":"neon","textSize":99}');
    expect(new ReaderSettingsStore(localStorage).getSnapshot()).toEqual(DEFAULT_SETTINGS);
    localStorage.setItem(SETTINGS_KEY, 'not json');
    expect(new ReaderSettingsStore(localStorage).getSnapshot()).toEqual(DEFAULT_SETTINGS);
  });

  it('works, unremembered, without storage', () => {
    const store = new ReaderSettingsStore(null);
    store.update({ theme: 'dark' });
    expect(store.getSnapshot().theme).toBe('dark');
  });
});
