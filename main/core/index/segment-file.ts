/**
 * The segment file: one segment of the index as cached on disk, and as held in memory by the
 * worker that searches it (the same bytes: what is searched is exactly what is cached).
 *
 * Layout (little-endian):
 *   8 bytes   magic `CLIPSEG\n`
 *   4 bytes   header length H
 *   H bytes   header, JSON: format and lunr versions, counts, where each section lies
 *   sections, each 8-byte aligned:
 *     stories        JSON: a StoryRecord per story (path, size, mtime, content hash, listing)
 *     skipped        JSON: files the segment covers but could not index, and why
 *     related        JSON: each story's related headlines and term vector
 *     terms          UTF-8, one index term per line, sorted
 *     postingStarts  u32 · postingDocs u16 (u32 past 65,535 stories) · postingFreqs u16
 *     fieldLengths   u32
 *     stopWords      UTF-8, one per line · streamStarts u32 · streams u16 (u32 for a vocabulary
 *                    past 65,533 words): the forward index, each field's words as term ids
 *     textStarts     u32 · text UTF-8: each story's indexed fields (for phrases, snippets and
 *                    rebuilding the segment without re-reading unchanged files)
 *
 * Why not lunr's JSON: it repeats every document ref and field name per posting and must be
 * parsed whole. Here a posting is 4 bytes, the index loads as typed-array views on the file's
 * bytes, and the story listing travels to main as one JSON string.
 *
 * decodeSegment checks what it can cheaply (magic, versions, header, section bounds and sizes,
 * the story listing's shape) and throws SegmentFileError rather than trust anything; the
 * worker also compares the file's SHA-256 with the cache manifest before decoding.
 */
import type { IndexedText } from '../search/index-fields';
import { INDEX_FIELDS } from '../search/index-fields';
import { lunr } from '../search/lunr-internals';
import type { SegmentIndexData } from '../search/segment-index';
import type { RelatedRecord, SkippedRecord, StoryRecord } from './story-record';
import { assertRelatedRecords, assertSkippedRecords, assertStoryRecords } from './story-record';

/**
 * Bump when the layout, the fields, the tokenizer or the term rules change.
 * 2: skipped records say whether the file is to be read again (`retry`).
 * 3: term vectors keep a story's 128 most frequent terms (similarity chooses among them).
 * 4: a file may hold many stories (records name their file's id, place and text key; skipped
 *    records may be parts of a file).
 * 5: a story without a date has none (null), not its file's modification date (issue 20).
 * 6: a page or clipping without a named section takes one from its address or folder
 *    (`/world/` → world).
 * 7: records hold the people, organisations and places each story names (`entities`).
 */
export const SEGMENT_FORMAT_VERSION = 7;

const MAGIC = Buffer.from('CLIPSEG\n', 'latin1');
const FIELD_COUNT = INDEX_FIELDS.length;

export class SegmentFileError extends Error {
  override name = 'SegmentFileError';
}

export interface SegmentContents {
  segmentId: string;
  stories: StoryRecord[];
  related: RelatedRecord[];
  skipped: SkippedRecord[];
  index: SegmentIndexData;
  texts: readonly IndexedText[];
}

/** A decoded segment: index arrays and texts are views on the file's bytes. */
export interface DecodedSegment {
  segmentId: string;
  stories: StoryRecord[];
  /** The `stories` section as written: what main parses for its catalogue. */
  storiesJson: string;
  skipped: SkippedRecord[];
  index: SegmentIndexData;
  /** The related headlines and term vectors (parsed on demand). */
  related(): RelatedRecord[];
  /** The `related` section as written. */
  relatedJson(): string;
  /** The indexed text of story `doc` (decoded on demand). */
  text(doc: number): IndexedText;
  /** Bytes held in memory for this segment. */
  byteLength: number;
}

const SECTION_NAMES = [
  'stories',
  'skipped',
  'related',
  'terms',
  'postingStarts',
  'postingDocs',
  'postingFreqs',
  'fieldLengths',
  'stopWords',
  'streamStarts',
  'streams',
  'textStarts',
  'text',
] as const;
type SectionName = (typeof SECTION_NAMES)[number];

