/**
 * Related stories on generated archives with topic labels (20,000 stories, and 50,000 unless
 * RELATED_BENCH_SIZES says otherwise): index build time, `related()` latency, precision@5 of
 * `similar` against the generator's topic labels next to three baselines computed in the same
 * run (brute-force cosine over full tf-idf vectors, a lunr query of the title's words, a lunr
 * OR query of the story's 15 top tf-idf terms), storyline quality, and how often linked
 * headlines resolve, checked against the generator's own record of what each headline names.
 *
 *   npm run bench -- related
 *   RELATED_BENCH_SIZES=20000 npm run bench -- related
 */
import lunr from 'lunr';
import { basename } from 'node:path';
import { readFile } from 'node:fs/promises';
import { planArchive } from '../../tools/generate/archive-plan';
import { createLinkGraph } from '../../main/core/related/link-graph';
import type { RelatedDoc } from '../../main/core/related/related-index';
import { dayNumber } from '../../main/core/related/day-number';
import {
  createRelatedIndex,
  similarStories,
  SIMILARITY_DEFAULTS,
} from '../../main/core/related/related-index';
import { createSimilarityIndex } from '../../main/core/related/similarity-index';
import { storyTermVector } from '../../main/core/related/term-vector';
import type { TermVector } from '../../main/core/related/term-vector';
import { packTermVectors } from '../../main/core/related/packed-term-vector';
import { TermDictionary } from '../../main/core/related/term-dictionary';
import { indexTerm } from '../../main/core/search/index-term';
import { forEachWord } from '../../main/core/search/text-tokens';
import { scanArchive } from '../../main/core/story/scan-archive';
import { normaliseTitle } from '../../main/core/story/normalise-title';
import type { Summary } from './bench-kit';
import { ensureGeneratedArchive, round, since, summarize, writeResults } from './bench-kit';

const SIZES = (process.env.RELATED_BENCH_SIZES ?? '20000,50000').split(',').map(Number);
const SAMPLES = 400;
/** The lunr baselines index every story's title and body: done at this size only. */
const LUNR_MAX_STORIES = 20_000;

interface Corpus {
  stories: number;
  dir: string;
  docs: RelatedDoc[];
  files: string[];
  labels: (string | null)[];
  vectorMs: number[];
  scanMs: number;
  /** Each story's term vector as the workers send it (strings), for the "fresh" rebuilds. */
  vectors: TermVector[];
}

/** Scans the archive keeping only what the related index is built from (a lean heap). */
async function loadCorpus(stories: number): Promise<Corpus> {
  const { dir, labelsFile } = await ensureGeneratedArchive(stories);
  const labelOf = JSON.parse(await readFile(labelsFile, 'utf8')) as Record<string, string>;
  const collected: { file: string; doc: RelatedDoc; vector: TermVector; ms: number }[] = [];
  // Terms ranked by count alone (no segment rarities here): `npm run eval` measures quality
  // with vectors made exactly as the index workers make them.
  const dictionary = new TermDictionary();
  const started = performance.now();
  await scanArchive(dir, {
    onStory(story) {
      const t = performance.now();
      const vector = storyTermVector(story);
      const ms = since(t);
      collected.push({
        file: story.file,
        ms,
        vector,
        doc: {
          id: story.id,
          title: story.title,
          date: story.date,
          section: story.section,
          headlines: story.related.headlines,
          vector: packTermVectors([vector], dictionary)[0]!,
        },
      });
    },
  });
  const scanMs = since(started);
  collected.sort((a, b) => (a.file < b.file ? -1 : 1));
  return {
    stories,
    dir,
    docs: collected.map((entry) => entry.doc),
    files: collected.map((entry) => entry.file),
    labels: collected.map((entry) => labelOf[entry.file] ?? null),
    vectorMs: collected.map((entry) => entry.ms),
    vectors: collected.map((entry) => entry.vector),
    scanMs,
  };
}

