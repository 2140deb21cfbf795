/**
 * The reference the search tests compare against: one plain lunr index built by
 * lunr.Builder over the same texts, with our fields, boosts, words and terms, and queried
 * through lunr's own clause API.
 */
import { FIELD_BOOSTS, INDEX_FIELDS } from '../../../main/core/search/index-fields';
import type { IndexedText } from '../../../main/core/search/index-fields';
import type { LunrIndex } from '../../../main/core/search/lunr-internals';
import { lunr, PRESENCE } from '../../../main/core/search/lunr-internals';
import { clippingsPipelineFunction } from './search-pipeline';
import { wordsOf } from '../../../main/core/search/text-tokens';

export function plainLunrIndex(texts: readonly IndexedText[]): LunrIndex {
  return lunr(function () {
    this.ref('ref');
    for (const field of INDEX_FIELDS) this.field(field, { boost: FIELD_BOOSTS[field] });
    this.pipeline.reset();
    this.pipeline.add(clippingsPipelineFunction());
    this.searchPipeline.reset();
    this.searchPipeline.add(clippingsPipelineFunction());
    this.tokenizer = (text: unknown) =>
      wordsOf(typeof text === 'string' ? text : '').map((word) => new lunr.Token(word, {}));
    texts.forEach((text, ref) => this.add({ ...text, ref: String(ref) }));
  });
}

/** Every word required; `word*` a wildcard, `word~N` an edit distance, `-word` prohibited. */
export function plainSearch(index: LunrIndex, words: readonly string[]): Map<string, number> {
  const results = index.query((query) => {
    for (const raw of words) {
      const prohibited = raw.startsWith('-');
      const word = prohibited ? raw.slice(1) : raw;
      const fuzzy = /~(\d)$/.exec(word);
      const text = word.replace(/~\d$/, '');
      const term = text.includes('*') ? text.toLowerCase() : lunrTerm(text);
      if (term === null) continue;
      query.clause({
        term,
        presence: prohibited ? PRESENCE.PROHIBITED : PRESENCE.REQUIRED,
        usePipeline: false,
        ...(fuzzy ? { editDistance: Number(fuzzy[1]) } : {}),
      });
    }
  });
  return new Map(results.map((result) => [result.ref, result.score]));
}

export function lunrTerm(word: string): string | null {
  const fn = clippingsPipelineFunction() as (token: unknown) => { toString(): string } | undefined;
  return fn(new lunr.Token(word, {}))?.toString() ?? null;
}
