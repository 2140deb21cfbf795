import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndexedText } from '../../../main/core/search/index-fields';
import { parseQuery } from '../../../main/core/search/parse-query';
import {
  compileStreamPhrase,
  phraseOccursInStreams,
} from '../../../main/core/search/phrase-streams';
import { fieldWords, matcherItem, occurrences } from '../../../main/core/search/query-matcher';
import { planSearch } from '../../../main/core/search/search-plan';
import { localTermIds } from '../../../main/core/search/score-segment';
import {
  buildSegmentIndex,
  documentFrequencies,
  fieldLengthTotals,
} from '../../../main/core/search/segment-index';
import { Vocabulary } from '../../../main/core/search/vocabulary';
import { WORDS, syntheticTexts } from './synthetic-texts';

describe('phraseOccursInStreams', () => {
  it('agrees with the text check on every story, for any phrase', () => {
    const texts = syntheticTexts(60, 19);
    const index = buildSegmentIndex(texts);
    const vocabulary = new Vocabulary();
    vocabulary.addSegment('only', index.terms, documentFrequencies(index));
    const statistics = { documentCount: texts.length, fieldLengthTotals: fieldLengthTotals(index) };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS, 'ship*'), { minLength: 2, maxLength: 3 }),
        (words) => {
          const plan = planSearch(parseQuery(`"${words.join(' ')}"`), {}, vocabulary, statistics);
          if (!plan) return;
          const item = plan.required[0]?.[0];
          if (!item || item.kind !== 'phrase') return;
          const phrase = compileStreamPhrase(index, item, localTermIds(index, plan));
          const matcher = matcherItem(item, plan);
          texts.forEach((text, doc) => {
            const byText = (Object.keys(text) as (keyof IndexedText)[]).some(
              (field) => occurrences(fieldWords(text[field]), matcher).length > 0,
            );
            expect(phraseOccursInStreams(index, doc, phrase), `${words} in ${doc}`).toBe(byText);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('compileStreamPhrase', () => {
  it('is null when a word of the phrase is not in the segment', () => {
    const texts = syntheticTexts(5, 2);
    const index = buildSegmentIndex(texts);
    const vocabulary = new Vocabulary();
    vocabulary.addSegment('here', index.terms, documentFrequencies(index));
    vocabulary.addSegment('elsewhere', ['zebra'], [1]);
    const plan = planSearch(parseQuery('"harbour zebra"'), {}, vocabulary, {
      documentCount: 6,
      fieldLengthTotals: fieldLengthTotals(index),
    });
    expect(
      compileStreamPhrase(index, plan!.required[0]![0]!, localTermIds(index, plan!)),
    ).toBeNull();
  });
});
