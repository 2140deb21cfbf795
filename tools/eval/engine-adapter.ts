/**
 * engine-adapter: the ONE place the evaluation calls the Clippings engine. Everything else in
 * tools/eval speaks the small interface below, so when the engine's files or functions move,
 * only this file is re-pointed.
 *
 * Two ways in, over the same archive folder:
 *  - the app's own service (openArchive: index in worker threads, a fresh cache folder in the
 *    OS temp folder, removed on close) for search and for related() as the reader shows it;
 *  - the related engine's parts built directly from the parsed stories (term vectors →
 *    similarity index with the date nudge OFF) for the similarity RANKING itself, since the
 *    app's related().similar also leaves out what the story's related block links and nudges
 *    by date, which would not be a like-for-like comparison with the baselines.
 *
 * The archive is parsed once here (scanArchive); the parsed stories are handed out as plain
 * EvalStory records for building queries and baselines. Both ways see the same files.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SearchResponse, Story } from '../../main/core/model';
import { dayNumber } from '../../main/core/related/day-number';
import { createSimilarityIndex } from '../../main/core/related/similarity-index';
import { SIMILARITY_DEFAULTS } from '../../main/core/related/related-index';
import { packTermVectors } from '../../main/core/related/packed-term-vector';
import { TermDictionary } from '../../main/core/related/term-dictionary';
import { storyTermVector, TERM_VECTOR_SIZE } from '../../main/core/related/term-vector';
import type { TermVector } from '../../main/core/related/term-vector';
import { SEGMENT_STORIES } from '../../main/core/index/segment-plan';
import { segmentRarity } from '../../main/core/index/segment-rarity';
import { buildSegmentIndex } from '../../main/core/search/segment-index';
import { indexedTextOf } from '../../main/core/search/index-fields';
import { openArchive } from '../../main/core/service/open-archive';
import { scanArchive } from '../../main/core/story/scan-archive';

/** A parsed story, as the evaluation needs it. */
export interface EvalStory {
  /** The engine's id: the file stem. */
  id: string;
  /** Path relative to the archive root, `/` separators. */
  file: string;
  title: string;
  date: string | null;
  section: string;
  /** Body paragraphs (dateline prefix removed, as the parser gives them). */
  paragraphs: string[];
  /** Everything indexed besides the title: dateline, captions, paragraphs, one per line. */
  body: string;
}

export interface EngineHit {
  id: string;
  /** Other saves of the same story folded into this hit. */
  duplicates: string[];
}

export interface EngineSearchAnswer {
  total: number;
  hits: EngineHit[];
}

export interface EngineRelatedAnswer {
  /** related().similar: what the reader shows (date nudge on, linked stories left out). */
  similar: string[];
  /** related().storyline, the story itself included. */
  storyline: string[];
  linked: { headline: string; id: string | null }[];
}

export interface EngineUnderTest {
  /** The archive's stories in file order (the order every index in the evaluation uses). */
  readonly stories: readonly EvalStory[];
  /** Files the engine's scanner did not read as stories, with its reason. */
  readonly skipped: readonly { file: string; reason: string }[];
  /** The engine's duplicate saves (same normalised title and date): groups of 2+ ids. */
  readonly duplicateGroups: readonly (readonly string[])[];
  readonly timings: { scanMs: number; openMs: number; similarityBuildMs: number };
  /** The app's search, as a user types it (relevance order). Throws for a query it refuses. */
  search(query: string, limit: number): Promise<EngineSearchAnswer>;
  /**
   * The similarity ranking itself: cosine over the engine's term vectors, date nudge off, no
   * link exclusion; never the story itself nor any id `exclude` rejects.
   */
  similar(id: string, limit: number, exclude?: (id: string) => boolean): string[];
  /**
   * The similar stories as the app scores them (its date nudge on) before any floor, with
   * their scores: what a similarity floor is chosen on (similar-floors.ts).
   */
  scoredAsShown(
    id: string,
    limit: number,
    exclude?: (id: string) => boolean,
  ): { id: string; score: number }[];
  /** The app's related() for the story. */
  related(id: string): Promise<EngineRelatedAnswer>;
  close(): Promise<void>;
}

