import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClippingsError } from '../../../main/core/model/errors';
import type { ParsedQuery, QueryItem } from '../../../main/core/search/parse-query';
import { isEmptyQuery, parseDateRange, parseQuery } from '../../../main/core/search/parse-query';

/** A compact view of a parse: each group's items as strings. */
function groups(query: ParsedQuery): string[][] {
  return query.required.map((group) => group.map(describeItem));
}

function describeItem(item: QueryItem): string {
  const fields = item.fields ? `${item.fields.join('|')}:` : '';
  const boost = item.boost !== 1 ? `^${item.boost}` : '';
  if (item.kind === 'phrase') {
    return `${fields}"${item.words.map((word) => word.term ?? `(${word.folded})`).join(' ')}"${boost}`;
  }
  const { word } = item;
  const fuzzy = word.editDistance > 0 ? `~${word.editDistance}` : '';
  return `${fields}${word.term}${fuzzy}${boost}`;
}

function queryError(text: string): string {
  try {
    parseQuery(text);
  } catch (error) {
    if (error instanceof ClippingsError && error.code === 'E_QUERY') return error.userMessage;
    throw error;
  }
  throw new Error(`"${text}" was accepted`);
}

describe('parseQuery', () => {
  it('requires every word by default, stemmed and folded', () => {
    expect(groups(parseQuery('Oil PRICES Zürich'))).toEqual([['oil'], ['price'], ['zurich']]);
  });

  it('drops stop words but remembers them', () => {
    const query = parseQuery('the harbour');
    expect(groups(query)).toEqual([['harbour']]);
    expect(query.ignored).toEqual(['the']);
  });

  it('reads + and - as required and prohibited', () => {
    const query = parseQuery('+oil -gas');
    expect(groups(query)).toEqual([['oil']]);
    expect(query.prohibited.map(describeItem)).toEqual(['ga']);
  });

  it('scopes a word or a phrase to a field', () => {
    expect(groups(parseQuery('title:oil body:"river barges" Caption:quay'))).toEqual([
      ['title:oil'],
      ['body:"river barg"'],
      ['captions:quay'],
    ]);
  });

  it('reads wildcards, edit distances and boosts', () => {
    expect(groups(parseQuery('ship* *port s*p oil~1 gas^3 coal~2^0.5'))).toEqual([
      ['ship*'],
      ['*port'],
      ['s*p'],
      ['oil~1'],
      ['ga^3'],
      ['coal~2^0.5'],
    ]);
  });

  it('reads quoted phrases, straight or curly, stop words kept for the adjacency check', () => {
    expect(groups(parseQuery('"bank of England" “north korea”'))).toEqual([
      ['"bank (of) england"'],
      ['"north korea"'],
    ]);
  });

  it('reads a word made of several words as a phrase', () => {
    expect(groups(parseQuery('U.S.-China covid-19'))).toEqual([['"u.s china"'], ['"covid 19"']]);
  });

  it('joins OR alternatives into one group', () => {
    expect(groups(parseQuery('oil OR gas OR coal prices'))).toEqual([
      ['oil', 'ga', 'coal'],
      ['price'],
    ]);
    expect(groups(parseQuery('"north korea" OR pyongyang'))).toEqual([
      ['"north korea"', 'pyongyang'],
    ]);
  });

  it('reads OR where it cannot join as the stop word "or"', () => {
    expect(groups(parseQuery('OR oil OR'))).toEqual([['oil']]);
    expect(groups(parseQuery('oil OR -gas'))).toEqual([['oil']]);
    expect(groups(parseQuery('oil or gas'))).toEqual([['oil'], ['ga']]);
  });

  it('reads section: and date: as filters', () => {
    const query = parseQuery('section:World -section:sport date:2022-11 -date:2022-11-05 oil');
    expect(query.sections).toEqual({ include: ['world'], exclude: ['sport'] });
    expect(query.dates).toEqual({
      include: [{ from: '2022-11-01', to: '2022-11-30' }],
      exclude: [{ from: '2022-11-05', to: '2022-11-05' }],
    });
    expect(groups(query)).toEqual([['oil']]);
  });

  it('reads pasted headlines as text, whatever their punctuation', () => {
    expect(groups(parseQuery('PORK OUTPUT SEEN LOWER -- USDA'))).toEqual([
      ['pork'],
      ['output'],
      ['seen'],
      ['lower'],
      ['usda'],
    ]);
    expect(groups(parseQuery('Q&A: Malcolm Idris'))).toEqual([['"q (a)"'], ['malcolm'], ['idri']]);
    expect(groups(parseQuery('UPDATE 2: Ferry resumes'))).toEqual([
      ['updat'],
      ['2'],
      ['ferri'],
      ['resum'],
    ]);
    expect(groups(parseQuery('Temperatures fall to -5C, +3% later'))).toEqual([
      ['temperatur'],
      ['fall'],
      ['5c'],
      ['3'],
      ['later'],
    ]);
    expect(groups(parseQuery('UPDATE:Ferry resumes'))).toEqual([['"updat ferri"'], ['resum']]);
  });

  it('explains a lower-case field name that is not one, instead of matching nothing', () => {
    expect(queryError('colour:red')).toMatch(
      /"colour:" is not a field\. Fields are title:.*person:/,
    );
    expect(queryError('oil foo:bar')).toMatch(/"foo:" is not a field/);
    expect(groups(parseQuery('see http://example.com'))).toEqual([['see'], ['"http example.com"']]);
  });

  it('reads person:, org: and place: as names the story must hold, aliases folded', () => {
    const query = parseQuery('person:"James Baker" org:OPEC place:U.S. -place:japan oil');
    expect(query.entities.include).toEqual([
      { kind: 'person', name: 'james baker' },
      { kind: 'organisation', name: 'opec' },
      { kind: 'place', name: 'united states' },
    ]);
    expect(query.entities.exclude).toEqual([{ kind: 'place', name: 'japan' }]);
    expect(groups(query)).toEqual([['oil']]);
    expect(isEmptyQuery(parseQuery('person:baker'))).toBe(false);
    expect(parseQuery('org:"the European Community"').entities.include).toEqual([
      { kind: 'organisation', name: 'european community' },
    ]);
  });

  it('asks for a name after person: when there is none', () => {
    expect(queryError('person:')).toMatch(/Write a name after person:/);
    expect(queryError('oil place: japan')).toMatch(/Write a name after place:/);
    expect(queryError('person:""')).toMatch(/nothing between the quotes|Write a name/);
  });

  it('never takes the name of an object key before a colon for a field', () => {
    // `constructor:market` once scoped the word to the field Object (a function), which could
    // not be sent to the workers: E_INTERNAL for any case, with `-`, a phrase, `*` or `~`.
    const inherited = Object.getOwnPropertyNames(Object.prototype).filter((name) =>
      /^[A-Za-z]+$/.test(name),
    );
    expect(inherited).toContain('constructor');
    for (const name of inherited) {
      for (const text of [
        `${name}:market`,
        `${name.toUpperCase()}:market`,
        `-${name}:market`,
        `${name}:"market prices"`,
        `${name}:mark*`,
        `${name}:market~1`,
      ]) {
        // All lower case: "not a field" (a query error, never E_INTERNAL); else text.
        if (/^-?[a-z]+:/.test(text)) {
          expect(queryError(text), text).toMatch(/is not a field/);
          continue;
        }
        const query = parseQuery(text);
        for (const item of [...query.required.flat(), ...query.prohibited]) {
          expect(item.fields, text).toBeNull();
        }
        expect(() => structuredClone(query), text).not.toThrow();
      }
    }
    expect(groups(parseQuery('CONSTRUCTOR:market'))).toEqual([['"constructor market"']]);
  });

  it('reads a trailing ~ or ^, a lone operator and an unmatched quote as text', () => {
    expect(groups(parseQuery('oil~'))).toEqual([['oil']]);
    expect(groups(parseQuery('^2'))).toEqual([['2']]);
    expect(groups(parseQuery('he promised a "big announcement'))).toEqual([
      ['promis'],
      ['big'],
      ['announc'],
    ]);
    expect(isEmptyQuery(parseQuery('+'))).toBe(true);
    expect(isEmptyQuery(parseQuery(' - -- * '))).toBe(true);
  });

  it('refuses what cannot be meant, in a sentence that says why', () => {
    expect(queryError('""')).toMatch(/nothing between the quotes/);
    expect(queryError('oil~3')).toMatch(/~0 to ~2/);
    expect(queryError('oil^0')).toMatch(/more than 0/);
    expect(queryError('ship*~1')).toMatch(/wildcard and a spelling tolerance/);
    expect(queryError('date:yesterday')).toMatch(/not a date/);
    expect(queryError('date:2022-02-30')).toMatch(/not a date/);
    expect(queryError('date:..')).toMatch(/not a date/);
    expect(queryError('date:2022-12..2022-01')).toMatch(/ends before it starts/);
  });

  it('answers any text with a query or E_QUERY, never another exception', () => {
    const syntax = fc.constantFrom(...'+-:"“”*~^\\().OR ANDtitle:date:section:..2022-11'.split(''));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), syntax), { maxLength: 12 }),
        (parts) => {
          const text = parts.join('');
          try {
            parseQuery(text);
          } catch (error) {
            expect(error).toBeInstanceOf(ClippingsError);
            expect((error as ClippingsError).code).toBe('E_QUERY');
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('never refuses a headline', () => {
    const headlineChar = fc.constantFrom(
      ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.:;'’-–—?!&()$%/".split(
        '',
      ),
    );
    fc.assert(
      // A headline's colon is followed by a space ("Q&A: …"); `word:value` is the query
      // language's own syntax (date:, is:, tag:), where a wrong value is a question for the user.
      fc.property(fc.array(headlineChar, { maxLength: 80 }), (chars) => {
        const headline = chars.join('').replace(/:(?=\S)/g, ': ');
        expect(() => parseQuery(headline)).not.toThrow();
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('parseDateRange', () => {
  it('reads days, months, years and open ranges as inclusive bounds', () => {
    expect(parseDateRange('2022-11-01..2022-11-30')).toEqual({
      from: '2022-11-01',
      to: '2022-11-30',
    });
    expect(parseDateRange('2022-02')).toEqual({ from: '2022-02-01', to: '2022-02-28' });
    expect(parseDateRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(parseDateRange('2022')).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(parseDateRange('2022-11-01..')).toEqual({ from: '2022-11-01', to: null });
    expect(parseDateRange('..2022-11')).toEqual({ from: null, to: '2022-11-30' });
  });
});

describe('isEmptyQuery', () => {
  it('is true only when there is nothing to search or filter by', () => {
    expect(isEmptyQuery(parseQuery(''))).toBe(true);
    expect(isEmptyQuery(parseQuery('section:world'))).toBe(false);
    expect(isEmptyQuery(parseQuery('-oil'))).toBe(false);
  });
});
