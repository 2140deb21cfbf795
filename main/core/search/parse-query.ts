/**
 * The search language, parsed into a structure lunr never has to read as text.
 *
 * What a user can type (lunr's language, with what readers expect on top):
 *   `oil prices`             every word is required (lunr's default is "any word")
 *   `+oil -gas`              required / prohibited (a `+` is redundant but allowed)
 *   `title:oil`              a word in one field: title, captions, byline, dateline, body
 *   `ship*` `*port` `s*p`    wildcards (matched against index terms, as lunr does)
 *   `oil~1`                  edit distance 0–2;   `oil^3`: boost
 *   `"north korea"`          a phrase: its words next to each other (stems and stop words
 *                            included), in one field;   `title:"north korea"` in the title
 *   `oil OR gas`             either; binds tighter than the implicit AND
 *   `section:world`          a filter (several are alternatives; `-section:sport` excludes)
 *   `date:2022-11-01..2022-11-30`, `date:2022-11`, `date:2022`, `date:2022-11-01..`,
 *   `date:..2022-11-30`      a date filter (`-date:` excludes)
 *   `is:starred` `is:read` `is:unread` `has:note` `has:highlight` `tag:ports`
 *                            the reader's library (`-is:starred`, `-tag:x` exclude); resolved
 *                            by the service, which holds the library
 *   `person:"James Baker"` `person:baker` `org:opec` `place:japan`
 *                            the names a story holds (extracted at index time; aliases
 *                            folded, a one-word person is a surname too; `-place:x` excludes)
 *
 * Anything else is text: a word before a colon followed by a space (`Q&A: Malcolm`,
 * `UPDATE 2:`), a capitalised word before a colon (`UPDATE:Ferry`), a free-standing `--`, a
 * trailing `~` or `^`, a lone `+`, `-5C`, an unmatched quote. A pasted headline must find its
 * story. Only input that asks for something impossible is refused, with
 * ClippingsError('E_QUERY', sentence): a date that is not a date, an empty phrase, an edit
 * distance over 2, a boost of 0, a wildcard with an edit distance, a lower-case field name
 * that is not one (`colour:red`, which once matched nothing in silence), a name field with no
 * name (`person:`).
 *
 * A word written as one unit that holds several words (`U.S.-China`, `Q&A`, `covid-19`) is a
 * phrase: its parts must stand together, as they do in the text it was copied from.
 */
import { calendarDate, daysInMonth } from '../model/calendar-date';
import { ClippingsError } from '../model/errors';
import type { IndexField } from './index-fields';
import { foldText } from './fold-text';
import { foldWord, indexTerm } from './index-term';
import type { LibraryCondition } from './library-conditions';
import { LIBRARY_FIELDS, libraryCondition } from './library-conditions';
import { tokenizeText } from './text-tokens';
import type { EntityCondition } from '../entities/entity-condition';
import { entityCondition } from '../entities/entity-condition';
import type { EntityKind } from '../model/entities';

export interface QueryWord {
  /** The word as written. */
  text: string;
  /**
   * The index term to look up: stemmed for a plain word, the folded pattern (with `*`) for a
   * wildcard word; null for a stop word (which only a phrase check can use).
   */
  term: string | null;
  /** Folded, unstemmed: how a phrase matches a stop word. */
  folded: string;
  wildcard: boolean;
  editDistance: number;
}

export interface QueryTerm {
  kind: 'term';
  word: QueryWord;
  /** null: any field. */
  fields: IndexField[] | null;
  boost: number;
  /** Typed with `+`: the story must hold it, even when a query with few hits is loosened. */
  pinned?: boolean;
}

export interface QueryPhrase {
  kind: 'phrase';
  words: QueryWord[];
  fields: IndexField[] | null;
  boost: number;
}

export type QueryItem = QueryTerm | QueryPhrase;

export interface DateRange {
  /** Inclusive `YYYY-MM-DD` bounds; null is open. */
  from: string | null;
  to: string | null;
}

