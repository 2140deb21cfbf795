/**
 * A highlight's anchor as the reader makes it from a selection: the selected text of one part
 * of the story (title, a caption, a paragraph) with up to QUOTE_CONTEXT characters on either
 * side — the W3C text-quote selector the engine stores and finds again after the file changes.
 */
import type { TextQuote } from '../../../contract/api';

export const QUOTE_CONTEXT = 32;

/** The selector for `text[start, end)`, white space at its edges left out; null if nothing is left. */
export function quoteSelector(text: string, start: number, end: number): TextQuote | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/u.test(text[from] as string)) from += 1;
  while (to > from && /\s/u.test(text[to - 1] as string)) to -= 1;
  if (to <= from) return null;
  return {
    quote: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - QUOTE_CONTEXT), from),
    suffix: text.slice(to, to + QUOTE_CONTEXT),
  };
}

/** Where a part of the story is in the page: `data-part` and `data-index` on its text. */
export interface PartOfStory {
  part: 'title' | 'caption' | 'paragraph';
  index: number;
}

export type SelectionAnchor =
  { ok: true; part: PartOfStory; start: number; end: number } | { ok: false; reason: string };

/** The selection's place in one part of the story, from the page (null: nothing selected there). */
export function selectionInStory(
  selection: Selection | null,
  story: Element,
): SelectionAnchor | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!story.contains(range.commonAncestorContainer)) return null;
  const partOf = (node: Node): Element | null =>
    (node instanceof Element ? node : node.parentElement)?.closest('[data-part]') ?? null;
  const startPart = partOf(range.startContainer);
  const endPart = partOf(range.endContainer);
  if (!startPart && !endPart) return null; // not in the story's text (a note, a control)
  if (!startPart || startPart !== endPart) {
    return { ok: false, reason: 'Select text within one paragraph to highlight it.' };
  }
  const offsetOf = (node: Node, offset: number): number => {
    const before = document.createRange();
    before.setStart(startPart, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  const part = startPart.getAttribute('data-part') as PartOfStory['part'];
  return {
    ok: true,
    part: { part, index: Number(startPart.getAttribute('data-index') ?? 0) },
    start: offsetOf(range.startContainer, range.startOffset),
    end: offsetOf(range.endContainer, range.endOffset),
  };
}
