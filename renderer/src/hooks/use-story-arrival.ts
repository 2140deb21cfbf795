/**
 * Where the reader's eye lands when a story arrives: a new story scrolls to its top, and focus
 * goes to its headline when the app asked for it (a new `focusToken`), once the story is shown.
 */
import { useEffect, useRef } from 'react';

export function useStoryArrival(shownId: string | null, focusToken: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusedToken = useRef(0);

  useEffect(() => {
    if (shownId === null) return;
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [shownId]);

  useEffect(() => {
    if (shownId === null || focusedToken.current === focusToken) return;
    focusedToken.current = focusToken;
    headingRef.current?.focus({ preventScroll: true });
  }, [focusToken, shownId]);

  return { scrollRef, headingRef };
}