export interface ParsedQuery {
  /** Every group must match; a group is one item, or several joined by OR. */
  required: QueryItem[][];
  /** A story holding any of these is left out. */
  prohibited: QueryItem[];
  sections: { include: string[]; exclude: string[] };
  dates: { include: DateRange[]; exclude: DateRange[] };
  /** Every included condition must hold, no excluded one may. */
  library: { include: LibraryCondition[]; exclude: LibraryCondition[] };
  /** Names the story must hold, and names it may not (`person:`, `org:`, `place:`). */
  entities: { include: EntityCondition[]; exclude: EntityCondition[] };
  /** Words typed but not searchable (stop words such as "the"): a query of only these finds nothing. */
  ignored: string[];
  /**
   * The words of the text the user typed to find (not prohibited, not in a field), in order,
   * stop words included: what the proximity bonus looks for as a run in a story.
   */
  sequence: QueryWord[];
  /** Set by relaxQuery: the last required group is the query's plain words, loosened. */
  loose?: boolean;
}

/** A Map, not an object: `constructor:` or `__proto__:` must not find Object's own keys. */
const TEXT_FIELDS: ReadonlyMap<string, IndexField> = new Map([
  ['title', 'title'],
  ['caption', 'captions'],
  ['captions', 'captions'],
  ['byline', 'byline'],
  ['dateline', 'dateline'],
  ['body', 'body'],
]);
/** The name fields, and the kind of name each asks for. */
const ENTITY_FIELDS: ReadonlyMap<string, EntityKind> = new Map([
  ['person', 'person'],
  ['org', 'organisation'],
  ['organisation', 'organisation'],
  ['organization', 'organisation'],
  ['place', 'place'],
]);
const FILTER_FIELDS = new Set(['section', 'date', ...LIBRARY_FIELDS, ...ENTITY_FIELDS.keys()]);
const FIELD_HELP =
  'Fields are title:, caption:, byline:, dateline:, body:, section:, date:, person:, org:, place:, is:, has: and tag:.';
const OPEN_QUOTES = '"“„';
const CLOSE_QUOTES: Record<string, string> = { '"': '"', '“': '”', '„': '“' };
const MAX_EDIT_DISTANCE = 2;

interface RawItem {
  presence: '+' | '-' | null;
  field: string | null;
  phrase: boolean;
  body: string;
  boost: number;
  editDistance: number;
}

type Lexeme = { kind: 'or' } | { kind: 'item'; item: RawItem };

export function parseQuery(text: string): ParsedQuery {
  const query: ParsedQuery = {
    required: [],
    prohibited: [],
    sections: { include: [], exclude: [] },
    dates: { include: [], exclude: [] },
    library: { include: [], exclude: [] },
    entities: { include: [], exclude: [] },
    ignored: [],
    sequence: [],
  };
  // A required item opens a group; `OR` followed by another text item adds to it.
  let group: QueryItem[] | null = null;
  let orPending = false;
  for (const lexeme of lex(text)) {
    if (lexeme.kind === 'or') {
      orPending = group !== null;
      continue;
    }
    const raw = lexeme.item;
    if (raw.field !== null && FILTER_FIELDS.has(raw.field)) {
      addFilter(query, raw);
      group = null;
    } else if (raw.presence === '-') {
      const item = toItem(raw);
      if (item && searchable(item)) query.prohibited.push(item);
      else if (item) query.ignored.push(raw.body);
      group = null;
    } else {
      const item = toItem(raw);
      if (item?.kind === 'term' && raw.presence === '+') item.pinned = true;
      if (item && raw.field === null) {
        query.sequence.push(...(item.kind === 'term' ? [item.word] : item.words));
      }
      if (!(orPending && group)) {
        group = [];
        query.required.push(group);
      }
      if (item && searchable(item)) group.push(item);
      else if (item) query.ignored.push(raw.body);
    }
    orPending = false;
  }
  query.required = query.required.filter((alternatives) => alternatives.length > 0);
  return query;
}

