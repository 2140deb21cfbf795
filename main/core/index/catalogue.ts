/**
 * The catalogue: main's view of every searchable story — which segment and worker holds it,
 * its metadata (StoryRecord) for listing, filtering, facets and related stories — and the
 * archive-wide statistics every query is scored with (vocabulary with document frequencies,
 * story count, total field lengths). Segments come and go whole: `add` when a worker has
 * built or loaded one, `retire` when it is replaced or emptied (its stories and statistics
 * vanish at once; the worker frees it afterwards).
 */
import type { SkippedFile } from '../model/story';
import { INDEX_FIELDS } from '../search/index-fields';
import type { ArchiveStatistics } from '../search/search-plan';
import type { SkippedRecord, StoryRecord } from './story-record';
import { fileIdOf } from './story-record';
import { Vocabulary } from '../search/vocabulary';
import { SharedValues } from './shared-values';
import type { SegmentSummary } from './worker-protocol';
import type { ManifestSegment } from './index-cache';
import type { SegmentCoverage } from './segment-plan';

/** Removed ids remembered (for the "no longer in the archive" message): a bound on memory. */
const MAX_REMOVED_IDS = 100_000;

export interface CatalogueSegment {
  segmentId: string;
  worker: number;
  firstFile: string;
  stories: StoryRecord[];
  skipped: SkippedRecord[];
  checksum: string;
  bytes: number;
  fieldLengthTotals: number[];
  /** Its file is in the cache (false: held in memory only, see cache-session.ts). */
  cached: boolean;
}

export interface StoryLocation {
  segment: CatalogueSegment;
  doc: number;
  story: StoryRecord;
}

export class Catalogue {
  readonly vocabulary = new Vocabulary();
  /** Values many records repeat, held once (shared-values.ts). */
  readonly #shared = new SharedValues();
  readonly #segments = new Map<string, CatalogueSegment>();
  readonly #byId = new Map<string, StoryLocation>();
  readonly #fieldLengthTotals = INDEX_FIELDS.map(() => 0);
  /** Ids by duplicate key (StoryRecord.duplicateKey), kept as segments come and go. */
  readonly #byDuplicateKey = new Map<string, string[]>();
  /** Ids by text key (StoryRecord.textKey: the same words, saved in another format). */
  readonly #byTextKey = new Map<string, string[]>();
  /** Ids that left the catalogue and did not come back (oldest first, at most MAX_REMOVED_IDS). */
  readonly #removed = new Set<string>();
  /** The groups of saves, made when first asked after a change (see #groups). */
  #groupCache: { keys: Map<string, string>; members: Map<string, string[]>; saves: number } | null =
    null;
  #storyCount = 0;

  get storyCount(): number {
    return this.#storyCount;
  }

  /** Stories that are a further save of a story already counted (each group's size less one). */
  get duplicateSaves(): number {
    return this.#groups().saves;
  }

  get segmentCount(): number {
    return this.#segments.size;
  }

