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
 *     related        JSON, deflated: each story's related headlines and term vector
 *     terms          UTF-8, one index term per line, sorted
 *     postingStarts  u32 · postingDocs u16 (u32 past 65,535 stories) · postingFreqs u16
 *     fieldLengths   u32
 *     stopWords      UTF-8, one per line · streamStarts u32 · streams u16 (u32 for a vocabulary
 *                    past 65,533 words): the forward index, each field's words as term ids
 *     textStarts     u32, one per story · text: each story's indexed fields, a deflated JSON
 *                    array per story (for snippets and rebuilding the segment without
 *                    re-reading unchanged files)
 *
 * Why not lunr's JSON: it repeats every document ref and field name per posting and must be
 * parsed whole. Here a posting is 4 bytes, and a segment opens by reading only its dictionary
 * and offsets: postings, term streams, texts and related records are read by position when a
 * search needs them (segment-source.ts, through the worker's bounded block cache), so memory
 * does not grow with the archive (issue 18). Texts and related records are deflated (the cache
 * was twice the archive's text; most of it was these two sections).
 *
 * decodeSegment checks what it can cheaply (magic, versions, header, section bounds and sizes,
 * the story listing's shape) and throws SegmentFileError rather than trust anything; the
 * worker also compares the file's SHA-256 with the cache manifest before decoding.
 */
import type { IndexedText } from '../search/index-fields';
import { INDEX_FIELDS } from '../search/index-fields';
import { lunr } from '../search/lunr-internals';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { BuiltSegmentIndex, SegmentIndexData } from '../search/segment-index';
import type { RelatedRecord, SkippedRecord, StoryRecord } from './story-record';
import { assertRelatedRecords, assertSkippedRecords, assertStoryRecords } from './story-record';
import type { SegmentSource } from './segment-source';
import { bufferSource, SegmentSourceError } from './segment-source';

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
 * 8: texts are deflated per story and related records per segment; postings, streams and texts
 *    are read on demand (their offsets must never go back).
 * 9: a PDF export's story records hold its pages and the file's running heads (`pages`), so
 *    opening it reads only those pages.
 * 10: entities come from the learned name tagger (entities/name-tagger.ts), not the run rules.
 */
export const SEGMENT_FORMAT_VERSION = 10;

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
  index: BuiltSegmentIndex;
  texts: readonly IndexedText[];
}

/**
 * An open segment: its dictionary, offsets and field lengths held; postings, term streams,
 * texts, records and related records read from its source when asked for.
 */
export interface DecodedSegment {
  segmentId: string;
  docCount: number;
  skipped: SkippedRecord[];
  index: SegmentIndexData;
  /** The `stories` section as written (what main parses for its catalogue). */
  storiesJson(): string;
  /** The story records, parsed and checked (read each time: callers keep what they need). */
  stories(): StoryRecord[];
  /** The related headlines and term vectors. */
  related(): RelatedRecord[];
  /** The indexed text of story `doc`. */
  text(doc: number): IndexedText;
  /** Bytes held in memory for this segment (the rest is read on demand). */
  residentBytes: number;
  /** The file's size. */
  byteLength: number;
  close(): void;
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
  const textStarts = new Uint32Array(index.docCount + 1);
  let textLength = 0;
  texts.forEach((text, doc) => {
    const bytes = deflateRawSync(JSON.stringify(INDEX_FIELDS.map((field) => text[field])));
    textStarts[doc] = textLength;
    textParts.push(bytes);
    textLength += bytes.length;
  });
  textStarts[index.docCount] = textLength;
  const wideDocs = index.docCount > 0xffff;
  const postingDocs = wideDocs ? index.postingDocs : Uint16Array.from(index.postingDocs);
  const bodies: Record<SectionName, Buffer> = {
    stories: Buffer.from(JSON.stringify(contents.stories), 'utf8'),
    skipped: Buffer.from(JSON.stringify(contents.skipped), 'utf8'),
    related: deflateRawSync(JSON.stringify(contents.related)),
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

/**
 * Opens a segment: checks and reads what it keeps (header, dictionary, offsets, field lengths,
 * skipped files); everything else is read from `input` when asked for. Offsets are checked
 * here (ascending, adding up to their sections), so no later read can leave its section.
 */
export function decodeSegment(input: Uint8Array | SegmentSource): DecodedSegment {
  const source = input instanceof Uint8Array ? bufferSource(input) : input;
  try {
    return openDecoded(source);
  } catch (error) {
    if (error instanceof SegmentSourceError) throw new SegmentFileError(error.message);
    throw error;
  }
}

function openDecoded(source: SegmentSource): DecodedSegment {
  const file = openSegment(source);
  const { header } = file;
  const { docCount } = header;
  const skipped = parseChecked(sectionText(file, 'skipped'), assertSkippedRecords, 'skipped');
  const postings = decodePostings(file);
  const streams = decodeStreams(file);
  const textStarts = u32(file, 'textStarts', docCount + 1);
  checkOffsets(file, postings.postingStarts, streams.streamStarts, textStarts);
  const index = onDemandIndex(file, postings, streams);
  const residentBytes =
    file.dataStart +
    RESIDENT_SECTIONS.reduce((sum, name) => sum + (header.sections[name]?.[1] ?? 0), 0);
  const storiesJson = () => sectionText(file, 'stories');
  return {
    segmentId: header.segmentId,
    docCount,
    skipped,
    index,
    residentBytes,
    byteLength: source.size,
    storiesJson,
    stories() {
      const stories = parseChecked(storiesJson(), assertStoryRecords, 'stories');
      if (stories.length !== docCount) throw new SegmentFileError('story count');
      return stories;
    },
    related: () =>
      parseChecked(
        relatedText(file),
        (value: unknown): asserts value is RelatedRecord[] => assertRelatedRecords(value, docCount),
        'related',
      ),
    text: (doc) => storyText(file, textStarts, doc),
    close: () => source.close(),
  };
}

/** What an open segment keeps in memory (besides the header). */
const RESIDENT_SECTIONS: readonly SectionName[] = [
  'skipped',
  'terms',
  'postingStarts',
  'fieldLengths',
  'stopWords',
  'streamStarts',
  'textStarts',
];

/** The segment's index: held arrays, and rows read from the source. */
function onDemandIndex(
  file: SegmentBytes,
  postings: ReturnType<typeof decodePostings>,
  streams: ReturnType<typeof decodeStreams>,
): SegmentIndexData {
  const { wideDocs, wideStreams } = file.header;
  const docs = section(file, 'postingDocs');
  const freqs = section(file, 'postingFreqs');
  const words = section(file, 'streams');
  const docWidth = wideDocs ? 4 : 2;
  const wordWidth = wideStreams ? 4 : 2;
  const { postingStarts } = postings;
  const { streamStarts } = streams;
  const rows = postingStarts.length - 1;
  const fields = streamStarts.length - 1;
  return {
    docCount: file.header.docCount,
    ...postings,
    ...streams,
    wideStreams,
    postings(row) {
      if (!(row >= 0 && row < rows)) return { docs: new Uint16Array(0), freqs: new Uint16Array(0) };
      const start = postingStarts[row] as number;
      const count = (postingStarts[row + 1] as number) - start;
      const docBytes = file.source.read(docs.start + start * docWidth, count * docWidth);
      const freqBytes = file.source.read(freqs.start + start * 2, count * 2);
      return {
        docs: wideDocs ? u32View(docBytes, count) : u16View(docBytes, count),
        freqs: u16View(freqBytes, count),
      };
    },
    stream(at) {
      if (!(at >= 0 && at < fields)) return wideStreams ? new Uint32Array(0) : new Uint16Array(0);
      const start = streamStarts[at] as number;
      const count = (streamStarts[at + 1] as number) - start;
      const bytes = file.source.read(words.start + start * wordWidth, count * wordWidth);
      return wideStreams ? u32View(bytes, count) : u16View(bytes, count);
    },
  };
}

function u16View(bytes: Buffer, count: number): Uint16Array {
  return new Uint16Array(bytes.buffer, bytes.byteOffset, count);
}

function u32View(bytes: Buffer, count: number): Uint32Array {
  return new Uint32Array(bytes.buffer, bytes.byteOffset, count);
}

function relatedText(file: SegmentBytes): string {
  const { start, length } = section(file, 'related');
  try {
    return inflateRawSync(file.source.read(start, length, true)).toString('utf8');
  } catch (error) {
    if (error instanceof SegmentSourceError) throw error;
    throw new SegmentFileError('section related is damaged');
  }
}

function storyText(file: SegmentBytes, textStarts: Uint32Array, doc: number): IndexedText {
  if (!(doc >= 0 && doc < file.header.docCount)) throw new SegmentFileError('no such story');
  const { start } = section(file, 'text');
  const from = textStarts[doc] as number;
  const bytes = file.source.read(start + from, (textStarts[doc + 1] as number) - from);
  let fields: unknown;
  try {
    fields = JSON.parse(inflateRawSync(bytes).toString('utf8'));
  } catch {
    throw new SegmentFileError('section text is damaged');
  }
  if (
    !Array.isArray(fields) ||
    fields.length !== FIELD_COUNT ||
    !fields.every((field) => typeof field === 'string')
  ) {
    throw new SegmentFileError('section text is damaged');
  }
  const text = {} as IndexedText;
  INDEX_FIELDS.forEach((field, f) => {
    text[field] = fields[f] as string;
  });
  return text;
}

/** A segment's source, its checked header, and where its sections begin. */
interface SegmentBytes {
  source: SegmentSource;
  header: SegmentHeader;
  dataStart: number;
}

function openSegment(source: SegmentSource): SegmentBytes {
  if (!LITTLE_ENDIAN) throw new SegmentFileError('this machine is big-endian');
  if (source.size < MAGIC.length + 4) throw new SegmentFileError('not a segment file');
  const start = source.read(0, MAGIC.length + 4, true);
  if (!start.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new SegmentFileError('not a segment file');
  }
  const headerLength = start.readUInt32LE(MAGIC.length);
  if (MAGIC.length + 4 + headerLength > source.size) throw new SegmentFileError('truncated');
  const header = readHeader(source.read(MAGIC.length + 4, headerLength, true).toString('utf8'));
  return { source, header, dataStart: align8(MAGIC.length + 4 + headerLength) };
}

function section(file: SegmentBytes, name: SectionName): { start: number; length: number } {
  const [offset, length] = file.header.sections[name];
  const start = file.dataStart + offset;
  if (start % 8 !== 0 || start + length > file.source.size) {
    throw new SegmentFileError(`section ${name} is out of bounds`);
  }
  return { start, length };
}

/**
 * A whole section, read straight from the file: kept (the resident ones) or read once and let
 * go (records, related records), never through the block cache, which holds what searches
 * read again.
 */
function sectionBytes(file: SegmentBytes, name: SectionName): Buffer {
  const { start, length } = section(file, name);
  return file.source.read(start, length, true);
}

function sectionText(file: SegmentBytes, name: SectionName): string {
  return sectionBytes(file, name).toString('utf8');
}

function u32(file: SegmentBytes, name: SectionName, count: number): Uint32Array {
  const { length } = section(file, name);
  if (length !== count * 4) throw new SegmentFileError(`section ${name} has the wrong size`);
  return u32View(sectionBytes(file, name), count);
}

/** A section's size, checked against what the header says it holds. */
function checkSize(file: SegmentBytes, name: SectionName, bytes: number): void {
  if (section(file, name).length !== bytes) {
    throw new SegmentFileError(`section ${name} has the wrong size`);
  }
}

/** The inverted index's held part: the vocabulary, row offsets and field lengths. */
function decodePostings(file: SegmentBytes) {
  const { docCount, termCount, postingCount, wideDocs } = file.header;
  const terms = termCount === 0 ? [] : sectionText(file, 'terms').split('\n');
  if (terms.length !== termCount) throw new SegmentFileError('vocabulary size');
  const postingStarts = u32(file, 'postingStarts', FIELD_COUNT * termCount + 1);
  checkSize(file, 'postingDocs', postingCount * (wideDocs ? 4 : 2));
  checkSize(file, 'postingFreqs', postingCount * 2);
  const fieldLengths = u32(file, 'fieldLengths', FIELD_COUNT * docCount);
  return { terms, postingStarts, fieldLengths };
}

/** The forward index's held part: the stop words and each field's stream offsets. */
function decodeStreams(file: SegmentBytes) {
  const { docCount, stopWordCount, streamLength, wideStreams } = file.header;
  const stopWords = stopWordCount === 0 ? [] : sectionText(file, 'stopWords').split('\n');
  if (stopWords.length !== stopWordCount) throw new SegmentFileError('stop words');
  const streamStarts = u32(file, 'streamStarts', FIELD_COUNT * docCount + 1);
  checkSize(file, 'streams', streamLength * (wideStreams ? 4 : 2));
  if (streamStarts[FIELD_COUNT * docCount] !== streamLength) {
    throw new SegmentFileError('term streams do not add up');
  }
  return { stopWords, streamStarts };
}

/** Offsets that must add up and never go back, so no read leaves its section. */
function checkOffsets(
  file: SegmentBytes,
  postingStarts: Uint32Array,
  streamStarts: Uint32Array,
  textStarts: Uint32Array,
): void {
  const { docCount, termCount, postingCount } = file.header;
  if (postingStarts[FIELD_COUNT * termCount] !== postingCount) {
    throw new SegmentFileError('postings do not add up');
  }
  assertAscending(postingStarts, 'posting offsets are out of order');
  assertAscending(streamStarts, 'term stream offsets are out of order');
  assertAscending(textStarts, 'text offsets are out of order');
  if (textStarts[docCount] !== section(file, 'text').length) {
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