/** True when the parse holds nothing to search or filter by (an empty box, `+`, `--`). */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return (
    query.required.length === 0 &&
    query.prohibited.length === 0 &&
    query.sections.include.length === 0 &&
    query.sections.exclude.length === 0 &&
    query.dates.include.length === 0 &&
    query.dates.exclude.length === 0 &&
    !hasLibraryConditions(query) &&
    !hasEntityConditions(query)
  );
}

/** True when the query asks for names the story holds (`person:`, `org:`, `place:`). */
export function hasEntityConditions(query: ParsedQuery): boolean {
  return query.entities.include.length > 0 || query.entities.exclude.length > 0;
}

/** True when the query asks the reader's library (`is:`, `has:`, `tag:`). */
export function hasLibraryConditions(query: ParsedQuery): boolean {
  return query.library.include.length > 0 || query.library.exclude.length > 0;
}

/** Every word the index can look up (a phrase of stop words only has none). */
function searchable(item: QueryItem): boolean {
  return item.kind === 'term'
    ? item.word.term !== null
    : item.words.some((word) => word.term !== null);
}

// ───────────────────────────── lexing ─────────────────────────────

function lex(text: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpace(text[i] as string)) i += 1;
    if (i >= n) break;
    if (
      text.startsWith('OR', i) &&
      (i + 2 >= n || isSpace(text[i + 2] as string)) &&
      (i === 0 || isSpace(text[i - 1] as string))
    ) {
      lexemes.push({ kind: 'or' });
      i += 2;
      continue;
    }
    let presence: RawItem['presence'] = null;
    const sign = text[i] as string;
    if ((sign === '+' || sign === '-') && i + 1 < n) {
      const after = text[i + 1] as string;
      // `-5C`, `+3%`, `--`, `- ` are text; `-oil`, `+"a b"`, `-title:x` are operators.
      if (!isSpace(after) && after !== '+' && after !== '-' && !/\p{N}/u.test(after)) {
        presence = sign;
        i += 1;
      }
    }
    let field: string | null = null;
    const fieldMatch = /^([A-Za-z]+):(?=\S)/.exec(text.slice(i, i + 20));
    if (fieldMatch) {
      const name = (fieldMatch[1] as string).toLowerCase();
      if (TEXT_FIELDS.has(name) || FILTER_FIELDS.has(name)) {
        field = name;
        i += (fieldMatch[0] as string).length;
      } else if (/^[a-z]+$/.test(fieldMatch[1] as string) && text[i + name.length + 1] !== '/') {
        throw new ClippingsError(
          'E_QUERY',
          `"${name}:" is not a field. ${FIELD_HELP} To search for the word, leave out the colon.`,
        );
      }
    } else {
      const bare = /^([A-Za-z]+):(?=\s|$)/.exec(text.slice(i, i + 20));
      const kind = bare ? ENTITY_FIELDS.get((bare[1] as string).toLowerCase()) : undefined;
      if (kind) throw missingName(bare?.[1] as string);
    }
    const open = text[i] as string;
    if (OPEN_QUOTES.includes(open)) {
      const close = findClosingQuote(text, i + 1, open);
      if (close >= 0) {
        const modifiers = readModifiers(text, close + 1);
        lexemes.push({
          kind: 'item',
          item: {
            presence,
            field,
            phrase: true,
            body: text.slice(i + 1, close),
            boost: modifiers.boost,
            editDistance: 0,
          },
        });
        i = modifiers.end;
        continue;
      }
      i += 1; // an unmatched quote is text
    }
    let end = i;
    while (end < n && !isSpace(text[end] as string)) end += 1;
    const word = text.slice(i, end);
    i = end;
    if (word === '') continue;
    const { base, boost, editDistance } = splitModifiers(word);
    lexemes.push({
      kind: 'item',
      item: { presence, field, phrase: false, body: base, boost, editDistance },
    });
  }
  return lexemes;
}

function isSpace(char: string): boolean {
  return /\s/u.test(char);
}

