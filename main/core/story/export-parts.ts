/**
 * What an export reader finds for one story (ExportParts: the StoryParts every reader fills,
 * plus the publication, word count and copyright an export states), and the cleaning the
 * Nexis and Factiva readers share: a section label without its page and column
 * (`FEATURES; Pg. 6` → `features`), a byline without its `By`.
 */
import type { StoryParts } from './story-parts';
import type { TextBlock } from './text-block';

export interface ExportParts extends StoryParts {
  publication: string | null;
  wordCount: number | null;
  copyright: string | null;
  /** The pages its blocks are on (a PDF's), or absent. */
  pages?: { first: number; last: number };
}

/** The pages of a story's blocks (PDF blocks know theirs), or null. */
export function pageSpanOf(chunk: readonly TextBlock[]): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const block of chunk) {
    if (block.page === undefined) continue;
    first = Math.min(first, block.page);
    last = Math.max(last, block.page);
  }
  return first <= last ? { first, last } : null;
}

/** `FEATURES; Pg. 6`, `Section 5; Part 2; Page 16`, `POLITICS; Version:28` → the first part. */
export function sectionLabel(value: string | null): string | null {
  if (value === null) return null;
  const first = value.split(/[;,]/)[0]!.trim();
  if (first === '' || /^(?:pg|page|p|seite)\.?\s*[a-z]?\d/i.test(first)) return null;
  return first;
}

/** `By PAPER AUTHOR`, `BY STEPHEN POLLARD` → the names; empty → null. */
export function bylineOf(value: string | null): string | null {
  if (value === null) return null;
  const names = value.replace(/^by\s+/i, '').trim();
  return names === '' ? null : names;
}

export function emptyParts(): ExportParts {
  return {
    title: null,
    date: null,
    section: null,
    byline: null,
    captions: [],
    paragraphs: [],
    related: { label: null, headlines: [] },
    source: null,
    warnings: [],
    publication: null,
    wordCount: null,
    copyright: null,
  };
}
