/**
 * What the reader tells screen readers (one polite status line), and the two actions that
 * report there: copying the story as text, and saving the selected text as a highlight.
 */
import { useState } from 'react';
import type { StoryResponse } from '../../../contract/api';
import { copyText } from '../model/copy-text';
import { storyAsText } from '../model/story-text';
import type { StorySelection } from './use-story-selection';

export interface ReaderAnnouncements {
  announcement: string;
  announce: (message: string) => void;
  copy: () => void;
  highlight: (note: string) => void;
}

export function useReaderAnnouncements(
  response: StoryResponse | null,
  selection: StorySelection,
): ReaderAnnouncements {
  const [announcement, announce] = useState('');

  const copy = (): void => {
    if (!response) return;
    copyText(storyAsText(response.story)).then(
      () => announce('Copied the story as text.'),
      () => announce('The story could not be copied. Select the text and copy it instead.'),
    );
  };

  const highlight = (note: string): void => {
    void selection.highlight(note).then((saved) => {
      if (saved) announce('Highlighted.');
    });
  };

  return { announcement, announce, copy, highlight };
}
