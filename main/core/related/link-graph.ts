/**
 * LinkGraph: the archive's own "see also" graph, from the related blocks. Each story's
 * headlines are resolved to stories of this archive by normalised title (title-index.ts, the
 * stories module's rules: nearest in date wins when several stories share a title); from that,
 * who cites whom, which saves are duplicates of each other, and which headlines the archive
 * lacks (the archivist's list of what to save next).
 *
 * Duplicate saves count as one story throughout: a duplicate is never an "alternative" of a
 * link, appears once in cited-by, and two saves citing a missing headline are one citation.
 */
import type { LinkedHeadline, MissingHeadline } from '../model/related';
import type { TitleIndex } from './title-index';
import { createTitleIndex, titleKey } from './title-index';

export interface LinkSource {
  id: string;
  title: string;
  date: string | null;
  headlines: readonly string[];
}

export interface LinkGraph {
  /** The story's related headlines in order, resolved. */
  linked(doc: number): LinkedHeadline[];
  /** Documents the story's headlines resolve to (no repeats, never itself). */
  linksOf(doc: number): readonly number[];
  /** Documents whose related block names this story, one per duplicate group. */
  citedBy(doc: number): readonly number[];
  /** The story's duplicate group (itself included), sorted by id; length 1 when none. */
  groupOf(doc: number): readonly number[];
  /**
   * Other stories under the same headline within `days` of this one, its duplicate saves left
   * out: a running story's updates, a forum thread's replies.
   */
  sameHeadline(doc: number, days: number): readonly number[];
  /** The story's date as a day number (days since 1970), or null. */
  day(doc: number): number | null;
  /** Headlines no story of the archive has, most cited first. */
  missing(): readonly MissingHeadline[];
  /** The documents citing each of `missing()`'s headlines, in the same order (one per duplicate group). */
  missingCiters(): readonly (readonly number[])[];
  /** How many related headlines resolved, and how many were looked up in all. */
  readonly resolution: { resolved: number; total: number };
}

/**
 * @param days each story's date as a day number (days since 1970), or null
 */
export function createLinkGraph(
  docs: readonly LinkSource[],
  days: readonly (number | null)[],
): LinkGraph {
  const titles = createTitleIndex(docs, days);
  const groups = new DuplicateGroups(titles.duplicateGroups());
  const groupOf = (doc: number): readonly number[] => groups.of(doc);
  const missing = new MissingTallies();
  const headlines = resolveHeadlines(docs, days, titles, groups, missing);
  const { headlineStart, target, alternatives } = headlines;
  const rows = linkRows(headlines);
  let missingList: { headline: MissingHeadline; citers: number[] }[] | null = null;

  return {
    day: (doc) => days[doc] ?? null,
    sameHeadline(doc, window) {
      const own = groupOf(doc);
      const day = days[doc];
      return titles.sameTitle(doc).filter((other) => {
        if (own.includes(other)) return false;
        const otherDay = days[other];
        return day != null && otherDay != null && Math.abs(day - otherDay) <= window;
      });
    },
    resolution: { resolved: headlines.resolved, total: target.length },
    linked(doc) {
      const base = headlineStart[doc]!;
      return docs[doc]!.headlines.map((headline, h) => {
        const found = target[base + h]!;
        return {
          headline,
          id: found < 0 ? null : docs[found]!.id,
          alternatives: alternatives.get(base + h) ?? [],
        };
      });
    },
    linksOf: (doc) =>
      Array.from(rows.links.subarray(rows.linkStart[doc]!, rows.linkStart[doc + 1]!)),
    citedBy: (doc) => citedBy(rows, groups, doc),
    groupOf,
    missing() {
      missingList ??= missing.list();
      return missingList.map((entry) => entry.headline);
    },
    missingCiters() {
      missingList ??= missing.list();
      return missingList.map((entry) => entry.citers);
    },
  };
}

/** Duplicate groups; a story outside any group is its own group of one (made on demand). */
class DuplicateGroups {
  private readonly groups = new Map<number, readonly number[]>();

  constructor(duplicateGroups: Iterable<readonly number[]>) {
    for (const members of duplicateGroups) {
      for (const member of members) this.groups.set(member, members);
    }
  }

  of(doc: number): readonly number[] {
    return this.groups.get(doc) ?? [doc];
  }

  /** The group's first member: what stands for the whole group. */
  representative(doc: number): number {
    return this.groups.get(doc)?.[0] ?? doc;
  }
}

/** Every headline resolved once, in flat arrays (headlineStart[doc] … headlineStart[doc + 1]). */
interface ResolvedHeadlines {
  headlineStart: Int32Array;
  /** The document each headline resolves to, or -1. */
  target: Int32Array;
  /** Other stories a headline could name (ids, other than the target's duplicates), by slot. */
  alternatives: Map<number, string[]>;
  /** Each story's distinct links to other stories, and the links to it. */
  linkCount: Int32Array;
  citedCount: Int32Array;
  resolved: number;
}