/** Every story's text (title, dateline, captions, body), in the corpus's order, for baselines. */
async function loadBodies(corpus: Corpus): Promise<string[]> {
  const bodies = new Map<string, string>();
  await scanArchive(corpus.dir, {
    onStory(story) {
      bodies.set(
        story.file,
        [story.title, story.dateline ?? '', ...story.captions, ...story.paragraphs].join('\n'),
      );
    },
  });
  return corpus.files.map((file) => bodies.get(file) ?? '');
}

/** Full tf-idf vectors (every term, not the stored term vectors) for the brute-force baseline. */
function fullVectors(bodies: readonly string[]) {
  const ids = new Map<string, number>();
  const docs = bodies.map((body) => {
    const counts = new Map<number, number>();
    forEachWord(body, (word) => {
      const term = indexTerm(word);
      if (term === null || term.length < 2 || !/\p{L}/u.test(term)) return;
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = ids.size));
      counts.set(id, (counts.get(id) ?? 0) + 1);
    });
    return counts;
  });
  const df = new Int32Array(ids.size);
  for (const counts of docs) for (const id of counts.keys()) df[id]! += 1;
  const n = docs.length;
  const vectors = docs.map((counts) => {
    const terms = Int32Array.from(counts.keys());
    const weights = Float32Array.from(
      terms,
      (t) => (1 + Math.log(counts.get(t)!)) * Math.log((n + 1) / df[t]!),
    );
    const norm = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / norm;
    return { terms, weights };
  });
  const termOf = [...ids.keys()];
  const dense = new Float32Array(ids.size);
  return {
    /** Top `k` by cosine against every story (brute force). */
    top(doc: number, k: number, skip: (other: number) => boolean): number[] {
      const query = vectors[doc]!;
      for (let i = 0; i < query.terms.length; i++) dense[query.terms[i]!] = query.weights[i]!;
      const scores: [number, number][] = [];
      for (let other = 0; other < n; other++) {
        if (other === doc || skip(other)) continue;
        const { terms, weights } = vectors[other]!;
        let dot = 0;
        for (let i = 0; i < terms.length; i++) dot += dense[terms[i]!]! * weights[i]!;
        if (dot > 0) scores.push([dot, other]);
      }
      for (let i = 0; i < query.terms.length; i++) dense[query.terms[i]!] = 0;
      scores.sort((a, b) => b[0] - a[0]);
      return scores.slice(0, k).map((entry) => entry[1]);
    },
    /** The story's `k` highest-weighted terms. */
    topTerms(doc: number, k: number): string[] {
      const { terms, weights } = vectors[doc]!;
      return [...terms.keys()]
        .sort((a, b) => weights[b]! - weights[a]!)
        .slice(0, k)
        .map((i) => termOf[terms[i]!]!);
    },
  };
}

function lunrBaseline(corpus: Corpus, bodies: readonly string[]) {
  const index = lunr(function build() {
    this.ref('doc');
    this.field('title', { boost: 3 });
    this.field('body');
    corpus.docs.forEach((doc, i) =>
      this.add({ doc: String(i), title: doc.title, body: bodies[i] }),
    );
  });
  const clean = (word: string): string => word.replace(/[:^~*+\-\\]/g, '').toLowerCase();
  return (words: string[], k: number, skip: (other: number) => boolean): number[] => {
    const query = words
      .map(clean)
      .filter((word) => word.length > 1)
      .join(' ');
    if (query === '') return [];
    const hits: number[] = [];
    for (const hit of index.search(query)) {
      const other = Number(hit.ref);
      if (skip(other)) continue;
      hits.push(other);
      if (hits.length === k) break;
    }
    return hits;
  };
}

interface MethodResult {
  precisionAt5: number;
  latencyMs: Summary;
}