interface SegmentHeader {
  format: number;
  lunrVersion: string;
  littleEndian: boolean;
  fields: string[];
  segmentId: string;
  docCount: number;
  termCount: number;
  postingCount: number;
  wideDocs: boolean;
  stopWordCount: number;
  streamLength: number;
  wideStreams: boolean;
  sections: Record<SectionName, [number, number]>;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function encodeSegment(contents: SegmentContents): Buffer {
  const { index, texts } = contents;
  if (
    contents.stories.length !== index.docCount ||
    contents.related.length !== index.docCount ||
    texts.length !== index.docCount
  ) {
    throw new Error('encodeSegment: stories, texts and index disagree on the story count');
  }
  const textParts: Buffer[] = [];
  const textStarts = new Uint32Array(index.docCount * FIELD_COUNT + 1);
  let textLength = 0;
  texts.forEach((text, doc) => {
    INDEX_FIELDS.forEach((field, f) => {
      const bytes = Buffer.from(text[field], 'utf8');
      textStarts[doc * FIELD_COUNT + f] = textLength;
      textParts.push(bytes);
      textLength += bytes.length;
    });
  });
  textStarts[index.docCount * FIELD_COUNT] = textLength;
  const wideDocs = index.docCount > 0xffff;
  const postingDocs = wideDocs ? index.postingDocs : Uint16Array.from(index.postingDocs);
  const bodies: Record<SectionName, Buffer> = {
    stories: Buffer.from(JSON.stringify(contents.stories), 'utf8'),
    skipped: Buffer.from(JSON.stringify(contents.skipped), 'utf8'),
    related: Buffer.from(JSON.stringify(contents.related), 'utf8'),
    terms: Buffer.from(index.terms.join('\n'), 'utf8'),
    postingStarts: bytesOf(index.postingStarts),
    postingDocs: bytesOf(postingDocs),
    postingFreqs: bytesOf(index.postingFreqs),
    fieldLengths: bytesOf(index.fieldLengths),
    stopWords: Buffer.from(index.stopWords.join('\n'), 'utf8'),
    streamStarts: bytesOf(index.streamStarts),
    streams: bytesOf(index.streams),
    textStarts: bytesOf(textStarts),
    text: Buffer.concat(textParts, textLength),
  };
  // Offsets are relative to the end of the header block, so the header can describe them.
  const sections = {} as Record<SectionName, [number, number]>;
  let offset = 0;
  for (const name of SECTION_NAMES) {
    sections[name] = [offset, bodies[name].length];
    offset = align8(offset + bodies[name].length);
  }
  const header: SegmentHeader = {
    format: SEGMENT_FORMAT_VERSION,
    lunrVersion: lunr.version,
    littleEndian: true,
    fields: [...INDEX_FIELDS],
    segmentId: contents.segmentId,
    docCount: index.docCount,
    termCount: index.terms.length,
    postingCount: index.postingDocs.length,
    wideDocs,
    stopWordCount: index.stopWords.length,
    streamLength: index.streams.length,
    wideStreams: index.streams instanceof Uint32Array,
    sections,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const dataStart = align8(MAGIC.length + 4 + headerBytes.length);
  const file = Buffer.alloc(dataStart + offset);
  MAGIC.copy(file, 0);
  file.writeUInt32LE(headerBytes.length, MAGIC.length);
  headerBytes.copy(file, MAGIC.length + 4);
  for (const name of SECTION_NAMES) bodies[name].copy(file, dataStart + sections[name][0]);
  return file;
}

export function decodeSegment(input: Uint8Array): DecodedSegment {
  const file = openSegment(input);
  const { header, bytes } = file;
  const { docCount } = header;
  const { stories, storiesJson, skipped } = decodeRecords(file);
  const postings = decodePostings(file);
  const streams = decodeStreams(file);
  const { textStarts, textSection } = decodeTextOffsets(file);
  checkOffsets(file, postings.postingStarts, streams.streamStarts, textStarts, textSection);
  let related: RelatedRecord[] | null = null;

  return {
    segmentId: header.segmentId,
    stories,
    storiesJson,
    skipped,
    index: { docCount, ...postings, ...streams },
    byteLength: bytes.length,
    related() {
      related ??= parseChecked(
        sectionText(file, 'related'),
        (value: unknown): asserts value is RelatedRecord[] => assertRelatedRecords(value, docCount),
        'related',
      );
      return related;
    },
    relatedJson: () => sectionText(file, 'related'),
    text(doc: number): IndexedText {
      const text = {} as IndexedText;
      INDEX_FIELDS.forEach((field, f) => {
        const at = doc * FIELD_COUNT + f;
        text[field] = bytes.toString(
          'utf8',
          textSection.start + (textStarts[at] as number),
          textSection.start + (textStarts[at + 1] as number),
        );
      });
      return text;
    },
  };
}

/** A segment file's bytes (8-byte aligned), its checked header, and where its sections begin. */
interface SegmentBytes {
  bytes: Buffer;
  header: SegmentHeader;
  dataStart: number;
}

function openSegment(input: Uint8Array): SegmentBytes {
  if (!LITTLE_ENDIAN) throw new SegmentFileError('this machine is big-endian');
  // Typed-array views need aligned offsets: copy unless the bytes start on an 8-byte boundary.
  const bytes =
    input.byteOffset % 8 === 0
      ? Buffer.from(input.buffer, input.byteOffset, input.byteLength)
      : Buffer.from(Uint8Array.prototype.slice.call(input));
  if (bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new SegmentFileError('not a segment file');
  }
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  if (MAGIC.length + 4 + headerLength > bytes.length) throw new SegmentFileError('truncated');
  const header = readHeader(
    bytes.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength),
  );
  return { bytes, header, dataStart: align8(MAGIC.length + 4 + headerLength) };
}

function section(file: SegmentBytes, name: SectionName): { start: number; length: number } {
  const [offset, length] = file.header.sections[name];
  const start = file.dataStart + offset;
  if (start % 8 !== 0 || start + length > file.bytes.length) {
    throw new SegmentFileError(`section ${name} is out of bounds`);
  }
  return { start, length };
}

function sectionText(file: SegmentBytes, name: SectionName): string {
  const { start, length } = section(file, name);
  return file.bytes.toString('utf8', start, start + length);
}

function u32(file: SegmentBytes, name: SectionName, count: number): Uint32Array {
  const { start, length } = section(file, name);
  if (length !== count * 4) throw new SegmentFileError(`section ${name} has the wrong size`);
  return new Uint32Array(file.bytes.buffer, file.bytes.byteOffset + start, count);
}

function u16(file: SegmentBytes, name: SectionName, count: number): Uint16Array {
  const { start, length } = section(file, name);
  if (length !== count * 2) throw new SegmentFileError(`section ${name} has the wrong size`);
  return new Uint16Array(file.bytes.buffer, file.bytes.byteOffset + start, count);
}

/** The `stories` and `skipped` sections: the segment's records, checked for shape. */
function decodeRecords(file: SegmentBytes) {
  const storiesJson = sectionText(file, 'stories');
  const stories = parseChecked(storiesJson, assertStoryRecords, 'stories');
  if (stories.length !== file.header.docCount) throw new SegmentFileError('story count');
  const skipped = parseChecked(sectionText(file, 'skipped'), assertSkippedRecords, 'skipped');
  return { stories, storiesJson, skipped };
}

/** The inverted index: the vocabulary, each term's postings per field, and the field lengths. */
function decodePostings(file: SegmentBytes) {
  const { docCount, termCount, postingCount, wideDocs } = file.header;
  const terms = termCount === 0 ? [] : sectionText(file, 'terms').split('\n');
  if (terms.length !== termCount) throw new SegmentFileError('vocabulary size');
  const postingStarts = u32(file, 'postingStarts', FIELD_COUNT * termCount + 1);
  const postingDocs = wideDocs
    ? u32(file, 'postingDocs', postingCount)
    : u16(file, 'postingDocs', postingCount);
  const postingFreqs = u16(file, 'postingFreqs', postingCount);
  const fieldLengths = u32(file, 'fieldLengths', FIELD_COUNT * docCount);
  return { terms, postingStarts, postingDocs, postingFreqs, fieldLengths };
}

/** The forward index: the stop words, and each field's words as term ids. */
function decodeStreams(file: SegmentBytes) {
  const { docCount, stopWordCount, streamLength, wideStreams } = file.header;
  const stopWords = stopWordCount === 0 ? [] : sectionText(file, 'stopWords').split('\n');
  if (stopWords.length !== stopWordCount) throw new SegmentFileError('stop words');
  const streamStarts = u32(file, 'streamStarts', FIELD_COUNT * docCount + 1);
  const streams = wideStreams
    ? u32(file, 'streams', streamLength)
    : u16(file, 'streams', streamLength);
  if (streamStarts[FIELD_COUNT * docCount] !== streamLength) {
    throw new SegmentFileError('term streams do not add up');
  }
  return { stopWords, streamStarts, streams };
}

/** Where each story's indexed fields lie in the `text` section (decoded on demand). */
function decodeTextOffsets(file: SegmentBytes) {
  const textStarts = u32(file, 'textStarts', FIELD_COUNT * file.header.docCount + 1);
  return { textStarts, textSection: section(file, 'text') };
}

/** Offsets that must add up and never go back, so no lookup reads past its section. */
function checkOffsets(
  file: SegmentBytes,
  postingStarts: Uint32Array,
  streamStarts: Uint32Array,
  textStarts: Uint32Array,
  textSection: { length: number },
): void {
  const { docCount, termCount, postingCount } = file.header;
  if (postingStarts[FIELD_COUNT * termCount] !== postingCount) {
    throw new SegmentFileError('postings do not add up');
  }
  assertAscending(streamStarts, 'term stream offsets are out of order');
  assertAscending(textStarts, 'text offsets are out of order');
  if (textStarts[FIELD_COUNT * docCount] !== textSection.length) {
    throw new SegmentFileError('text size');
  }
}

function assertAscending(starts: Uint32Array, message: string): void {
  for (let i = 1; i < starts.length; i += 1) {
    if ((starts[i] as number) < (starts[i - 1] as number)) throw new SegmentFileError(message);
  }
}

function readHeader(text: string): SegmentHeader {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SegmentFileError('header is not JSON');
  }
  const header = value as SegmentHeader;
  const count = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (
    typeof header !== 'object' ||
    header === null ||
    header.format !== SEGMENT_FORMAT_VERSION ||
    header.littleEndian !== true ||
    typeof header.segmentId !== 'string' ||
    !count(header.docCount) ||
    !count(header.termCount) ||
    !count(header.postingCount) ||
    typeof header.wideDocs !== 'boolean' ||
    !count(header.stopWordCount) ||
    !count(header.streamLength) ||
    typeof header.wideStreams !== 'boolean' ||
    !Array.isArray(header.fields) ||
    typeof header.sections !== 'object' ||
    header.sections === null ||
    !SECTION_NAMES.every((name) => {
      const entry = header.sections[name];
      return Array.isArray(entry) && entry.length === 2 && count(entry[0]) && count(entry[1]);
    })
  ) {
    throw new SegmentFileError('header does not match the format');
  }
  if (header.lunrVersion !== lunr.version) throw new SegmentFileError('other lunr version');
  if (header.fields.join(',') !== INDEX_FIELDS.join(',')) throw new SegmentFileError('fields');
  return header;
}

function parseChecked<T>(
  text: string,
  check: (value: unknown) => asserts value is T,
  name: string,
): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
    check(value);
  } catch {
    throw new SegmentFileError(`section ${name} is damaged`);
  }
  return value;
}

function bytesOf(array: Uint32Array | Uint16Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

function align8(value: number): number {
  return Math.ceil(value / 8) * 8;
}
