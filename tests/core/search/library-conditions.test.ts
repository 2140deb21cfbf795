/**
 * The query language's library words: `is:`, `has:` and `tag:` parse into conditions (negated
 * with `-`), alongside words and other filters; a word the library does not know is a sentence
 * saying what it takes; `Is: …` in a pasted headline stays text.
 */
import { describe, expect, it } from 'vitest';
import {
  hasLibraryConditions,
  isEmptyQuery,
  parseQuery,
} from '../../../main/core/search/parse-query';

describe('parseQuery: library conditions', () => {
  it('reads is:, has: and tag:, with words and sections', () => {
    const query = parseQuery('harbour is:unread has:note tag:Ports section:world');
    expect(query.library).toEqual({
      include: [{ kind: 'unread' }, { kind: 'note' }, { kind: 'tag', tag: 'ports' }],
      exclude: [],
    });
    expect(query.required).toHaveLength(1);
    expect(query.sections.include).toEqual(['world']);
  });

  it('negates with a minus and reads a quoted tag of several words', () => {
    const query = parseQuery('-is:starred -has:highlight tag:"Harbour  Strikes"');
    expect(query.library).toEqual({
      include: [{ kind: 'tag', tag: 'harbour strikes' }],
      exclude: [{ kind: 'starred' }, { kind: 'highlight' }],
    });
  });

  it('counts a query of library conditions alone as a query, not an empty box', () => {
    const query = parseQuery('is:starred');
    expect(isEmptyQuery(query)).toBe(false);
    expect(hasLibraryConditions(query)).toBe(true);
    expect(hasLibraryConditions(parseQuery('harbour section:world'))).toBe(false);
  });

  it('says what is: and has: take when given something else', () => {
    expect(() => parseQuery('is:purple')).toThrow(/is: takes starred, read or unread/);
    expect(() => parseQuery('has:coffee')).toThrow(/has: takes note or highlight/);
    expect(() => parseQuery('tag:""')).toThrow();
  });

  it('leaves a headline’s "Is: …" as text', () => {
    const query = parseQuery('Is: the harbour open');
    expect(hasLibraryConditions(query)).toBe(false);
    expect(query.required.length).toBeGreaterThan(0);
  });
});