export async function openEngineUnderTest(archiveDir: string): Promise<EngineUnderTest> {
  const cacheDir = await mkdtemp(join(tmpdir(), 'clippings-eval-'));
  const archive = openArchive(archiveDir, { cacheDir, watch: false });
  try {
    // Parsing for the evaluation and indexing by the app run side by side.
    let started = performance.now();
    let scanMs = 0;
    const scanned = scanArchive(archiveDir).then((result) => {
      scanMs = performance.now() - started;
      return result;
    });
    const [{ stories: parsed, skipped }] = await Promise.all([scanned, archive.ready]);
    const openMs = performance.now() - started;

    started = performance.now();
    const days = parsed.map((story) => dayNumber(story.date));
    const vectors = packTermVectors(termVectorsAsIndexed(parsed), new TermDictionary());
    const similarity = createSimilarityIndex(vectors, days, {
      dateProximity: undefined,
    });
    const asShown = createSimilarityIndex(vectors, days, SIMILARITY_DEFAULTS);
    const similarityBuildMs = performance.now() - started;
    const duplicateGroups = await foldedSaves(archive, parsed.length);

    const stories = parsed.map(toEvalStory);
    const indexOf = new Map(stories.map((story, index) => [story.id, index]));
    const idAt = (index: number): string => stories[index]!.id;

    // The first related() builds the app's related index, the first search warms the workers:
    // neither belongs in the per-call latencies.
    if (stories.length > 0) await archive.related({ id: idAt(0) });
    await archive.search({ query: 'warm', limit: 1 }).catch(() => undefined);

    return {
      stories,
      skipped,
      duplicateGroups,
      timings: { scanMs, openMs, similarityBuildMs },
      async search(query, limit) {
        const answer = await archive.search({ query, limit });
        return {
          total: answer.total,
          hits: answer.hits.map((hit) => ({ id: hit.id, duplicates: hit.duplicates })),
        };
      },
      similar(id, limit, exclude) {
        const doc = indexOf.get(id);
        if (doc === undefined) return [];
        const skip = exclude ? (other: number) => exclude(idAt(other)) : undefined;
        return similarity.similarTo(doc, limit, skip).map((hit) => idAt(hit.doc));
      },
      scoredAsShown(id, limit, exclude) {
        const doc = indexOf.get(id);
        if (doc === undefined) return [];
        const skip = exclude ? (other: number) => exclude(idAt(other)) : undefined;
        return asShown
          .similarTo(doc, limit, skip)
          .map((hit) => ({ id: idAt(hit.doc), score: hit.score }));
      },
      async related(id) {
        const answer = await archive.related({ id });
        return {
          similar: answer.similar.map((story) => story.id),
          storyline: answer.storyline.map((entry) => entry.id),
          linked: answer.linked.map(({ headline, id: linkedId }) => ({ headline, id: linkedId })),
        };
      },
      async close() {
        await archive.close();
        await rm(cacheDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await archive.close().catch(() => undefined);
    await rm(cacheDir, { recursive: true, force: true });
    throw error;
  }
}

function toEvalStory(story: Story): EvalStory {
  return {
    id: story.id,
    file: story.file,
    title: story.title,
    date: story.date,
    section: story.section,
    paragraphs: story.paragraphs,
    body: [story.dateline ?? '', ...story.captions, ...story.paragraphs]
      .filter((part) => part !== '')
      .join('\n'),
  };
}

/**
 * Each story's term vector as the index workers make it: within segments of SEGMENT_STORIES
 * stories in file order, each ranking its stories' terms by the segment's own rarities.
 */
function termVectorsAsIndexed(stories: readonly Story[]): TermVector[] {
  const order = stories
    .map((story, at) => ({ story, at }))
    .sort((a, b) => (a.story.file < b.story.file ? -1 : a.story.file > b.story.file ? 1 : 0));
  const vectors: TermVector[] = new Array(stories.length);
  for (let start = 0; start < order.length; start += SEGMENT_STORIES) {
    const part = order.slice(start, start + SEGMENT_STORIES);
    const rarity = segmentRarity(buildSegmentIndex(part.map(({ story }) => indexedTextOf(story))));
    for (const { story, at } of part)
      vectors[at] = storyTermVector(story, TERM_VECTOR_SIZE, rarity);
  }
  return vectors;
}

/**
 * The engine's duplicate groups (same title and date, or the same opening words: text-key.ts),
 * read from a browse of every story: a hit stands for its group, `duplicates` are the rest.
 * The eval counts a hit as finding any story of its group, as the list shows them.
 */
export async function foldedSaves(
  archive: { browse(request: { limit: number; offset: number }): Promise<SearchResponse> },
  stories: number,
): Promise<string[][]> {
  const groups: string[][] = [];
  const page = 1000;
  for (let offset = 0; offset < stories; offset += page) {
    const answer = await archive.browse({ limit: page, offset });
    for (const hit of answer.hits) {
      if (hit.duplicates.length > 0) groups.push([hit.id, ...hit.duplicates]);
    }
    if (answer.hits.length < page) break;
  }
  return groups;
}
