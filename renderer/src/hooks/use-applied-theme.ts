/**
 * Applies the reader settings to the document: `data-theme` (the system's choice resolved
 * through prefers-color-scheme, followed live) and `data-text-size` on <html>, which the
 * stylesheets read. Returns the theme in effect.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { ReaderSettings, ResolvedTheme } from '../state/reader-settings';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function darkMedia(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
}

function subscribeToSystemTheme(listener: () => void): () => void {
  const media = darkMedia();
  media?.addEventListener('change', listener);
  return () => media?.removeEventListener('change', listener);
}

function systemPrefersDark(): boolean {
  return darkMedia()?.matches ?? false;
}

export function useAppliedTheme(settings: ReaderSettings): ResolvedTheme {
  const prefersDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark);
  const theme: ResolvedTheme =
    settings.theme === 'system' ? (prefersDark ? 'dark' : 'light') : settings.theme;

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.dataset.themeChoice = settings.theme;
    root.dataset.textSize = String(settings.textSize);
  }, [theme, settings.theme, settings.textSize]);

  return theme;
}
