/**
 * The app's one status message. A report of something done ("Starred.", "Saved the search …")
 * clears itself after NOTICE_MS; a newer message replaces the one showing (and its timer).
 * A failure the reader must act on stays until it is dismissed or replaced.
 */
import { useCallback, useEffect, useState } from 'react';

/** How long a report of something done stays on screen. */
export const NOTICE_MS = 4_000;

export type NoticeKind = 'done' | 'error';

export interface Notice {
  text: string;
  kind: NoticeKind;
  /** Tells two equal messages apart, so repeating one restarts its timer. */
  serial: number;
}

export interface NoticeControls {
  notice: Notice | null;
  notify: (text: string, kind?: NoticeKind) => void;
  dismiss: () => void;
}

export function useNotice(): NoticeControls {
  const [notice, setNotice] = useState<Notice | null>(null);

  const notify = useCallback((text: string, kind: NoticeKind = 'done') => {
    setNotice((shown) => ({ text, kind, serial: (shown?.serial ?? 0) + 1 }));
  }, []);
  const dismiss = useCallback(() => setNotice(null), []);

  useEffect(() => {
    if (!notice || notice.kind === 'error') return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  return { notice, notify, dismiss };
}
