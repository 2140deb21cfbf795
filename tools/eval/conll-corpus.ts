/**
 * CoNLL-2003 (English Reuters newswire, tagged PER / ORG / LOC / MISC) read as stories: each
 * `-DOCSTART-` document is one story, its first sentence the title, a `PLACE , Region
 * 1996-12-06` line its dateline, the other sentences its paragraphs; the tagged names of each
 * story are its gold entities (MISC is not a kind we extract). Tokens are joined back into
 * text as the wire wrote it (`Japan , China 's` → `Japan, China's`).
 */
import type { EntityKind } from '../../main/core/model';
import type { EntitySource } from '../../main/core/entities/extract-entities';

export interface ConllStory {
  story: EntitySource;
  /** The tagged names, as written, per kind. */
  gold: Record<EntityKind, string[]>;
}

const KIND_OF_TAG: Record<string, EntityKind> = {
  PER: 'person',
  ORG: 'organisation',
  LOC: 'place',
};
const DATE_LINE = /^(.*?)\s*\d{4}-\d{2}-\d{2}$/;

export function readConll(text: string): ConllStory[] {
  const stories: ConllStory[] = [];
  for (const document of text.split(/^-DOCSTART-.*$/m)) {
    const sentences = document
      .split(/\n\s*\n/)
      .map((block) => block.split('\n').filter((line) => line.trim() !== ''))
      .filter((lines) => lines.length > 0);
    if (sentences.length === 0) continue;
    const gold: Record<EntityKind, string[]> = { person: [], organisation: [], place: [] };
    const texts = sentences.map((lines) => sentenceText(lines, gold));
    let dateline: string | null = null;
    const paragraphs = texts.slice(1).filter((sentence) => {
      const date = DATE_LINE.exec(sentence);
      if (dateline === null && date) {
        dateline = (date[1] as string).trim();
        return false;
      }
      return true;
    });
    stories.push({
      story: { title: texts[0] as string, dateline, captions: [], paragraphs },
      gold,
    });
  }
  return stories;
}

/** One sentence's tokens as text, its tagged names added to `gold`. */
function sentenceText(lines: readonly string[], gold: Record<EntityKind, string[]>): string {
  const words: string[] = [];
  let name: { kind: EntityKind; words: string[] } | null = null;
  const closeName = () => {
    if (name) gold[name.kind].push(joinTokens(name.words));
    name = null;
  };
  for (const line of lines) {
    const parts = line.trim().split(/\s+/);
    const word = parts[0] as string;
    const tag = parts[parts.length - 1] as string;
    const [position, type] = tag.split('-') as [string, string | undefined];
    const kind = type ? KIND_OF_TAG[type] : undefined;
    if (!kind || position === 'B' || (name && name.kind !== kind)) closeName();
    if (kind) {
      name ??= { kind, words: [] };
      name.words.push(word);
    }
    words.push(word);
  }
  closeName();
  return joinTokens(words);
}

function joinTokens(tokens: readonly string[]): string {
  return tokens
    .join(' ')
    .replace(/ ([,.;:!?)%]|'s|n't|'re|'ve|'ll|'d)(?=\s|$)/g, '$1')
    .replace(/\( /g, '(')
    .replace(/" (.*?) "/g, '"$1"');
}
