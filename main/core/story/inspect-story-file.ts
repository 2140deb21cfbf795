/**
 * inspectStoryFile: one story file read on its own, outside any archive, as the scanner would
 * read it — the Story, or a ClippingsError that says why not (no such file; a file the scanner
 * would skip: empty, binary, too big, a page with no article, unreadable). For `inspect`.
 */
import { ClippingsError } from '../model/errors';
import type { Story } from '../model/story';
import { readBoundedFile } from '../files/read-bounded-file';
import { storyFromBytes } from './read-story-file';
import { sizeLimitOf } from './story-files';

/** Reads the file at `path`; `file` is the name the Story and the messages give it. */
export async function inspectStoryFile(path: string, file: string): Promise<Story> {
  const limit = sizeLimitOf(path);
  const read = await readBoundedFile(path, limit.maxBytes, { what: limit.what });
  if (!read.ok) {
    throw read.problem === 'missing'
      ? new ClippingsError('E_NOT_FOUND', `There is no file at ${path}.`)
      : new ClippingsError('E_UNREADABLE', `${file} was not read. ${read.reason}`);
  }
  const parsed = storyFromBytes(read.bytes, file, { mtimeMs: read.mtimeMs });
  if (!parsed.ok) {
    throw new ClippingsError('E_UNREADABLE', `${file} is not a story. ${parsed.skipped.reason}`);
  }
  return parsed.story;
}
