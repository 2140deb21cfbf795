/**
 * Anchoring highlights by text quote (the W3C Web Annotation TextQuoteSelector): a highlight
 * stores its exact text and up to QUOTE_CONTEXT characters on either side. To show it, find the
 * quote in the story as it reads now — every occurrence, in the title, captions and paragraphs —
 * and take the one whose surroundings agree best with the stored prefix and suffix. So a
 * highlight survives the file being edited around it, and picks the right one of several
 * occurrences of a common phrase. When the exact text is gone, a match ignoring case is tried;
 * when that is gone too, the highlight is kept but unanchored (the reader lists it apart).
 */
import type { HighlightAnchor, TextQuote } from '../model/library';
import type { Story } from '../model/story';

/** Characters of context stored on either side of a quote. */
export const QUOTE_CONTEXT = 32;

interface Part {
  part: HighlightAnchor['part'];
  index: number;
  text: string;
}

function partsOf(story: Pick<Story, 'title' | 'captions' | 'paragraphs'>): Part[] {
  return [
    { part: 'title', index: 0, text: story.title },
    ...story.captions.map((text, index) => ({ part: 'caption' as const, index, text })),
    ...story.paragraphs.map((text, index) => ({ part: 'paragraph' as const, index, text })),
  ];
}

/** Where the quote sits in the story now, or null when it is no longer there. */
export function anchorQuote(
  story: Pick<Story, 'title' | 'captions' | 'paragraphs'>,
  selector: TextQuote,
): HighlightAnchor | null {
  if (selector.quote === '') return null;
  const parts = partsOf(story);
  return (
    bestOccurrence(parts, selector, (text) => text) ??
    bestOccurrence(parts, selector, (text) => text.toLowerCase())
  );
}

function bestOccurrence(
  parts: readonly Part[],
  selector: TextQuote,
  fold: (text: string) => string,
): HighlightAnchor | null {
  const quote = fold(selector.quote);
  if (quote.length !== selector.quote.length) return null; // folding changed lengths: no offsets
  let best: HighlightAnchor | null = null;
  let bestScore = -1;
  for (const { part, index, text } of parts) {
    const haystack = fold(text);
    if (haystack.length !== text.length) continue;
    for (let at = haystack.indexOf(quote); at >= 0; at = haystack.indexOf(quote, at + 1)) {
      const end = at + quote.length;
      const score =
        commonSuffix(fold(text.slice(Math.max(0, at - QUOTE_CONTEXT), at)), fold(selector.prefix)) +
        commonPrefix(fold(text.slice(end, end + QUOTE_CONTEXT)), fold(selector.suffix));
      if (score > bestScore) {
        best = { part, index, start: at, end };
        bestScore = score;
      }
    }
  }
  return best;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** Sorts anchored highlights in reading order (title, captions, paragraphs), unanchored last. */
export function readingOrder(a: HighlightAnchor | null, b: HighlightAnchor | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const rank = { title: 0, caption: 1, paragraph: 2 };
  return rank[a.part] - rank[b.part] || a.index - b.index || a.start - b.start;
}