function findClosingQuote(text: string, from: number, open: string): number {
  const wanted = CLOSE_QUOTES[open] ?? '"';
  for (let i = from; i < text.length; i += 1) {
    const char = text[i] as string;
    if (char === wanted || char === '"' || char === '”') return i;
  }
  return -1;
}

/** `^2` right after a closing quote (a phrase's `~N` proximity is not supported: text). */
function readModifiers(text: string, from: number): { boost: number; end: number } {
  const match = /^\^(\d+(?:\.\d+)?)(?=\s|$)/.exec(text.slice(from, from + 12));
  if (!match) return { boost: 1, end: from };
  return { boost: checkBoost(match[1] as string), end: from + (match[0] as string).length };
}

/** `oil~1^2` → `oil`, edit distance 1, boost 2. A `~`/`^` without a number stays text. */
function splitModifiers(word: string): { base: string; boost: number; editDistance: number } {
  let base = word;
  let boost = 1;
  let editDistance = 0;
  for (;;) {
    const match = /([~^])(\d+(?:\.\d+)?)$/.exec(base);
    if (!match || match.index === 0) break;
    const value = match[2] as string;
    if (match[1] === '^') boost = checkBoost(value);
    else editDistance = checkEditDistance(value);
    base = base.slice(0, match.index);
  }
  if (!/[\p{L}\p{N}]/u.test(base)) return { base: word, boost: 1, editDistance: 0 };
  return { base, boost, editDistance };
}

function checkBoost(value: string): number {
  const boost = Number(value);
  if (!(boost > 0)) {
    throw new ClippingsError(
      'E_QUERY',
      `A boost must be more than 0, as in oil^2 (not ^${value}).`,
    );
  }
  return Math.min(boost, 1000);
}

function checkEditDistance(value: string): number {
  const distance = Number(value);
  if (!Number.isInteger(distance) || distance > MAX_EDIT_DISTANCE) {
    throw new ClippingsError(
      'E_QUERY',
      `Spelling tolerance goes from ~0 to ~${MAX_EDIT_DISTANCE} (oil~1 also finds "oils" and "soil"), not ~${value}.`,
    );
  }
  return distance;
}

// ───────────────────────────── items ─────────────────────────────

const WILDCARD_WORD = /^[\p{L}\p{M}\p{N}'’.*]+$/u;

function toItem(raw: RawItem): QueryItem | null {
  const fields = raw.field === null ? null : [TEXT_FIELDS.get(raw.field) as IndexField];
  const words = raw.phrase ? phraseWords(raw.body) : bareWords(raw.body, raw.editDistance);
  if (raw.phrase && words.length === 0) {
    throw new ClippingsError(
      'E_QUERY',
      'There is nothing between the quotes: put the words of the phrase inside them.',
    );
  }
  if (words.length === 0) return null;
  if (words.length === 1) {
    return { kind: 'term', word: words[0] as QueryWord, fields, boost: raw.boost };
  }
  return { kind: 'phrase', words, fields, boost: raw.boost };
}

/** One unquoted word: a wildcard pattern, a word, or (several parts) an implicit phrase. */
function bareWords(body: string, editDistance: number): QueryWord[] {
  const trimmed = body.replace(/^[^\p{L}\p{M}\p{N}*]+|[^\p{L}\p{M}\p{N}*]+$/gu, '');
  if (trimmed.includes('*') && WILDCARD_WORD.test(trimmed)) {
    if (editDistance > 0) {
      throw new ClippingsError(
        'E_QUERY',
        `"${body}" has both a wildcard and a spelling tolerance; use one or the other.`,
      );
    }
    return /[\p{L}\p{N}]/u.test(trimmed) ? [wildcardWord(trimmed)] : [];
  }
  const words = tokenizeText(body).map((token) => plainWord(token.text, 0));
  if (words.length === 1 && editDistance > 0) {
    return [plainWord((words[0] as QueryWord).text, editDistance)];
  }
  return words;
}

/** The words of a quoted phrase; a piece with `*` is a wildcard word. */
function phraseWords(body: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const piece of body.split(/\s+/u)) {
    const trimmed = piece.replace(/^[^\p{L}\p{M}\p{N}*]+|[^\p{L}\p{M}\p{N}*]+$/gu, '');
    if (trimmed.includes('*') && WILDCARD_WORD.test(trimmed) && /[\p{L}\p{N}]/u.test(trimmed)) {
      words.push(wildcardWord(trimmed));
    } else {
      for (const token of tokenizeText(piece)) words.push(plainWord(token.text, 0));
    }
  }
  return words;
}

