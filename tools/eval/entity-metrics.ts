/**
 * Entity extraction scored at the entity-in-story level: for each story and kind, the set of
 * names extracted against the set tagged, compared folded (case, accents, dots). Two rows per
 * kind: the extractor's raw names against the tagged names as written, and both sides after
 * alias folding (the gazetteer's aliases, and a surname alone joined to the full name the story
 * gave), which is what the index keeps.
 */
import type { EntityKind, StoryEntities } from '../../main/core/model';
import { ENTITY_KINDS } from '../../main/core/model/entities';
import { extractEntities } from '../../main/core/entities/extract-entities';
import { foldName, knownName } from '../../main/core/entities/gazetteer';
import type { ConllStory } from './conll-corpus';

export interface EntityScore {
  kind: EntityKind;
  folded: boolean;
  precision: number;
  recall: number;
  /** Extracted, tagged, and both, summed over the stories. */
  extracted: number;
  tagged: number;
  correct: number;
}

export interface EntityEval {
  stories: number;
  scores: EntityScore[];
  /** Milliseconds per story, extraction alone. */
  msPerStory: number;
}

const LIST: Record<EntityKind, keyof StoryEntities> = {
  person: 'people',
  organisation: 'organisations',
  place: 'places',
};

export function evaluateEntities(corpus: readonly ConllStory[]): EntityEval {
  const totals = new Map<string, { extracted: number; tagged: number; correct: number }>();
  let elapsed = 0;
  for (const { story, gold } of corpus) {
    for (const folded of [false, true]) {
      const started = performance.now();
      const found = extractEntities(story, { fold: folded });
      if (folded) elapsed += performance.now() - started;
      for (const kind of ENTITY_KINDS) {
        const extracted = new Set(found[LIST[kind]].map((entity) => foldName(entity.name)));
        const tagged = goldSet(kind, gold[kind], folded);
        const total = totals.get(`${kind}/${folded}`) ?? { extracted: 0, tagged: 0, correct: 0 };
        total.extracted += extracted.size;
        total.tagged += tagged.size;
        for (const name of extracted) if (tagged.has(name)) total.correct += 1;
        totals.set(`${kind}/${folded}`, total);
      }
    }
  }
  const scores: EntityScore[] = [];
  for (const kind of ENTITY_KINDS) {
    for (const folded of [false, true]) {
      const total = totals.get(`${kind}/${folded}`) ?? { extracted: 0, tagged: 0, correct: 0 };
      scores.push({
        kind,
        folded,
        ...total,
        precision: total.extracted === 0 ? 0 : total.correct / total.extracted,
        recall: total.tagged === 0 ? 0 : total.correct / total.tagged,
      });
    }
  }
  return { stories: corpus.length, scores, msPerStory: elapsed / Math.max(1, corpus.length) };
}

/** The tagged names of one kind; folded: aliases to their canonical name, surnames joined. */
function goldSet(kind: EntityKind, names: readonly string[], folded: boolean): Set<string> {
  if (!folded) return new Set(names.map(foldName));
  const fullNames = names.filter((name) => name.includes(' '));
  return new Set(
    names.map((name) => {
      if (kind === 'person' && !name.includes(' ')) {
        const full = fullNames.find((one) => foldName(one).endsWith(` ${foldName(name)}`));
        return foldName(full ?? knownName('person', name) ?? name);
      }
      return foldName(knownName(kind, name) ?? name);
    }),
  );
}

export function formatEntityTable(result: EntityEval): string {
  const lines = [
    `Entities (${result.stories} stories, ${result.msPerStory.toFixed(2)} ms a story)`,
    'kind          names     precision  recall   extracted  tagged  correct',
  ];
  for (const score of result.scores) {
    lines.push(
      [
        score.kind.padEnd(13),
        (score.folded ? 'folded' : 'raw').padEnd(9),
        score.precision.toFixed(3).padStart(9),
        score.recall.toFixed(3).padStart(7),
        String(score.extracted).padStart(11),
        String(score.tagged).padStart(7),
        String(score.correct).padStart(8),
      ].join(' '),
    );
  }
  return lines.join('\n');
}