  get statistics(): ArchiveStatistics {
    return { documentCount: this.#storyCount, fieldLengthTotals: this.#fieldLengthTotals };
  }

  segments(): IterableIterator<CatalogueSegment> {
    return this.#segments.values();
  }

  /** The segments catalogued now, by id (a copy: later swaps do not change it). */
  segmentsNow(): ReadonlyMap<string, CatalogueSegment> {
    return new Map(this.#segments);
  }

  segment(segmentId: string): CatalogueSegment | undefined {
    return this.#segments.get(segmentId);
  }

  locate(id: string): StoryLocation | undefined {
    return this.#byId.get(id);
  }

  add(summary: SegmentSummary, worker: number, cached = true): CatalogueSegment {
    const stories = (JSON.parse(summary.storiesJson) as StoryRecord[]).map((story) =>
      this.#shared.share(story),
    );
    const segment: CatalogueSegment = {
      segmentId: summary.segmentId,
      worker,
      firstFile: firstFileOf(stories, summary.skipped),
      stories,
      skipped: summary.skipped,
      checksum: summary.checksum,
      bytes: summary.bytes,
      fieldLengthTotals: summary.fieldLengthTotals,
      cached,
    };
    this.#segments.set(segment.segmentId, segment);
    this.#groupCache = null;
    segment.stories.forEach((story, doc) => {
      this.#byId.set(story.id, { segment, doc, story });
      this.#removed.delete(story.id);
      if (story.duplicateKey !== null) addTo(this.#byDuplicateKey, story.duplicateKey, story.id);
      if (story.textKey != null) addTo(this.#byTextKey, story.textKey, story.id);
    });
    this.#storyCount += segment.stories.length;
    const terms = summary.termsText === '' ? [] : summary.termsText.split('\n');
    this.vocabulary.addSegment(segment.segmentId, terms, summary.frequencies);
    this.#addTotals(segment.fieldLengthTotals, 1);
    return segment;
  }

  /** Takes a segment out of the catalogue: its stories and its statistics, at once. */
  retire(segmentId: string): CatalogueSegment | undefined {
    const segment = this.#segments.get(segmentId);
    if (!segment) return undefined;
    this.#segments.delete(segmentId);
    this.#groupCache = null;
    for (const story of segment.stories) {
      if (this.#byId.get(story.id)?.segment === segment) {
        this.#byId.delete(story.id);
        this.#rememberRemoved(story.id);
      }
      if (story.duplicateKey !== null)
        removeFrom(this.#byDuplicateKey, story.duplicateKey, story.id);
      if (story.textKey != null) removeFrom(this.#byTextKey, story.textKey, story.id);
    }
    this.#storyCount -= segment.stories.length;
    this.vocabulary.removeSegment(segmentId);
    this.#addTotals(segment.fieldLengthTotals, -1);
    return segment;
  }

  /**
   * True when `id` was a story of this archive since it was opened and is not any more (its
   * file was removed or renamed): "no longer in the archive", not "never was".
   */
  wasRemoved(id: string): boolean {
    return this.#removed.has(id) && !this.#byId.has(id);
  }

  #rememberRemoved(id: string): void {
    this.#removed.add(id);
    if (this.#removed.size > MAX_REMOVED_IDS) {
      this.#removed.delete(this.#removed.values().next().value as string);
    }
  }

  #addTotals(totals: readonly number[], sign: 1 | -1): void {
    totals.forEach((total, f) => {
      this.#fieldLengthTotals[f] = (this.#fieldLengthTotals[f] ?? 0) + sign * total;
    });
  }

  /** What each segment covers, for planning what to rebuild. */
  coverage(): SegmentCoverage[] {
    return [...this.#segments.values()].map((segment) => ({
      segmentId: segment.segmentId,
      firstFile: segment.firstFile,
      files: new Map([
        ...segment.stories.map(
          (story) =>
            [
              story.file,
              { id: fileIdOf(story), size: story.size, mtimeMs: story.mtimeMs },
            ] as const,
        ),
        ...segment.skipped.map(
          (skipped) =>
            [
              skipped.file,
              { id: skipped.id, size: skipped.size, mtimeMs: skipped.mtimeMs },
            ] as const,
        ),
      ]),
    }));
  }

  /** True when every segment's file is in the cache (so a manifest of them is true). */
  allCached(): boolean {
    for (const segment of this.#segments.values()) if (!segment.cached) return false;
    return true;
  }

  manifestSegments(): ManifestSegment[] {
    return [...this.#segments.values()].map((segment) => ({
      id: segment.segmentId,
      checksum: segment.checksum,
      bytes: segment.bytes,
      stories: segment.stories.length,
      firstFile: segment.firstFile,
    }));
  }

  skippedFiles(): SkippedFile[] {
    const skipped: SkippedFile[] = [];
    for (const segment of this.#segments.values()) {
      for (const record of segment.skipped)
        skipped.push({ file: record.file, reason: record.reason });
    }
    return skipped;
  }

  /** Every story, in no particular order. */
  *stories(): IterableIterator<StoryLocation> {
    yield* this.#byId.values();
  }

  /**
   * The other saves of the same story, sorted by id: stories with the same normalised title
   * and date (findDuplicateGroups' rule) or the same text key (the same words saved in
   * another format), and the saves those share a key with in turn.
   */
  duplicatesOf(id: string): string[] {
    const key = this.#groups().keys.get(id);
    if (key === undefined) return [];
    return (this.#groups().members.get(key) ?? []).filter((other) => other !== id);
  }

  /** The duplicate group's key (its lowest id), or the id itself for a story saved once. */
  groupKey(id: string): string {
    return this.#groups().keys.get(id) ?? id;
  }

  /** The duplicate group's key, or undefined for a story saved once. */
  duplicateGroupKey(id: string): string | undefined {
    return this.#groups().keys.get(id);
  }

  /**
   * The groups of stories saved more than once, made when first asked after a change (a
   * union of the title-and-date and the text groups), with each group's key, its members in
   * id order, and how many further saves there are. A search folds every hit by its key, and
   * one lookup in this small map is much cheaper than two in the catalogue's big ones.
   */
  #groups(): { keys: Map<string, string>; members: Map<string, string[]>; saves: number } {
    if (this.#groupCache) return this.#groupCache;
    const parent = new Map<string, string>();
    const find = (id: string): string => {
      let root = id;
      while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
      let at = id;
      while (at !== root) {
        const next = parent.get(at)!;
        parent.set(at, root);
        at = next;
      }
      return root;
    };
    for (const map of [this.#byDuplicateKey, this.#byTextKey]) {
      for (const group of map.values()) {
        if (group.length < 2) continue;
        for (const id of group) if (!parent.has(id)) parent.set(id, id);
        const first = find(group[0]!);
        for (const id of group.slice(1)) {
          const root = find(id);
          if (root !== first) parent.set(root, first);
        }
      }
    }
    const members = new Map<string, string[]>();
    for (const id of parent.keys()) {
      const root = find(id);
      const list = members.get(root) ?? [];
      list.push(id);
      members.set(root, list);
    }
    const keys = new Map<string, string>();
    const byLowest = new Map<string, string[]>();
    let saves = 0;
    for (const list of members.values()) {
      list.sort(compareIds);
      const lowest = list[0]!;
      byLowest.set(lowest, list);
      for (const id of list) keys.set(id, lowest);
      saves += list.length - 1;
    }
    this.#groupCache = { keys, members: byLowest, saves };
    return this.#groupCache;
  }
}

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  const group = map.get(key);
  if (group) group.push(id);
  else map.set(key, [id]);
}

function removeFrom(map: Map<string, string[]>, key: string, id: string): void {
  const group = map.get(key);
  const at = group?.indexOf(id) ?? -1;
  if (group && at >= 0) group.splice(at, 1);
  if (group?.length === 0) map.delete(key);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function firstFileOf(stories: readonly StoryRecord[], skipped: readonly SkippedRecord[]): string {
  const files = [...stories.map((story) => story.file), ...skipped.map((record) => record.file)];
  return files.reduce((first, file) => (first === '' || file < first ? file : first), '');
}
