/**
 * The reader's notes panel, per story: open only for the story it was opened on (another
 * story starts with it closed), its field focused only when the reader asked for it (`n`),
 * once, and a note being written kept per story until it is added, so moving away loses
 * nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface StoryNotes {
  open: boolean;
  toggle: () => void;
  close: () => void;
  /** True once after `n` until the panel has focused its field. */
  focusRequested: boolean;
  focused: () => void;
  draft: string;
  setDraft: (text: string) => void;
}

/**
 * `storyId` is the story the reader asked for; `noteToken` changes when the reader pressed
 * `n` (open the panel on this story with focus in its field).
 */
export function useStoryNotes(storyId: string | null, noteToken: number): StoryNotes {
  const [openFor, setOpenFor] = useState<string | null>(null);
  const [focusFor, setFocusFor] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Readonly<Record<string, string>>>({});
  const seenToken = useRef(noteToken);
  // Another story: the panel closes (adjusted while rendering, so it never shows there).
  const [storyOfPanel, setStoryOfPanel] = useState(storyId);
  if (storyOfPanel !== storyId) {
    setStoryOfPanel(storyId);
    setOpenFor(null);
    setFocusFor(null);
  }

  useEffect(() => {
    if (noteToken === seenToken.current) return;
    seenToken.current = noteToken;
    setOpenFor(storyId);
    setFocusFor(storyId);
  }, [noteToken, storyId]);

  const open = storyId !== null && openFor === storyId;
  const focused = useCallback(() => setFocusFor(null), []);
  return {
    open,
    toggle: () => setOpenFor(open ? null : storyId),
    close: () => setOpenFor(null),
    focusRequested: open && focusFor === storyId,
    focused,
    draft: storyId === null ? '' : (drafts[storyId] ?? ''),
    setDraft: (text) => {
      if (storyId !== null) setDrafts((known) => ({ ...known, [storyId]: text }));
    },
  };
}
