/**
 * The segments one index worker holds, and what it does with them: build (read, parse and
 * index story files, reusing unchanged stories of the segments being replaced, then write the
 * segment file), load from the cache, search, make snippets, drop.
 *
 * Plain async code with no thread in sight: index-worker.ts connects it to the thread's port,
 * and tests call it directly.
 */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import type { Snippet } from '../model/search';
import type { Story } from '../model/story';
import { checksumOfFileSync } from './checksum-file';
import { unwritableReason } from '../files/file-problems';
import { join } from 'node:path';
import { readStories } from '../story/read-stories';
import { readBudgetFor, stallLimitMs } from '../story/read-budget';
import { textKeyOf } from './text-key';
import { readStoryBytesSync } from './read-story-bytes';
import { writeFileAtomic } from '../files/write-file-atomic';
import { foldText } from '../search/fold-text';
import type { IndexedText } from '../search/index-fields';
import { indexedTextOf } from '../search/index-fields';
import { storyTermVector, TERM_VECTOR_SIZE } from '../related/term-vector';
import type { SearchPlan } from '../search/search-plan';
import type { SearchableSegment } from '../search/search-segment';
import { rankSegment, segmentSnippets } from '../search/search-segment';
import type { DecodedSegment, SegmentContents } from './segment-file';
import { decodeSegment, encodeSegment, SegmentFileError } from './segment-file';
import type { BlockCacheStats } from './block-cache';
import { BlockCache } from './block-cache';
import { SharedValues } from './shared-values';
import { bufferSource, fileSource, SegmentSourceError } from './segment-source';
import type { SegmentVectors } from '../related/segment-vectors';
import { segmentVectors } from '../related/segment-vectors';
import { buildSegmentIndex, documentFrequencies, fieldLengthTotals } from '../search/segment-index';
import { segmentRarity } from './segment-rarity';
import { openingSnippet } from '../search/snippet';
import { highlightItems } from '../search/query-matcher';
import type { RelatedRecord, SkippedRecord, StoryRecord } from './story-record';
import { duplicateKeyOf, fileIdOf } from './story-record';
import { normaliseTitle } from '../story/normalise-title';
import { extractEntities } from '../entities/extract-entities';
import { storeEntities } from '../entities/stored-entities';
import type {
  BuildFile,
  BuildJob,
  LoadJob,
  SearchReply,
  SegmentSummary,
  SegmentVocabulary,
} from './worker-protocol';

const PROGRESS_EVERY = 50;
/** Files read between two yields to the event loop, so searches are answered during a build. */
const YIELD_EVERY = 100;

/** A cached segment that failed its checks: the caller rebuilds it. */
export class CorruptSegmentError extends Error {
  override name = 'CorruptSegmentError';
}

interface HeldSegment extends SearchableSegment {
  decoded: DecodedSegment;
}

/** Room for the blocks of segments read on demand when no cap is given (memory-cap.ts). */
const DEFAULT_BLOCK_CACHE_BYTES = 64 * 1024 * 1024;

type Progress = (done: number, total: number) => void;
/** Told the file about to be read (null: no more), so the pool can time each (worker-pool.ts). */
/** Tells the pool the file being read (null: done) and how long it may take (stallLimitMs). */
type Reading = (file: string | null, limitMs: number) => void;

export class WorkerSegments {
  readonly #segments = new Map<string, HeldSegment>();
  readonly #blocks: BlockCache;

  constructor(blockCacheBytes: number = DEFAULT_BLOCK_CACHE_BYTES) {
    this.#blocks = new BlockCache(blockCacheBytes);
  }

