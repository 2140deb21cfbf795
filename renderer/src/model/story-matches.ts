/**
 * The reader's marks: where each part's numbered search matches start (so matches are numbered
 * across the whole story, for Enter / Shift+Enter), and the reader's own highlights of one part.
 */
import type { HighlightAnchor, Range, StoryResponse } from '../../../contract/api';
import { countMatches } from './highlight-segments';

export interface MatchStarts {
  title: number;
  captions: number[];
  paragraphs: number[];
  total: number;
}

/** Where each part's numbered marks start, so marks are numbered across the whole story. */
export function matchStarts(response: StoryResponse): MatchStarts {
  const { story, highlights } = response;
  let next = 0;
  const take = (text: string, ranges: readonly Range[] | undefined): number => {
    const start = next;
    next += countMatches(text, ranges);
    return start;
  };
  const title = take(story.title, highlights?.title);
  const captions = story.captions.map((caption, index) =>
    take(caption, highlights?.captions[index]),
  );
  const paragraphs = story.paragraphs.map((paragraph, index) =>
    take(paragraph, highlights?.paragraphs[index]),
  );
  return { title, captions, paragraphs, total: next };
}

/** The reader's highlights of one part of the story, as ranges. */
export function markedIn(
  anchors: readonly (HighlightAnchor | null)[],
  part: HighlightAnchor['part'],
  index: number,
): Range[] {
  return anchors
    .filter((anchor): anchor is HighlightAnchor => anchor?.part === part && anchor.index === index)
    .map((anchor) => [anchor.start, anchor.end]);
}
