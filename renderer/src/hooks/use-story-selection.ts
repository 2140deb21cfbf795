/**
 * Text selected in the story, offered for highlighting: after the mouse or Shift lets go, the
 * selection becomes a quote of one part of the story (or a reason why it cannot be
 * highlighted); `highlight` saves it with an optional note.
 */
import { useState, type RefObject } from 'react';
import type { StoryResponse, TextQuote } from '../../../contract/api';
import { quoteSelector, selectionInStory } from '../model/text-quote';
import { changes, type StoryLibrary } from '../queries/use-library';

export interface StorySelection {
  /** The selection waiting to be highlighted, on the story shown. */
  pending: { id: string; selector: TextQuote } | null;
  /** Why the last selection cannot be highlighted ('' when it can). */
  note: string;
  onSelectionEnd: () => void;
  highlight: (note: string) => Promise<boolean>;
  cancel: () => void;
}

export function useStorySelection(
  response: StoryResponse | null,
  articleRef: RefObject<HTMLElement | null>,
  library: StoryLibrary,
): StorySelection {
  const [selection, setSelection] = useState<{ id: string; selector: TextQuote } | null>(null);
  const [note, setNote] = useState('');
  const shownId = response?.story.id ?? null;

  const onSelectionEnd = (): void => {
    if (!response || !articleRef.current) return;
    const anchor = selectionInStory(window.getSelection(), articleRef.current);
    if (anchor === null) {
      setSelection(null);
      return;
    }
    if (!anchor.ok) {
      setSelection(null);
      setNote(anchor.reason);
      return;
    }
    const { part, index } = anchor.part;
    const { story } = response;
    const text =
      part === 'title'
        ? story.title
        : part === 'caption'
          ? (story.captions[index] ?? '')
          : (story.paragraphs[index] ?? '');
    const selector = quoteSelector(text, anchor.start, anchor.end);
    setNote('');
    setSelection(selector ? { id: story.id, selector } : null);
  };

  const highlight = async (text: string): Promise<boolean> => {
    if (!selection) return false;
    const saved = await library.change(changes.addHighlight(selection.selector, text || undefined));
    if (!saved) return false;
    setSelection(null);
    window.getSelection()?.removeAllRanges();
    return true;
  };

  return {
    pending: selection && selection.id === shownId ? selection : null,
    note,
    onSelectionEnd,
    highlight,
    cancel: () => setSelection(null),
  };
}