  /** Memory held: the segments' dictionaries and offsets, and the block cache. */
  memory(): { residentBytes: number; blockCache: BlockCacheStats } {
    let residentBytes = 0;
    for (const segment of this.#segments.values()) residentBytes += segment.decoded.residentBytes;
    return { residentBytes, blockCache: this.#blocks.stats() };
  }

  get segmentIds(): string[] {
    return [...this.#segments.keys()];
  }

  async build(
    request: Omit<BuildJob, 'type' | 'id'>,
    progress: Progress,
    reading: Reading = () => undefined,
  ): Promise<SegmentSummary> {
    const replaced = replacedContents(
      request.reuseFrom.flatMap((segmentId) => this.#segments.get(segmentId) ?? []),
    );
    const { outcomes, filesRead } = await readFiles(request, replaced, progress, reading);
    const bytes = encodeSegment(segmentContents(request.segmentId, outcomes));
    const cacheWriteError = await writeCache(request.path, bytes);
    // Written: searched from the file like a loaded segment. Not written: held in memory.
    const source =
      request.path !== null && cacheWriteError === null
        ? fileSource(request.path, bytes.length, this.#blocks)
        : bufferSource(bytes);
    const summary = this.#hold(decodeSegment(source), checksumOf(bytes));
    return { ...summary, filesRead, cacheWriteError };
  }

  async load(request: Omit<LoadJob, 'type' | 'id'>): Promise<SegmentSummary> {
    // Like a story file: regular files only, of the size the manifest recorded, never blocking
    // (a FIFO or a link to /dev/zero in the cache is a damaged segment, not a hang). The whole
    // file is hashed in passing (bounded memory); only its dictionary and offsets stay.
    const checked = checksumOfFileSync(request.path, request.bytes);
    if (!checked.ok)
      throw new CorruptSegmentError(`segment file cannot be read: ${checked.reason}`);
    if (checked.checksum !== request.checksum) throw new CorruptSegmentError('checksum mismatch');
    let decoded: DecodedSegment;
    try {
      decoded = decodeSegment(fileSource(request.path, request.bytes, this.#blocks));
    } catch (error) {
      if (error instanceof SegmentFileError) throw new CorruptSegmentError(error.message);
      throw error;
    }
    if (decoded.segmentId !== request.segmentId) {
      decoded.close();
      throw new CorruptSegmentError('segment id');
    }
    return this.#hold(decoded, checked.checksum);
  }

  search(plan: SearchPlan): SearchReply {
    const segmentIds: string[] = [];
    const counts: number[] = [];
    const parts: { docs: number[]; scores: number[] }[] = [];
    const damaged: string[] = [];
    for (const [segmentId, segment] of this.#segments) {
      const hits = whole(() => rankSegment(segment, plan));
      if (hits === null) {
        damaged.push(segmentId);
        continue;
      }
      if (hits.docs.length === 0) continue;
      segmentIds.push(segmentId);
      counts.push(hits.docs.length);
      parts.push(hits);
    }
    const total = counts.reduce((sum, count) => sum + count, 0);
    const docs = new Int32Array(total);
    const scores = new Float64Array(total);
    let at = 0;
    for (const part of parts) {
      docs.set(part.docs, at);
      scores.set(part.scores, at);
      at += part.docs.length;
    }
    return { segmentIds, counts, docs, scores, damaged };
  }

  /**
   * Snippets of a page's stories, in order. The plan's highlight items are made once, and each
   * segment's once per segment, however many of the page's stories it holds.
   */
  snippets(plan: SearchPlan | null, stories: { segmentId: string; doc: number }[]): Snippet[] {
    const items = plan ? highlightItems(plan) : null;
    const snippets: Snippet[] = stories.map(() =>
      openingSnippet({ title: '', captions: '', byline: '', section: '', dateline: '', body: '' }),
    );
    const bySegment = new Map<string, number[]>();
    stories.forEach(({ segmentId, doc }, at) => {
      const segment = this.#segments.get(segmentId);
      if (!segment || doc < 0 || doc >= segment.index.docCount) return;
      bySegment.set(segmentId, [...(bySegment.get(segmentId) ?? []), at]);
    });
    for (const [segmentId, places] of bySegment) {
      const segment = this.#segments.get(segmentId) as HeldSegment;
      const docs = places.map((at) => (stories[at] as { doc: number }).doc);
      // A damaged segment keeps the empty openings (its search reported it, see `search`).
      whole(() => segmentSnippets(segment, docs, plan, items))?.forEach((snippet, k) => {
        snippets[places[k] as number] = snippet;
      });
    }
    return snippets;
  }

  related(segmentIds?: readonly string[]): SegmentVectors[] {
    const wanted = segmentIds ? new Set(segmentIds) : null;
    return [...this.#segments]
      .filter(([segmentId]) => !wanted || wanted.has(segmentId))
      .flatMap(([segmentId, segment]) => {
        const records = whole(() => segment.decoded.related());
        return records === null ? [] : [segmentVectors(segmentId, records)];
      });
  }

  drop(segmentId: string): boolean {
    const segment = this.#segments.get(segmentId);
    segment?.decoded.close();
    return this.#segments.delete(segmentId);
  }

  #hold(decoded: DecodedSegment, checksum: string): SegmentSummary {
    const old = this.#segments.get(decoded.segmentId);
    if (old && old.decoded !== decoded) old.decoded.close();
    const storiesJson = decoded.storiesJson();
    const { sections, dates } = filterColumns(decoded.stories());
    const segment: HeldSegment = {
      decoded,
      index: decoded.index,
      section: (doc) => sections[doc] ?? '',
      date: (doc) => dates[doc] ?? null,
      text: (doc) => decoded.text(doc),
    };
    this.#segments.set(decoded.segmentId, segment);
    return {
      segmentId: decoded.segmentId,
      storiesJson,
      skipped: decoded.skipped,
      checksum,
      bytes: decoded.byteLength,
      filesRead: 0,
      cacheWriteError: null,
      ...vocabularyOf(segment),
    };
  }
}

/**
 * Each story's folded section and date, for the filters a search applies in the worker (the
 * records themselves go to main and are not kept here). Repeated values share one string.
 */
function filterColumns(stories: readonly StoryRecord[]): {
  sections: string[];
  dates: (string | null)[];
} {
  const shared = new SharedValues();
  return {
    sections: stories.map((story) => shared.string(foldText(story.section))),
    dates: stories.map((story) => (story.date === null ? null : shared.string(story.date))),
  };
}

/** A replaced segment as a build reads it: its records, and its related records when asked. */
interface ReplacedSegment {
  held: HeldSegment;
  stories: StoryRecord[];
  related: () => RelatedRecord[];
}

/**
 * The answer of `read`, or null when the segment's file turned out damaged or cut short after
 * it was opened (its parts are read on demand): the caller leaves that segment out and says
 * so, and main rebuilds it from the story files.
 */
function whole<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (error instanceof SegmentFileError || error instanceof SegmentSourceError) return null;
    throw error;
  }
}

/** What the replaced segments hold of each file: its stories (one, or an export's many) and
 * what was skipped of it (the whole file, or parts). */
interface ReplacedContents {
  previous: Map<string, { segment: ReplacedSegment; docs: number[] }>;
  previousSkipped: Map<string, SkippedRecord[]>;
}

function replacedContents(segments: readonly HeldSegment[]): ReplacedContents {
  const previous = new Map<string, { segment: ReplacedSegment; docs: number[] }>();
  const previousSkipped = new Map<string, SkippedRecord[]>();
  for (const held of segments) {
    let related: RelatedRecord[] | null = null;
    const segment: ReplacedSegment = {
      held,
      stories: held.decoded.stories(),
      related: () => (related ??= held.decoded.related()),
    };
    segment.stories.forEach((story, doc) => {
      const known = previous.get(story.file);
      if (known?.segment === segment) known.docs.push(doc);
      else previous.set(story.file, { segment, docs: [doc] });
    });
    for (const skipped of held.decoded.skipped) {
      previousSkipped.set(skipped.file, [...(previousSkipped.get(skipped.file) ?? []), skipped]);
    }
  }
  return { previous, previousSkipped };
}

type Outcome =
  | { story: StoryRecord; related: RelatedRecord; text: IndexedText }
  // Read now: its related record is made once the segment's index gives term rarities.
  | { story: StoryRecord; parsed: Story; text: IndexedText }
  | { skipped: SkippedRecord };

function reuse(segment: ReplacedSegment, doc: number, story: StoryRecord): Outcome {
  return {
    story,
    related: segment.related()[doc] as RelatedRecord,
    text: segment.held.text(doc),
  };
}

/** Reads the build's files in order (what can be kept is kept), one outcome list per file. */
async function readFiles(
  request: Omit<BuildJob, 'type' | 'id'>,
  replaced: ReplacedContents,
  progress: Progress,
  reading: Reading,
): Promise<{ outcomes: Outcome[][]; filesRead: number }> {
  const skip = new Map((request.skip ?? []).map((entry) => [entry.file, entry.reason]));
  const outcomes: Outcome[][] = [];
  let filesRead = 0;
  const total = request.files.length;
  const rootReal = realRoot(request.root);
  for (let slot = 0; slot < total; slot += 1) {
    const file = request.files[slot] as BuildFile;
    const was = whatWasIndexed(file, replaced);
    let outcome = keptOutcomes(file, was, skip);
    if (outcome === null) {
      filesRead += 1;
      reading(file.file, stallLimitMs(file.size));
      outcome = readOutcomes(file, was, await readStory(request.root, rootReal, file));
    }
    outcomes[slot] = outcome;
    const done = slot + 1;
    if (done % PROGRESS_EVERY === 0 || done === total) progress(done, total);
    if (slot % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((next) => setImmediate(next));
  }
  reading(null, 0);
  return { outcomes, filesRead };
}

/**
 * Every file is read from inside the archive's real folder (a link swapped in since the walk is
 * refused); a root that cannot be resolved has nothing readable in it.
 */
function realRoot(root: string): string {
  try {
    return realpathSync.native(root);
  } catch {
    return root;
  }
}

/** What the replaced segments hold of one file. */
interface WasIndexed {
  before: { segment: ReplacedSegment; docs: number[] } | undefined;
  beforeStories: StoryRecord[];
  wasSkipped: SkippedRecord[];
  partsSkipped: SkippedRecord[];
}

function whatWasIndexed(file: BuildFile, replaced: ReplacedContents): WasIndexed {
  const before = replaced.previous.get(file.file);
  const beforeStories = before?.docs.map((doc) => before.segment.stories[doc]!) ?? [];
  const wasSkipped = replaced.previousSkipped.get(file.file) ?? [];
  const partsSkipped = wasSkipped.filter((record) => record.part === true);
  return { before, beforeStories, wasSkipped, partsSkipped };
}

function unchanged(file: BuildFile, record: { size: number; mtimeMs: number }): boolean {
  return record.size === file.size && record.mtimeMs === file.mtimeMs;
}

/** The file's outcome without reading it (unchanged, skipped before, or to skip), or null. */
function keptOutcomes(
  file: BuildFile,
  { before, beforeStories, wasSkipped, partsSkipped }: WasIndexed,
  skip: ReadonlyMap<string, string>,
): Outcome[] | null {
  const sameFile =
    beforeStories.length > 0 &&
    beforeStories.every((story) => fileIdOf(story) === file.id && unchanged(file, story));
  if (before && sameFile) {
    return [
      ...before.docs.map((doc, k) => reuse(before.segment, doc, beforeStories[k]!)),
      ...partsSkipped.map((skipped) => ({ skipped })),
    ];
  }
  const once = wasSkipped[0];
  if (
    !before &&
    wasSkipped.length === 1 &&
    once!.id === file.id &&
    unchanged(file, once!) &&
    !once!.retry &&
    !once!.part
  ) {
    return [{ skipped: once! }];
  }
  if (skip.has(file.file)) {
    return [
      {
        skipped: {
          file: file.file,
          reason: skip.get(file.file) as string,
          id: file.id,
          size: file.size,
          mtimeMs: file.mtimeMs,
        },
      },
    ];
  }
  return null;
}

/** The file's outcome once read: why it was skipped, what was kept (same content), or its stories. */
function readOutcomes(
  file: BuildFile,
  { before, beforeStories, partsSkipped }: WasIndexed,
  read: Awaited<ReturnType<typeof readStory>>,
): Outcome[] {
  if (!read.ok) {
    return [
      {
        skipped: {
          ...read.skipped,
          id: file.id,
          size: file.size,
          mtimeMs: file.mtimeMs,
          ...(read.retry ? { retry: true as const } : {}),
        },
      },
    ];
  }
  if (
    before &&
    beforeStories.length > 0 &&
    beforeStories.every((story) => fileIdOf(story) === file.id && story.hash === read.hash)
  ) {
    // Touched but not changed: keep what was indexed, note the new stat.
    const stat = { size: read.size, mtimeMs: read.mtimeMs };
    return [
      ...before.docs.map((doc, k) => reuse(before.segment, doc, { ...beforeStories[k]!, ...stat })),
      ...partsSkipped.map((skipped) => ({ skipped: { ...skipped, ...stat } })),
    ];
  }
  return [
    ...read.stories.map((story) => ({
      story: recordOf(story, file.id, read),
      parsed: story,
      text: indexedTextOf(story),
    })),
    ...read.skippedParts.map((reason) => ({
      skipped: {
        file: file.file,
        reason,
        id: file.id,
        size: read.size,
        mtimeMs: read.mtimeMs,
        part: true as const,
      },
    })),
  ];
}

/** The records, texts and index of the new segment; stories read now get their related record. */
function segmentContents(segmentId: string, outcomes: Outcome[][]): SegmentContents {
  const stories: StoryRecord[] = [];
  const texts: IndexedText[] = [];
  const skipped: SkippedRecord[] = [];
  for (const outcome of outcomes.flat()) {
    if ('skipped' in outcome) skipped.push(outcome.skipped);
    else {
      stories.push(outcome.story);
      texts.push(outcome.text);
    }
  }
  const index = buildSegmentIndex(texts);
  const rarity = segmentRarity(index);
  const related: RelatedRecord[] = [];
  for (const outcome of outcomes.flat()) {
    if ('skipped' in outcome) continue;
    related.push(
      'parsed' in outcome
        ? {
            headlines: outcome.parsed.related.headlines,
            vector: storyTermVector(outcome.parsed, TERM_VECTOR_SIZE, rarity),
          }
        : outcome.related,
    );
  }
  return { segmentId, stories, related, skipped, texts, index };
}

/**
 * A cache that cannot be written does not stop the index: the segment is held in memory, and
 * the service says the cache is not being saved (the reason, or null when written).
 */
async function writeCache(path: string | null, bytes: Buffer): Promise<string | null> {
  if (path === null) return null;
  try {
    await writeFileAtomic(path, bytes);
    return null;
  } catch (error) {
    return unwritableReason(error);
  }
}

/**
 * One story file → its stories (with the file's content hash and stat), or why it was
 * skipped. The file's read budget (read-budget.ts) starts when its bytes are in memory.
 */
async function readStory(root: string, rootReal: string, file: BuildFile) {
  const read = readStoryBytesSync(join(root, file.file), file.file, rootReal);
  if (!read.ok) return read;
  const parsed = await readStories(read.bytes, file.file, {
    id: file.id,
    budget: readBudgetFor(read.size),
  });
  if (!parsed.ok) return { ...parsed, retry: false };
  return { ...parsed, size: read.size, mtimeMs: read.mtimeMs };
}

/** What the catalogue keeps of a story read now. */
function recordOf(
  story: Story,
  fileId: string,
  read: { size: number; mtimeMs: number; hash: string },
): StoryRecord {
  return {
    id: story.id,
    file: story.file,
    size: read.size,
    mtimeMs: read.mtimeMs,
    hash: read.hash,
    title: story.title,
    date: story.date,
    section: story.section,
    byline: story.byline,
    duplicateKey: duplicateKeyOf(story.date, normaliseTitle(story.title)),
    textKey: textKeyOf(story.paragraphs),
    ...(story.id === fileId ? {} : { fileId }),
    ...(story.position ? { position: story.position } : {}),
    ...(story.publication ? { publication: story.publication } : {}),
    ...(story.pages ? { pages: story.pages } : {}),
    entities: storeEntities(extractEntities(story)),
  };
}

function vocabularyOf(segment: HeldSegment): SegmentVocabulary {
  return {
    termsText: segment.index.terms.join('\n'),
    frequencies: documentFrequencies(segment.index),
    fieldLengthTotals: fieldLengthTotals(segment.index),
  };
}

export function checksumOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
