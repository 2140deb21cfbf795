/**
 * Reader settings — theme and text size — remembered in localStorage. A store with the
 * useSyncExternalStore contract; anything unreadable in storage falls back to the defaults.
 */

export type ThemeChoice = 'system' | 'light' | 'dark' | 'sepia';
export type ResolvedTheme = Exclude<ThemeChoice, 'system'>;

export const THEME_CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Match system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'sepia', label: 'Sepia' },
];

/** Reader text sizes, smallest first; the CSS maps each step to a size. */
export const TEXT_SIZES = [1, 2, 3, 4, 5, 6] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface ReaderSettings {
  theme: ThemeChoice;
  textSize: TextSize;
}

export const DEFAULT_SETTINGS: ReaderSettings = { theme: 'system', textSize: 3 };

export const SETTINGS_KEY = 'clippings.readerSettings';

function parseSettings(raw: string | null): ReaderSettings {
  if (!raw) return DEFAULT_SETTINGS;
  try {
    const value = JSON.parse(raw) as Partial<ReaderSettings>;
    const theme = THEME_CHOICES.some((choice) => choice.value === value.theme)
      ? (value.theme as ThemeChoice)
      : DEFAULT_SETTINGS.theme;
    const textSize = (TEXT_SIZES as readonly number[]).includes(value.textSize as number)
      ? (value.textSize as TextSize)
      : DEFAULT_SETTINGS.textSize;
    return { theme, textSize };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export class ReaderSettingsStore {
  readonly #storage: Storage | null;
  readonly #listeners = new Set<() => void>();
  #settings: ReaderSettings;

  constructor(storage: Storage | null) {
    this.#storage = storage;
    let raw: string | null = null;
    try {
      raw = storage?.getItem(SETTINGS_KEY) ?? null;
    } catch {
      raw = null; // storage can be disabled; the defaults still work
    }
    this.#settings = parseSettings(raw);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): ReaderSettings => this.#settings;

  update(patch: Partial<ReaderSettings>): void {
    this.#settings = { ...this.#settings, ...patch };
    try {
      this.#storage?.setItem(SETTINGS_KEY, JSON.stringify(this.#settings));
    } catch {
      // Not remembered, but applied for this session.
    }
    for (const listener of this.#listeners) listener();
  }

  /** One step larger (+1) or smaller (-1), within the available sizes. */
  stepTextSize(direction: 1 | -1): void {
    const index = TEXT_SIZES.indexOf(this.#settings.textSize) + direction;
    const next = TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, index))];
    if (next !== undefined && next !== this.#settings.textSize) this.update({ textSize: next });
  }
}
