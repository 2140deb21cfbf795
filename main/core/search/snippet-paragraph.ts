/**
 * Which body paragraph a snippet should come from, found on the term stream (the forward
 * index) instead of by tokenizing the whole story: the paragraph where the most distinct
 * highlighted items match (then the most matches, then the first). Only that paragraph is
 * then cut into words with offsets (snippet.ts), so a page of twenty long stories costs
 * twenty paragraphs of tokenizing, not twenty stories.
 *
 * Paragraphs are counted as snippet.ts counts them: runs of text between line breaks that
 * hold at least one word (each such run after the first starts with a break marker).
 */
import { INDEX_FIELDS } from './index-fields';
import type { StreamPhrase } from './phrase-streams';
import { compileStreamPhrase, wordsAt } from './phrase-streams';
import type { SearchPlan } from './search-plan';
import type { SegmentIndexData } from './segment-index';
import { breakIdOf } from './segment-index';

const BODY = INDEX_FIELDS.indexOf('body');

/** The highlight items compiled for one segment (positive items that may touch the body). */
export function compileBodyItems(
  index: SegmentIndexData,
  plan: SearchPlan,
  localIds: Int32Array,
): NonNullable<StreamPhrase>[] {
  return plan.required
    .flat()
    .filter((item) => item.fields === null || item.fields.includes('body'))
    .map((item) => compileStreamPhrase(index, { ...item, fields: ['body'] }, localIds))
    .filter((phrase): phrase is NonNullable<StreamPhrase> => phrase !== null);
}

/** The best body paragraph's number among the paragraphs that hold words, or -1 for none. */
export function bestBodyParagraph(
  index: SegmentIndexData,
  doc: number,
  items: readonly NonNullable<StreamPhrase>[],
): number {
  if (items.length === 0) return -1;
  const streams = index.stream(doc * INDEX_FIELDS.length + BODY);
  const breakId = breakIdOf(index);
  const end = streams.length;
  let paragraph = 0;
  let seen = new Set<number>();
  let count = 0;
  let best = -1;
  let bestDistinct = 0;
  let bestCount = 0;
  const close = () => {
    if (seen.size > bestDistinct || (seen.size === bestDistinct && count > bestCount)) {
      if (seen.size > 0) {
        best = paragraph;
        bestDistinct = seen.size;
        bestCount = count;
      }
    }
  };
  for (let p = 0; p < end; p += 1) {
    if (streams[p] === breakId) {
      close();
      paragraph += 1;
      seen = new Set();
      count = 0;
      continue;
    }
    items.forEach((item, k) => {
      if (wordsAt(streams, p, end, item.words)) {
        seen.add(k);
        count += 1;
      }
    });
  }
  close();
  return best;
}
