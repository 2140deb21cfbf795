/**
 * TitleIndex: the archive's stories by normalised title, for resolving related headlines and
 * finding duplicate saves — by the same rules as the stories module's createTitleResolver and
 * findDuplicateGroups (main/core/story/title-links.ts; tests/core/related/title-index.test.ts
 * checks that both always agree), with the same normaliser (normaliseTitle).
 *
 * Why not call those directly: the related index is rebuilt whenever the archive changes,
 * and normalising every title and headline again was most of a rebuild (~75,000 calls at
 * 20,000 stories). Here each distinct text is normalised once per process (keys are
 * remembered across rebuilds, bounded), titles are normalised once for both jobs, and a
 * headline identical to a title costs one map lookup.
 */
import { normaliseTitle } from '../story/normalise-title';

export interface TitledDoc {
  id: string;
  title: string;
  date: string | null;
}

export interface TitleMatch {
  doc: number;
  /** Other documents with the same title, nearest in date first. */
  alternatives: readonly number[];
}

export interface TitleIndex {
  /**
   * The document whose title the headline names, nearest in date to `nearDay` (days since
   * 1970) when several share it — on a tie the earlier, then the smaller id — or null.
   */
  resolve(headline: string, nearDay: number | null): TitleMatch | null;
  /** Same normalised title and same date: groups of two or more, each sorted by id. */
  duplicateGroups(): number[][];
  /** The other documents with the same normalised title (duplicates included), or none. */
  sameTitle(doc: number): readonly number[];
}

const KEY_CACHE_LIMIT = 1_000_000;
let keyCache = new Map<string, string>();

/** normaliseTitle, remembered: headlines repeat across stories and across rebuilds. */
export function titleKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache = new Map();
    key = normaliseTitle(text);
    keyCache.set(text, key);
  }
  return key;
}

export function createTitleIndex(
  docs: readonly TitledDoc[],
  days: readonly (number | null)[],
): TitleIndex {
  const byKey = new Map<string, number[]>();
  const keyOf: (string | undefined)[] = new Array(docs.length);
  for (let doc = 0; doc < docs.length; doc++) {
    const key = titleKey(docs[doc]!.title);
    if (key === '') continue;
    keyOf[doc] = key;
    const list = byKey.get(key);
    if (list) list.push(doc);
    else byKey.set(key, [doc]);
  }
  const single = new Map<number, TitleMatch>();
  const compareIds = (a: number, b: number): number => {
    const x = docs[a]!.id;
    const y = docs[b]!.id;
    return x < y ? -1 : x > y ? 1 : 0;
  };

  // Candidates by the headline's exact text: most headlines are cited by several stories, so
  // this one lookup usually replaces normalising (or looking up the normalised key) again.
  const candidatesByText = new Map<string, readonly number[] | null>();

  return {
    resolve(headline, nearDay) {
      let candidates = candidatesByText.get(headline);
      if (candidates === undefined) {
        candidates = byKey.get(titleKey(headline)) ?? null;
        candidatesByText.set(headline, candidates);
      }
      if (candidates === null) return null;
      if (candidates.length === 1) {
        const doc = candidates[0]!;
        let match = single.get(doc);
        if (!match) single.set(doc, (match = { doc, alternatives: [] }));
        return match;
      }
      const distance = (doc: number): number => {
        const day = days[doc];
        return day == null || nearDay === null ? Infinity : Math.abs(day - nearDay);
      };
      const ranked = [...candidates].sort(
        (a, b) =>
          distance(a) - distance(b) ||
          (days[a] ?? Infinity) - (days[b] ?? Infinity) ||
          compareIds(a, b),
      );
      return { doc: ranked[0]!, alternatives: ranked.slice(1) };
    },
    sameTitle(doc) {
      const key = keyOf[doc];
      const shared = key === undefined ? undefined : byKey.get(key);
      return !shared || shared.length < 2 ? [] : shared.filter((other) => other !== doc);
    },
    duplicateGroups() {
      // Only titles several stories share can hold duplicates: group those by date.
      const groups: number[][] = [];
      for (const shared of byKey.values()) {
        if (shared.length < 2) continue;
        const byDate = new Map<string, number[]>();
        for (const doc of shared) {
          const { date } = docs[doc]!;
          if (date === null) continue;
          const group = byDate.get(date);
          if (group) group.push(doc);
          else byDate.set(date, [doc]);
        }
        for (const group of byDate.values())
          if (group.length >= 2) groups.push(group.sort(compareIds));
      }
      return groups.sort((a, b) => compareIds(a[0]!, b[0]!));
    },
  };
}
