/**
 * Opening a story notes it in the reading history at once, and marks it read once the reader
 * has stayed on it for READ_DWELL_MS — unless they set its read state by hand meanwhile (`u`
 * or the Read button), which always wins.
 */
import { useCallback, useEffect, useEffectEvent, useRef } from 'react';
import type { ClippingsApi } from '../../../contract/api';
import { changes, type StoryLibrary } from '../queries/use-library';

export const READ_DWELL_MS = 2_500;

/** @returns `touched(id)`: call it when the reader sets the story's read state by hand. */
export function useReadDwell(
  api: ClippingsApi,
  storyId: string | null,
  library: StoryLibrary,
  enabled: boolean,
): (id: string) => void {
  const touched = useRef(new Set<string>());

  const dwelt = useEffectEvent((id: string) => {
    if (touched.current.has(id)) return;
    if (library.state?.id !== id || library.state.read) return;
    void library.change(changes.read(true), id);
  });

  useEffect(() => {
    if (!enabled || storyId === null) return;
    void api.recordVisit({ id: storyId });
    touched.current.delete(storyId);
    const timer = setTimeout(() => dwelt(storyId), READ_DWELL_MS);
    return () => clearTimeout(timer);
  }, [api, storyId, enabled]);

  return useCallback((id: string) => {
    touched.current.add(id);
  }, []);
}
