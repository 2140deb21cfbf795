/**
 * Where a query's words stand in a text: the phrase check of a candidate story and every
 * highlight (snippets, the reader) come from here, so what is highlighted is what matched.
 *
 * A text word matches a query word when its index term is one of the terms the query word
 * expanded to — so `shipments` finds `shipment`, `ship*` finds `shipping`, `oil~1` finds
 * `soil` — or, for a stop word inside a phrase, when its folded spelling is the same.
 * A phrase matches a run of adjacent words in one field, never across a line break.
 */
import type { Range } from '../model/search';
import type { IndexField } from './index-fields';
import { foldWord, indexTerm } from './index-term';
import type { PlanItem, SearchPlan } from './search-plan';
import type { TextToken } from './text-tokens';
import { tokenizeText } from './text-tokens';

export interface MatcherWord {
  terms: ReadonlySet<string>;
  folded: string;
  stop: boolean;
}

export interface MatcherItem {
  kind: 'term' | 'phrase';
  fields: readonly IndexField[] | null;
  words: MatcherWord[];
}

/** A text cut into words, each with its index term (and, on demand, its folded spelling). */
export interface FieldWords {
  tokens: TextToken[];
  terms: (string | null)[];
  folded(index: number): string;
}

export function fieldWords(text: string): FieldWords {
  const tokens = tokenizeText(text);
  const folded: (string | undefined)[] = [];
  return {
    tokens,
    terms: tokens.map((token) => indexTerm(token.text)),
    folded: (index) => (folded[index] ??= foldWord((tokens[index] as TextToken).text)),
  };
}

export function matcherItem(item: PlanItem, plan: SearchPlan): MatcherItem {
  return {
    kind: item.kind,
    fields: item.fields,
    words: item.words.map((word) => ({
      terms: new Set(word.terms.map((position) => plan.statistics.terms[position] as string)),
      folded: word.folded,
      stop: word.stop,
    })),
  };
}

/** The items a reader should see highlighted: everything required, nothing prohibited. */
export function highlightItems(plan: SearchPlan): MatcherItem[] {
  return plan.required.flat().map((item) => matcherItem(item, plan));
}

function wordMatches(words: FieldWords, index: number, word: MatcherWord): boolean {
  if (word.stop) return words.terms[index] === null && words.folded(index) === word.folded;
  const term = words.terms[index];
  return term !== null && term !== undefined && word.terms.has(term);
}

/** Token index ranges `[first, last]` where the item's words stand, in order, adjacent. */
export function occurrences(words: FieldWords, item: MatcherItem): [number, number][] {
  const found: [number, number][] = [];
  const length = item.words.length;
  for (let start = 0; start + length <= words.tokens.length; start += 1) {
    let matched = true;
    for (let k = 0; k < length; k += 1) {
      const index = start + k;
      if (k > 0 && (words.tokens[index] as TextToken).afterBreak) {
        matched = false;
        break;
      }
      if (!wordMatches(words, index, item.words[k] as MatcherWord)) {
        matched = false;
        break;
      }
    }
    if (matched) found.push([start, start + length - 1]);
  }
  return found;
}

export function appliesTo(item: MatcherItem, field: IndexField): boolean {
  return item.fields === null || item.fields.includes(field);
}

export interface TaggedRange {
  range: Range;
  /** Which item matched, for choosing the passage that covers most of the query. */
  item: number;
}

/** Every occurrence of every item in a field's text, as character ranges, in order. */
export function taggedRanges(
  words: FieldWords,
  field: IndexField,
  items: readonly MatcherItem[],
): TaggedRange[] {
  const ranges: TaggedRange[] = [];
  items.forEach((item, itemIndex) => {
    if (!appliesTo(item, field)) return;
    for (const [first, last] of occurrences(words, item)) {
      ranges.push({
        range: [(words.tokens[first] as TextToken).start, (words.tokens[last] as TextToken).end],
        item: itemIndex,
      });
    }
  });
  return ranges.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
}

/** Sorted, non-overlapping ranges (overlapping and touching ones merged). */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The highlight ranges of `items` in `text` read as `field`. */
export function highlightText(
  text: string,
  field: IndexField,
  items: readonly MatcherItem[],
): Range[] {
  if (items.length === 0 || text === '') return [];
  return mergeRanges(taggedRanges(fieldWords(text), field, items).map((tagged) => tagged.range));
}
