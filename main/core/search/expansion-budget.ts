/**
 * How much a query's wildcards and spelling tolerances may ask of the index. lunr expands a
 * pattern into every vocabulary term it matches, and a segment search then walks the postings
 * of every one of those terms, once per word: `*a*` matches a third of a vocabulary, and twenty
 * such words made a 20,000-story archive take 5.7 s, forty blocked the server's thread for
 * 10 s. Before a query is planned, its patterns are expanded here, between yields to the event
 * loop (so the server answers other requests meanwhile), and their cost is added up:
 *
 * - terms scanned to find the expansions (leading `*` scans the whole vocabulary), at most
 *   MAX_SCANNED_TERMS: about a third of a second of the main thread;
 * - postings the workers would walk (the matched terms' document frequencies, per word), at
 *   most MAX_POSTINGS: about half a second of scoring on two workers of a quiet 2-core machine.
 *
 * A query over either budget is refused at once with E_QUERY and a sentence saying what to
 * do, rather than answered slowly or cut short without a word: a wildcard is never silently
 * narrowed, so a search that answers always answers in full. Measured on 20,000 generated
 * stories: one `*a*` costs 12,834 terms and 1.9 million postings; `*a* … *s*` (19 words)
 * 19 million, answered; `*a* … *t*` (20 words) 20.5 million, refused, as are 40 and 100.
 */
import { ClippingsError } from '../model/errors';
import type { ParsedQuery, QueryWord } from './parse-query';
import type { Vocabulary } from './vocabulary';

export const MAX_SCANNED_TERMS = 5_000_000;
export const MAX_POSTINGS = 20_000_000;
/** Terms scanned between two yields to the event loop. */
const YIELD_EVERY_TERMS = 100_000;

/**
 * Expands the query's wildcard and fuzzy words into the vocabulary's memory of expansions
 * (planSearch then finds them there), or throws E_QUERY when they would cost too much.
 */
export async function expandWithinBudget(
  query: ParsedQuery,
  vocabulary: Vocabulary,
): Promise<void> {
  const words = patternWords(query);
  if (words.length === 0) return;
  await vocabulary.prepare();
  const seen = new Set<string>();
  let scanned = 0;
  let postings = 0;
  let forms = 0;
  let sinceYield = 0;
  for (const word of words) {
    const pattern = {
      term: word.term as string,
      wildcard: word.wildcard,
      editDistance: word.editDistance,
    };
    const key = `${pattern.editDistance}${pattern.wildcard ? '*' : ' '}${pattern.term}`;
    const expansion = vocabulary.expansion(pattern);
    if (!seen.has(key)) {
      seen.add(key);
      scanned += expansion.scanned;
      sinceYield += expansion.scanned;
    }
    postings += expansion.postings;
    forms += expansion.terms.length;
    if (scanned > MAX_SCANNED_TERMS || postings > MAX_POSTINGS) throw tooBroad(forms);
    if (sinceYield >= YIELD_EVERY_TERMS) {
      sinceYield = 0;
      await new Promise((next) => setImmediate(next));
    }
  }
}

/** The words of the query that expand into many terms: wildcards and spelling tolerances. */
function patternWords(query: ParsedQuery): QueryWord[] {
  const words: QueryWord[] = [];
  for (const item of [...query.required.flat(), ...query.prohibited]) {
    for (const word of item.kind === 'term' ? [item.word] : item.words) {
      if (word.term !== null && (word.wildcard || word.editDistance > 0)) words.push(word);
    }
  }
  return words;
}

function tooBroad(forms: number): ClippingsError {
  return new ClippingsError(
    'E_QUERY',
    `The wildcards and spelling tolerances in this search match too much to search quickly (${forms.toLocaleString('en-US')} word forms so far). Make them more specific — port* rather than p*, *port rather than *p* — or use fewer of them.`,
  );
}
