/**
 * The interfaces a story format's reader has (read-stories.ts picks the reader by the file's
 * bytes): a file's bytes and name → its stories, or the reason, in words, that the file holds
 * none. A file may hold several stories (a news-database export of hundreds, a PDF of many
 * articles); read-stories.ts gives each its id and its place ("12 of 161").
 *
 * Readers never throw for what is in the file: what they cannot read becomes a warning in the
 * Story, or the reason the file is skipped. A reader that runs long checks its ReadBudget
 * (read-budget.ts) and gives up with the budget's reason, so no file can hold an index worker.
 *
 * One-story readers (OneStoryReader) are the text layout (read-text-story.ts), a saved page
 * (read-html-page.ts) and a Markdown clipping (read-markdown-clipping.ts); the readers of
 * documents (PDF, DOCX, RTF) give blocks (document-blocks.ts), which read-stories.ts reads
 * as an export's stories or as one document.
 */
import type { Story } from '../model/story';
import type { ReadBudget } from './read-budget';

export interface StoryReadOptions {
  /** The file's id (the archive walk's); default: the stem of `file`. */
  id?: string;
  /** How long reading may take; default: readBudgetFor the file's size. */
  budget?: ReadBudget;
}

/** What a one-story reader gives: the story, or why the file is not one. */
export type ReaderResult = { ok: true; story: Story } | { ok: false; reason: string };

/** A reader of a format that holds one story per file (text, saved page, clipping). */
export type OneStoryReader = (
  bytes: Uint8Array,
  file: string,
  options: StoryReadOptions,
) => ReaderResult;

/**
 * What a reader of any format gives: the file's stories in file order (ids and positions
 * not yet given), the parts of it that were skipped and why (a story too long, a page that
 * is a scan), or why the whole file was skipped.
 */
export type StoriesResult =
  | { ok: true; stories: Story[]; manyStories: boolean; skippedParts: string[] }
  | { ok: false; reason: string };

/** A reader of any format: async, since PDF and DOCX libraries are. */
export type StoryReader = (
  bytes: Uint8Array,
  file: string,
  options: StoryReadOptions,
) => Promise<StoriesResult>;
