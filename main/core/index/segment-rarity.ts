/**
 * A term's rarity in one segment of the index (lunr's document frequencies, which count a
 * story once per field holding the term): ln((N + 1) / df). The index worker ranks a new
 * story's terms by it when it makes the story's term vector, before the archive-wide
 * statistics exist, so a long story keeps its telling terms and not only its most repeated.
 */
import type { SegmentIndexData } from '../search/segment-index';
import { documentFrequencies, findTerm } from '../search/segment-index';

export function segmentRarity(index: SegmentIndexData): (term: string) => number {
  const frequencies = documentFrequencies(index);
  const count = index.docCount + 1;
  return (term) => {
    const at = findTerm(index.terms, term);
    return at < 0 ? Math.log(count) : Math.log(count / Math.max(1, frequencies[at] as number));
  };
}
