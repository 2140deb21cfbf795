/**
 * The one interface every story format's reader has (read-story-file.ts picks the reader):
 * a file's bytes and name → a Story, or the reason, in words, that the file is not one.
 * Readers are pure and never throw (but for ReadBudgetExceeded, which storyFromBytes turns into
 * a skip); what they cannot read becomes a warning in the Story. Each call carries the file's
 * time budget (read-budget.ts), which a reader checks between the steps it controls.
 *
 * Readers: read-text-story.ts (the text layout of shared/design/story-format.md),
 * read-html-page.ts (a web page saved as HTML), read-markdown-clipping.ts (a Markdown
 * clipping or a story Clippings exported).
 */
import type { Story } from '../model/story';
import type { ReadBudget } from './read-budget';

export interface StoryReadOptions {
  /** The story id; default: the stem of `file`. */
  id?: string;
  /** The file's modification time, the last fallback for the date. */
  mtimeMs?: number;
  /** How long reading may take (storyFromBytes gives each file READ_BUDGET_MS by default). */
  budget?: ReadBudget;
}

export type ReaderResult = { ok: true; story: Story } | { ok: false; reason: string };

export type StoryReader = (
  bytes: Uint8Array,
  file: string,
  options: StoryReadOptions,
) => ReaderResult;
