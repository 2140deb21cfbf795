/**
 * The budget on what a query's wildcards may ask: a query whose patterns would walk too many
 * postings, or scan too many terms, is refused at once with a sentence; one within answers.
 */
import { describe, expect, it } from 'vitest';
import { ClippingsError } from '../../../main/core/model/errors';
import { expandWithinBudget, MAX_POSTINGS } from '../../../main/core/search/expansion-budget';
import { parseQuery } from '../../../main/core/search/parse-query';
import { Vocabulary } from '../../../main/core/search/vocabulary';

/** 26 × 200 two-to-three letter terms, each held by `frequency` (document, field) pairs. */
function vocabularyOf(frequency: number): Vocabulary {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const terms = new Set<string>();
  for (const a of letters)
    for (const b of letters) for (const c of ['', 'x', 'y']) terms.add(a + b + c);
  const sorted = [...terms].sort();
  const vocabulary = new Vocabulary();
  vocabulary.addSegment(
    'only',
    sorted,
    sorted.map(() => frequency),
  );
  return vocabulary;
}

const letters = 'abcdefghijklmnopqrstuvwxyz';
const infixes = (count: number) =>
  Array.from({ length: count }, (_, i) => `*${letters[i % 26]}*`).join(' ');

describe('expandWithinBudget', () => {
  it('lets a few wildcards through, and plain words cost nothing', async () => {
    const vocabulary = vocabularyOf(1_000);
    await expect(expandWithinBudget(parseQuery('*a* port harbour'), vocabulary)).resolves.toBe(
      undefined,
    );
    await expect(expandWithinBudget(parseQuery('oil gas'), vocabulary)).resolves.toBe(undefined);
  });

  it('refuses, with a sentence, infix wildcards that would walk too many postings', async () => {
    // Each `*x*` matches 153 terms here; at 20,000 postings each that is 3 million a word.
    const vocabulary = vocabularyOf(20_000);
    const words = Math.ceil(MAX_POSTINGS / (153 * 20_000)) + 1;
    const refusal = await expandWithinBudget(parseQuery(infixes(words)), vocabulary).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ClippingsError);
    expect(refusal).toMatchObject({ code: 'E_QUERY' });
    expect((refusal as ClippingsError).userMessage).toMatch(
      /^The wildcards and spelling tolerances in this search match too much to search quickly \([\d,]+ word forms so far\)\. Make them more specific/,
    );
    // A hundred, the hostile test's worst: refused just the same.
    await expect(expandWithinBudget(parseQuery(infixes(100)), vocabulary)).rejects.toMatchObject({
      code: 'E_QUERY',
    });
  });

  it('lets other work run while it expands (it yields to the event loop)', async () => {
    const vocabulary = vocabularyOf(1);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    const distinct = Array.from(
      { length: 300 },
      (_, i) => `*${letters[i % 26]}${letters[Math.floor(i / 26)]}*`,
    ).join(' ');
    await expandWithinBudget(parseQuery(distinct), vocabulary).catch(() => undefined);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });
});