function plainWord(text: string, editDistance: number): QueryWord {
  return { text, term: indexTerm(text), folded: foldWord(text), wildcard: false, editDistance };
}

function wildcardWord(text: string): QueryWord {
  const pattern = foldText(text).replace(/['’]/g, '').replace(/\*+/g, '*');
  return { text, term: pattern, folded: pattern, wildcard: true, editDistance: 0 };
}

// ───────────────────────────── filters ─────────────────────────────

function missingName(field: string): ClippingsError {
  return new ClippingsError(
    'E_QUERY',
    `Write a name after ${field.toLowerCase()}:, as in person:"James Baker", person:baker, org:opec or place:japan.`,
  );
}

function addFilter(query: ParsedQuery, raw: RawItem): void {
  const value = raw.body.trim();
  const kind = raw.field === null ? undefined : ENTITY_FIELDS.get(raw.field);
  if (kind) {
    const condition = entityCondition(kind, value);
    if (condition.name === '') throw missingName(raw.field as string);
    (raw.presence === '-' ? query.entities.exclude : query.entities.include).push(condition);
    return;
  }
  if (raw.field !== null && LIBRARY_FIELDS.has(raw.field)) {
    const condition = libraryCondition(raw.field, value);
    (raw.presence === '-' ? query.library.exclude : query.library.include).push(condition);
    return;
  }
  if (raw.field === 'section') {
    const section = foldText(value);
    if (section === '') return;
    (raw.presence === '-' ? query.sections.exclude : query.sections.include).push(section);
    return;
  }
  const range = parseDateRange(value);
  (raw.presence === '-' ? query.dates.exclude : query.dates.include).push(range);
}

const DATE_HELP =
  'Write dates as date:2022-11-01, date:2022-11, date:2022, or a range such as date:2022-11-01..2022-11-30 (either end may be left open).';

/** `2022-11-01..2022-11-30`, `2022-11`, `2022`, `2022-11-01..`, `..2022-11-30`. */
export function parseDateRange(value: string): DateRange {
  const parts = value.split('..');
  if (parts.length > 2) throw dateError(value);
  if (parts.length === 1) {
    const only = parseDatePrefix(parts[0] as string, value);
    return { from: only.first, to: only.last };
  }
  const [left, right] = parts as [string, string];
  if (left === '' && right === '') throw dateError(value);
  const from = left === '' ? null : parseDatePrefix(left, value).first;
  const to = right === '' ? null : parseDatePrefix(right, value).last;
  if (from !== null && to !== null && from > to) {
    throw new ClippingsError(
      'E_QUERY',
      `The date range ${value} ends before it starts; write the earlier date first.`,
    );
  }
  return { from, to };
}

/** A year, month or day → its first and last day. */
function parseDatePrefix(text: string, whole: string): { first: string; last: string } {
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text.trim());
  if (!match) throw dateError(whole);
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) throw dateError(whole);
  if (month === null) {
    const first = calendarDate(year, 1, 1);
    const last = calendarDate(year, 12, 31);
    if (first === null || last === null) throw dateError(whole);
    return { first, last };
  }
  if (day === null) {
    const last = calendarDate(year, month, daysInMonth(year, month));
    if (last === null) throw dateError(whole);
    return { first: `${last.slice(0, 8)}01`, last };
  }
  const date = calendarDate(year, month, day);
  if (date === null) throw dateError(whole);
  return { first: date, last: date };
}

function dateError(value: string): ClippingsError {
  return new ClippingsError('E_QUERY', `"${value}" is not a date. ${DATE_HELP}`);
}
