/**
 * A story's original file, for "Open original": the file the catalogue says the story was
 * read from, resolved to its real path and refused unless that lies inside the archive (a
 * name swapped for a link out of it since it was indexed is not opened), with the content
 * type its bytes say it is. Read-only: the file is never opened for writing, here or by the
 * shells that serve or open it.
 */
import { open, realpath } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Catalogue } from '../index/catalogue';
import { isInside } from '../files/read-bounded-file';
import { ClippingsError } from '../model/errors';
import type { OriginalFile } from '../model/open-story';
import { storyFormatOf } from '../story/story-format';
import { notFound, unknownStory } from './query-service';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  text: 'text/plain; charset=utf-8',
  markdown: 'text/plain; charset=utf-8',
  html: 'text/html',
  mhtml: 'multipart/related',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  rtf: 'application/rtf',
};

export async function originalFile(
  root: string,
  catalogue: Catalogue,
  id: string,
): Promise<OriginalFile> {
  const location = catalogue.locate(id);
  if (!location) throw unknownStory(catalogue, id);
  const file = location.story.file;
  let real: string;
  let rootReal: string;
  try {
    real = await realpath(join(root, file));
    rootReal = await realpath(root);
  } catch {
    throw notFound();
  }
  if (!isInside(real, rootReal)) {
    throw new ClippingsError(
      'E_UNREADABLE',
      'This story’s file now lies outside the archive, so it is not opened.',
    );
  }
  // The first bytes say what the file is (a `.doc` that is RTF is served as RTF).
  const head = Buffer.alloc(1024);
  let length = 0;
  try {
    const handle = await open(real, 'r');
    try {
      length = (await handle.read(head, 0, head.length, 0)).bytesRead;
    } finally {
      await handle.close();
    }
  } catch {
    throw notFound();
  }
  const format = storyFormatOf(file, head.subarray(0, length));
  return {
    path: real,
    name: basename(file),
    contentType: CONTENT_TYPES[format] ?? 'application/octet-stream',
  };
}
