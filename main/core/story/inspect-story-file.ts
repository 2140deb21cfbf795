/**
 * inspectStoryFile: one story file read on its own, outside any archive, as the index would
 * read it — its stories (one, or many for a news-database export) and the parts it could not
 * read, or a ClippingsError that says why not (no such file; a file the scanner would skip:
 * empty, binary, too big, a page with no article, damaged, too slow to read within its budget,
 * unreadable). For `inspect`.
 */
import { ClippingsError } from '../model/errors';
import type { Story } from '../model/story';
import { readBoundedFile } from '../files/read-bounded-file';
import { readBudgetFor } from './read-budget';
import { readStories } from './read-stories';
import { sizeLimitOf } from './story-files';

export interface InspectedFile {
  stories: Story[];
  /** Parts of a many-story file that could not be read, each with why. */
  skippedParts: string[];
}

/** Reads the file at `path`; `file` is the name the stories and the messages give it. */
export async function inspectStoryFile(path: string, file: string): Promise<InspectedFile> {
  const limit = sizeLimitOf(path);
  const read = await readBoundedFile(path, limit.maxBytes, { what: limit.what });
  if (!read.ok) {
    throw read.problem === 'missing'
      ? new ClippingsError('E_NOT_FOUND', `There is no file at ${path}.`)
      : new ClippingsError('E_UNREADABLE', `${file} was not read. ${read.reason}`);
  }
  const parsed = await readStories(read.bytes, file, {
    budget: readBudgetFor(read.bytes.length),
  });
  if (!parsed.ok) {
    throw new ClippingsError('E_UNREADABLE', `${file} is not a story. ${parsed.skipped.reason}`);
  }
  return { stories: parsed.stories, skippedParts: parsed.skippedParts };
}
