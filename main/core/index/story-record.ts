/**
 * What the index keeps about each story besides its words. A StoryRecord is enough to list it
 * (StoryRef, byline) and to see whether its file changed (path, size, mtime, content hash);
 * main holds one per story in the catalogue. A RelatedRecord (its related headlines and term
 * vector) is only needed to build the related-stories index, so it stays in the segment file
 * and the worker until asked for.
 */
import type { SkippedFile, StoryPages, StoryPosition } from '../model/story';
import type { TermVector } from '../related/term-vector';
import type { StoredEntities } from '../entities/stored-entities';
import { isStoredEntities } from '../entities/stored-entities';

export interface StoryRecord {
  id: string;
  /** Relative to the archive root, `/` separators. */
  file: string;
  size: number;
  mtimeMs: number;
  hash: string;
  title: string;
  date: string | null;
  section: string;
  byline: string | null;
  /**
   * `date + normalised title` (the stories module's normaliseTitle), null without a date or a
   * title: two saves of one story share it (findDuplicateGroups' rule). Made in the worker when
   * the story is indexed, so main groups duplicates without normalising every title on open.
   */
  duplicateKey: string | null;
  /**
   * The same story saved in another format folds by its text (text-key.ts): a key of its
   * body's words, null for a story too short to tell. Absent in segments written before it.
   */
  textKey?: string | null;
  /**
   * Only for a story of a file that holds several: the file's own id (the archive walk's),
   * which the segment plan compares, where `id` is the story's.
   */
  fileId?: string;
  /** Only for a story of a file that holds several: where it sits ("12 of 161"). */
  position?: StoryPosition;
  /** The publication the story appeared in, when its file says (an export's). */
  publication?: string | null;
  /** Only for a story of a PDF export: its pages, so opening it reads only them. */
  pages?: StoryPages;
  /** The people, organisations and places it names (extracted when it was indexed). */
  entities?: StoredEntities;
}

/** The id of a record's file, as the archive walk gave it. */
export function fileIdOf(record: Pick<StoryRecord, 'id' | 'fileId'>): string {
  return record.fileId ?? record.id;
}

export interface RelatedRecord {
  headlines: string[];
  vector: TermVector;
}

/** A file a segment covers but could not index, remembered so it is not read again unchanged. */
export interface SkippedRecord extends SkippedFile {
  /** The id the archive walk gave the file (so a reopen sees the same file, unchanged). */
  id: string;
  size: number;
  mtimeMs: number;
  /** A part of a file that was read (a story of an export with no text), not the whole file. */
  part?: true;
  /**
   * The file could not be read at all (permissions, I/O), which can change without its size or
   * mtime changing (chmod): it is read again whenever it may have become readable.
   */
  retry?: true;
}

/** Throws unless `value` is an array of well-formed StoryRecords (a cheap check, no schema). */
export function assertStoryRecords(value: unknown): asserts value is StoryRecord[] {
  if (!Array.isArray(value)) throw new TypeError('stories: not a list');
  for (const record of value as Record<string, unknown>[]) {
    if (
      typeof record !== 'object' ||
      record === null ||
      typeof record.id !== 'string' ||
      record.id === '' ||
      typeof record.file !== 'string' ||
      record.file === '' ||
      typeof record.size !== 'number' ||
      typeof record.mtimeMs !== 'number' ||
      typeof record.hash !== 'string' ||
      typeof record.title !== 'string' ||
      (record.date !== null && typeof record.date !== 'string') ||
      typeof record.section !== 'string' ||
      (record.byline !== null && typeof record.byline !== 'string') ||
      (record.duplicateKey !== null && typeof record.duplicateKey !== 'string') ||
      (record.fileId !== undefined && typeof record.fileId !== 'string') ||
      (record.textKey !== undefined &&
        record.textKey !== null &&
        typeof record.textKey !== 'string') ||
      (record.entities !== undefined && !isStoredEntities(record.entities)) ||
      (record.pages !== undefined && !isStoryPages(record.pages))
    ) {
      throw new TypeError('stories: a record is malformed');
    }
  }
}

function isStoryPages(value: unknown): value is StoryPages {
  const pages = value as Partial<StoryPages> | null;
  return (
    typeof pages === 'object' &&
    pages !== null &&
    Number.isInteger(pages.first) &&
    Number.isInteger(pages.last) &&
    Array.isArray(pages.running) &&
    pages.running.every((key) => typeof key === 'string')
  );
}

export function assertSkippedRecords(value: unknown): asserts value is SkippedRecord[] {
  if (!Array.isArray(value)) throw new TypeError('skipped: not a list');
  for (const record of value as Record<string, unknown>[]) {
    if (
      typeof record !== 'object' ||
      record === null ||
      typeof record.id !== 'string' ||
      typeof record.file !== 'string' ||
      typeof record.reason !== 'string' ||
      typeof record.size !== 'number' ||
      typeof record.mtimeMs !== 'number' ||
      (record.retry !== undefined && record.retry !== true) ||
      (record.part !== undefined && record.part !== true)
    ) {
      throw new TypeError('skipped: a record is malformed');
    }
  }
}

export function assertRelatedRecords(
  value: unknown,
  count: number,
): asserts value is RelatedRecord[] {
  if (!Array.isArray(value) || value.length !== count) throw new TypeError('related: wrong size');
  for (const record of value as Record<string, unknown>[]) {
    const vector = record?.vector as Record<string, unknown> | undefined;
    if (
      !Array.isArray(record?.headlines) ||
      typeof vector !== 'object' ||
      vector === null ||
      !Array.isArray(vector.terms) ||
      !Array.isArray(vector.counts) ||
      typeof vector.length !== 'number'
    ) {
      throw new TypeError('related: a record is malformed');
    }
  }
}

/** The duplicate key of a story: null when it has no date or its title normalises to nothing. */
export function duplicateKeyOf(date: string | null, normalisedTitle: string): string | null {
  return date === null || normalisedTitle === '' ? null : `${date}\u0000${normalisedTitle}`;
}
