import { describe, expect, it } from 'vitest';
import { readConll } from '../../../tools/eval/conll-corpus';
import { evaluateEntities, formatEntityTable } from '../../../tools/eval/entity-metrics';

/** Two made-up wire stories in the CoNLL-2003 layout (token, then its tag). */
const CONLL = `-DOCSTART- O

TRADE B-MISC
TALKS O
OPEN O

TORSHAVN B-LOC
1997-01-04 O

Harald B-PER
Dahl I-PER
met O
U.S. B-LOC
officials O
and O
the O
European B-ORG
Community I-ORG
on O
Monday O
. O

Dahl B-PER
said O
the O
EC B-ORG
would O
answer O
. O

-DOCSTART- O

Grain O
prices O
rise O

Traders O
in O
Chicago B-LOC
said O
Quorvex B-ORG
Holdings I-ORG
bought O
wheat O
. O
`;

describe('CoNLL entity evaluation', () => {
  it('reads each document as a story with its title, dateline, paragraphs and tagged names', () => {
    const corpus = readConll(CONLL);
    expect(corpus).toHaveLength(2);
    const first = corpus[0]!;
    expect(first.story.title).toBe('TRADE TALKS OPEN');
    expect(first.story.dateline).toBe('TORSHAVN');
    expect(first.story.paragraphs[0]).toBe(
      'Harald Dahl met U.S. officials and the European Community on Monday.',
    );
    expect(first.gold).toEqual({
      person: ['Harald Dahl', 'Dahl'],
      organisation: ['European Community', 'EC'],
      place: ['TORSHAVN', 'U.S.'],
    });
  });

  it('scores names per story, raw and after folding aliases and surnames', () => {
    const result = evaluateEntities(readConll(CONLL));
    const score = (kind: string, folded: boolean) =>
      result.scores.find((one) => one.kind === kind && one.folded === folded)!;
    // Folded: {Harald Dahl}, {European Community}, {Torshavn, United States}, {Chicago}, {Quorvex Holdings}.
    expect(score('person', true)).toMatchObject({ tagged: 1, extracted: 1, correct: 1 });
    expect(score('organisation', true)).toMatchObject({ precision: 1, recall: 1 });
    expect(score('place', true)).toMatchObject({ precision: 1, recall: 1 });
    // Raw: "Dahl" and "EC" as written are names of their own on both sides.
    expect(score('person', false).tagged).toBe(2);
    expect(formatEntityTable(result)).toMatch(/person\s+folded\s+1\.000\s+1\.000/);
  });
});