/** Resolves every story's headlines; those no story has are tallied in `missing`. */
function resolveHeadlines(
  docs: readonly LinkSource[],
  days: readonly (number | null)[],
  titles: TitleIndex,
  groups: DuplicateGroups,
  missing: MissingTallies,
): ResolvedHeadlines {
  const size = docs.length;
  const headlineStart = new Int32Array(size + 1);
  for (let doc = 0; doc < size; doc++) {
    headlineStart[doc + 1] = headlineStart[doc]! + docs[doc]!.headlines.length;
  }
  const result: ResolvedHeadlines = {
    headlineStart,
    target: new Int32Array(headlineStart[size]!).fill(-1),
    alternatives: new Map(),
    linkCount: new Int32Array(size),
    citedCount: new Int32Array(size),
    resolved: 0,
  };
  const { target, alternatives, linkCount, citedCount } = result;
  for (let doc = 0; doc < size; doc++) {
    const { headlines, date } = docs[doc]!;
    const base = headlineStart[doc]!;
    for (let h = 0; h < headlines.length; h++) {
      const headline = headlines[h]!;
      const match = titles.resolve(headline, days[doc] ?? null);
      if (match === null) {
        missing.add(headline, date, groups.representative(doc));
        continue;
      }
      const found = match.doc;
      result.resolved += 1;
      target[base + h] = found;
      if (match.alternatives.length > 0) {
        const sameStory = groups.of(found);
        const others = match.alternatives.filter((other) => !sameStory.includes(other));
        if (others.length > 0)
          alternatives.set(
            base + h,
            others.map((other) => docs[other]!.id),
          );
      }
      if (found !== doc && firstLink(target, base, h, found)) {
        linkCount[doc]! += 1;
        citedCount[found]! += 1;
      }
    }
  }
  return result;
}

/** Links and citations in compressed rows: linkStart[doc] … linkStart[doc + 1]. */
interface LinkRows {
  linkStart: Int32Array;
  links: Int32Array;
  citedStart: Int32Array;
  citing: Int32Array;
}

function linkRows({ headlineStart, target, linkCount, citedCount }: ResolvedHeadlines): LinkRows {
  const size = linkCount.length;
  const linkStart = prefixSums(linkCount);
  const links = new Int32Array(linkStart[size]!);
  const citedStart = prefixSums(citedCount);
  const citing = new Int32Array(citedStart[size]!);
  const citingFill = citedStart.slice(0, size);
  for (let doc = 0, at = 0; doc < size; doc++) {
    const base = headlineStart[doc]!;
    const count = headlineStart[doc + 1]! - base;
    for (let h = 0; h < count; h++) {
      const found = target[base + h]!;
      if (found < 0 || found === doc || !firstLink(target, base, h, found)) continue;
      links[at++] = found;
      citing[citingFill[found]!++] = doc;
    }
  }
  return { linkStart, links, citedStart, citing };
}

/** Citers of `doc`, one per duplicate group, never a save of `doc` itself. */
function citedBy({ citedStart, citing }: LinkRows, groups: DuplicateGroups, doc: number): number[] {
  const own = new Set(groups.of(doc).map((member) => groups.representative(member)));
  const folded: number[] = [];
  const seen = new Set<number>();
  for (const member of groups.of(doc)) {
    for (let i = citedStart[member]!; i < citedStart[member + 1]!; i++) {
      const source = citing[i]!;
      const key = groups.representative(source);
      if (own.has(key) || seen.has(key)) continue;
      seen.add(key);
      folded.push(source);
    }
  }
  return folded;
}

/** Whether headline `h` is the first of the story's headlines to resolve to `found`. */
function firstLink(target: Int32Array, base: number, h: number, found: number): boolean {
  for (let k = 0; k < h; k++) if (target[base + k] === found) return false;
  return true;
}

function prefixSums(counts: Int32Array): Int32Array {
  const sums = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) sums[i + 1] = sums[i]! + counts[i]!;
  return sums;
}

/** Missing headlines by normalised title: who cites them, when last, and how spelled. */
class MissingTallies {
  private readonly byKey = new Map<string, MissingTally>();
  /** Raw spelling → tally, so a headline cited many times is normalised once. */
  private readonly bySpelling = new Map<string, MissingTally | null>();

  add(headline: string, date: string | null, citer: number): void {
    let tally = this.bySpelling.get(headline);
    if (tally === undefined) {
      const key = titleKey(headline);
      tally = key === '' ? null : (this.byKey.get(key) ?? null);
      if (key !== '' && tally === null) {
        tally = { citers: new Set(), lastCited: null, spellings: new Map() };
        this.byKey.set(key, tally);
      }
      this.bySpelling.set(headline, tally);
    }
    if (tally === null) return;
    tally.citers.add(citer);
    tally.spellings.set(headline, (tally.spellings.get(headline) ?? 0) + 1);
    if (date !== null && (tally.lastCited === null || date > tally.lastCited)) {
      tally.lastCited = date;
    }
  }

  /** Most cited first, then latest cited, then alphabetical; each with its citing documents. */
  list(): { headline: MissingHeadline; citers: number[] }[] {
    return [...this.byKey.values()]
      .map((tally) => ({
        headline: {
          headline: mostUsedSpelling(tally.spellings),
          citations: tally.citers.size,
          lastCited: tally.lastCited,
        },
        citers: [...tally.citers],
      }))
      .sort(
        ({ headline: a }, { headline: b }) =>
          b.citations - a.citations ||
          (b.lastCited ?? '').localeCompare(a.lastCited ?? '') ||
          a.headline.localeCompare(b.headline),
      );
  }
}

interface MissingTally {
  /** Citing stories, one per duplicate group. */
  citers: Set<number>;
  lastCited: string | null;
  spellings: Map<string, number>;
}

/** The spelling cited most often (the first seen on a tie). */
function mostUsedSpelling(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
    if (count > bestCount) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}