async function benchSize(stories: number) {
  const corpus = await loadCorpus(stories);
  const { docs, labels } = corpus;
  const n = docs.length;
  console.log(`\n${n} stories scanned in ${round(corpus.scanMs / 1000, 1)} s`);

  // Build: cold (first in this process), again from the same objects (what a live update costs
  // when the caller keeps its RelatedDoc objects), and from fresh copies (docs parsed again from
  // JSON and their vectors packed, as when every segment is fetched anew from the workers). Wall and CPU time (CPU is less
  // affected by other processes on a busy machine); a GC first, so each build pays its own.
  const gc = (globalThis as { gc?: () => void }).gc;
  const timeBuild = (input: () => readonly RelatedDoc[]) => {
    gc?.();
    const cpu = process.cpuUsage();
    const t = performance.now();
    const built = createRelatedIndex(input());
    const wall = since(t);
    const used = process.cpuUsage(cpu);
    return { built, wall, cpu: (used.user + used.system) / 1000 };
  };
  const memory = (): number => {
    gc?.();
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  };
  const before = memory();
  const cold = timeBuild(() => docs);
  const index = cold.built;
  const indexMb = round((memory() - before) / 2 ** 20, 1);
  const rebuildSame = { wall: [] as number[], cpu: [] as number[] };
  const rebuildFresh = { wall: [] as number[], cpu: [] as number[] };
  // As main receives a segment's records: JSON with string vectors, packed on arrival.
  const docsJson = JSON.stringify(docs.map((doc, at) => ({ ...doc, vector: corpus.vectors[at] })));
  const freshDocs = (): RelatedDoc[] => {
    const parsed = JSON.parse(docsJson) as (Omit<RelatedDoc, 'vector'> & { vector: TermVector })[];
    const packed = packTermVectors(
      parsed.map((doc) => doc.vector),
      new TermDictionary(),
    );
    return parsed.map((doc, at) => ({ ...doc, vector: packed[at]! }));
  };
  for (let run = 0; run < 5; run++) {
    const same = timeBuild(() => docs);
    rebuildSame.wall.push(same.wall);
    rebuildSame.cpu.push(same.cpu);
    const fresh = timeBuild(freshDocs);
    rebuildFresh.wall.push(fresh.wall);
    rebuildFresh.cpu.push(fresh.cpu);
  }

  // The index's parts, for the similarity-only measurements and the resolution check.
  const indexOf = new Map(docs.map((doc, i) => [doc.id, i]));
  const days = docs.map((doc) => dayNumber(doc.date));
  const links = createLinkGraph(docs, days);
  const similarity = createSimilarityIndex(
    docs.map((doc) => doc.vector),
    days,
    SIMILARITY_DEFAULTS,
  );
  const plainSimilarity = createSimilarityIndex(
    docs.map((doc) => doc.vector),
    docs.map(() => null),
  );
  const sameStory = (doc: number) => new Set(links.groupOf(doc));

  const step = Math.max(1, Math.floor(n / SAMPLES));
  const sample: number[] = [];
  for (let doc = 0; doc < n && sample.length < SAMPLES; doc += step)
    if (labels[doc]) sample.push(doc);
  const topicSize = new Map<string, number>();
  for (const label of labels) if (label) topicSize.set(label, (topicSize.get(label) ?? 0) + 1);

  const hitsOf = (doc: number, found: readonly number[]): number =>
    found.slice(0, 5).filter((other) => labels[other] === labels[doc]).length;
  const measure = (
    run: (doc: number, skip: (other: number) => boolean) => number[],
  ): MethodResult => {
    let hits = 0;
    const times: number[] = [];
    for (const doc of sample) {
      const excluded = sameStory(doc);
      const t = performance.now();
      const found = run(doc, (other) => excluded.has(other));
      times.push(since(t));
      hits += hitsOf(doc, found);
    }
    return { precisionAt5: round(hits / (5 * sample.length), 3), latencyMs: summarize(times) };
  };

  const ceiling = round(
    sample.reduce(
      (sum, doc) => sum + Math.min(5, topicSize.get(labels[doc]!)! - sameStory(doc).size) / 5,
      0,
    ) / sample.length,
    3,
  );
  const methods: Record<string, MethodResult> = {};
  methods['similarity (ours: inverted index, stored term vectors, date nudge)'] = measure(
    (doc, skip) => similarity.similarTo(doc, 5, skip).map((hit) => hit.doc),
  );
  methods['similarity without date nudge'] = measure((doc, skip) =>
    plainSimilarity.similarTo(doc, 5, skip).map((hit) => hit.doc),
  );
  methods['brute-force cosine, stored term vectors'] = measure((doc, skip) => {
    const scored: [number, number][] = [];
    for (let other = 0; other < n; other++) {
      if (other !== doc && !skip(other)) scored.push([plainSimilarity.cosine(doc, other), other]);
    }
    return scored
      .sort((a, b) => b[0] - a[0])
      .slice(0, 5)
      .map((entry) => entry[1]);
  });
  // related() as the app calls it: latency, and the precision of its `similar` (which leaves out
  // what the story already links), storyline quality.
  const relatedTimes: number[] = [];
  let similarHits = 0;
  let similarCount = 0;
  let storylinePrecision = 0;
  let storylineRecall = 0;
  let storylineSize = 0;
  /** Stories shown a storyline (a storyline of one story is not shown: precision over these). */
  let storylines = 0;
  for (const doc of sample) {
    const t = performance.now();
    const answer = index.related(docs[doc]!.id);
    relatedTimes.push(since(t));
    const similar = answer.similar.slice(0, 5).map((story) => indexOf.get(story.id)!);
    similarHits += hitsOf(doc, similar);
    similarCount += 5;
    const line = answer.storyline.map((entry) => indexOf.get(entry.id)!);
    const same = line.filter((other) => labels[other] === labels[doc]).length;
    if (line.length > 0) {
      storylines += 1;
      storylinePrecision += same / line.length;
    }
    storylineRecall += same / Math.min(30, topicSize.get(labels[doc]!)!);
    storylineSize += line.length;
  }
  const similarOnly: number[] = [];
  for (const doc of sample) {
    const t = performance.now();
    similarStories(doc, links, similarity, 8);
    similarOnly.push(since(t));
  }
  let t = performance.now();
  const missing = index.missing();
  const missingMs = since(t);

  // Linked headlines against the generator's record of what each one names.
  t = performance.now();
  const plan = planArchive({ stories, seed: 1 });
  const planMs = since(t);
  const planned = new Map(plan.files.map((file) => [basename(file.file, '.txt'), file]));
  const resolution = {
    present: 0,
    presentResolved: 0,
    presentToSameTitle: 0,
    absent: 0,
    absentResolved: 0,
  };
  for (let doc = 0; doc < n; doc++) {
    const truth = planned.get(docs[doc]!.id);
    if (!truth) continue;
    const linked = links.linked(doc);
    truth.related.forEach((headline, h) => {
      const got = linked[h]?.id ?? null;
      if (headline.file === null) {
        resolution.absent += 1;
        if (got !== null) resolution.absentResolved += 1;
        return;
      }
      resolution.present += 1;
      const expected = basename(headline.file, '.txt');
      const expectedDoc = indexOf.get(expected);
      const sameGroup =
        expectedDoc !== undefined &&
        got !== null &&
        links.groupOf(expectedDoc).includes(indexOf.get(got)!);
      if (got === expected || sameGroup) resolution.presentResolved += 1;
      else if (
        got !== null &&
        normaliseTitle(docs[indexOf.get(got)!]!.title) === normaliseTitle(headline.text)
      )
        resolution.presentToSameTitle += 1;
    });
  }

  // Baselines, on every story's full text (read again now: the builds above ran on a lean heap).
  const bodies = await loadBodies(corpus);
  const full = fullVectors(bodies);
  methods['baseline: brute-force cosine, full tf-idf'] = measure((doc, skip) =>
    full.top(doc, 5, skip),
  );
  if (n <= LUNR_MAX_STORIES) {
    const t = performance.now();
    const query = lunrBaseline(corpus, bodies);
    console.log(`lunr baseline index built in ${round(since(t) / 1000, 1)} s`);
    methods['baseline: lunr query of title words'] = measure((doc, skip) =>
      query(docs[doc]!.title.split(/\s+/), 5, (other) => other === doc || skip(other)),
    );
    methods['baseline: lunr OR query of 15 top tf-idf terms'] = measure((doc, skip) =>
      query(full.topTerms(doc, 15), 5, (other) => other === doc || skip(other)),
    );
  }

  const results = {
    stories: n,
    topics: topicSize.size,
    sampled: sample.length,
    precisionCeiling: ceiling,
    termVectorMsPerStory: summarize(corpus.vectorMs),
    build: {
      coldMs: round(cold.wall),
      coldCpuMs: round(cold.cpu),
      indexMemoryMb: indexMb,
      rebuildSameDocsMs: summarize(rebuildSame.wall),
      rebuildSameDocsCpuMs: summarize(rebuildSame.cpu),
      rebuildFreshDocsMs: summarize(rebuildFresh.wall),
      rebuildFreshDocsCpuMs: summarize(rebuildFresh.cpu),
    },
    methods,
    related: {
      latencyMs: summarize(relatedTimes),
      similarOnlyMs: summarize(similarOnly),
      similarPrecisionAt5: round(similarHits / similarCount, 3),
      storyline: {
        precision: round(storylinePrecision / Math.max(1, storylines), 3),
        shown: round(storylines / sample.length, 3),
        recall: round(storylineRecall / sample.length, 3),
        meanSize: round(storylineSize / sample.length, 1),
      },
    },
    missing: { headlines: missing.length, ms: round(missingMs), top: missing.slice(0, 3) },
    resolution: {
      ...resolution,
      presentRate: round(resolution.presentResolved / Math.max(1, resolution.present), 4),
      absentWronglyResolved: resolution.absentResolved,
      linkGraph: links.resolution,
      planMs: round(planMs),
    },
  };

  console.log(`topics ${results.topics}, sampled ${sample.length}, precision ceiling ${ceiling}`);
  console.log(
    `term vector: p50 ${results.termVectorMsPerStory.p50} ms, p95 ${results.termVectorMsPerStory.p95} ms per story`,
  );
  console.log(
    `build: cold ${results.build.coldMs} ms (cpu ${results.build.coldCpuMs} ms, memory +${indexMb} MB); rebuild from the same docs p50 ${results.build.rebuildSameDocsMs.p50} ms (cpu ${results.build.rebuildSameDocsCpuMs.p50}); from fresh copies p50 ${results.build.rebuildFreshDocsMs.p50} ms (cpu ${results.build.rebuildFreshDocsCpuMs.p50})`,
  );
  console.log(
    `\n${'method'.padEnd(62)} ${'p@5'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}`,
  );
  for (const [name, result] of Object.entries(methods)) {
    console.log(
      `${name.padEnd(62)} ${result.precisionAt5.toFixed(3).padStart(6)} ${String(result.latencyMs.p50).padStart(8)} ${String(result.latencyMs.p95).padStart(8)}`,
    );
  }
  console.log(
    `\nrelated(): p50 ${results.related.latencyMs.p50} ms, p95 ${results.related.latencyMs.p95} ms; similar alone p95 ${results.related.similarOnlyMs.p95} ms; similar p@5 (linked left out) ${results.related.similarPrecisionAt5}`,
  );
  console.log(
    `storyline (shown for ${results.related.storyline.shown} of stories): precision ${results.related.storyline.precision}, recall ${results.related.storyline.recall}, mean size ${results.related.storyline.meanSize}`,
  );
  console.log(
    `linked: ${resolution.presentResolved}/${resolution.present} present headlines resolved to their story (${results.resolution.presentRate}), ${resolution.presentToSameTitle} to another story of the same title; ${resolution.absentResolved}/${resolution.absent} absent headlines resolved`,
  );
  console.log(`missing(): ${missing.length} headlines in ${round(missingMs)} ms`);
  return results;
}

async function main(): Promise<void> {
  const results = [];
  for (const size of SIZES) results.push(await benchSize(size));
  console.log(`\nwrote ${await writeResults('related', results)}`);
}

void main();
