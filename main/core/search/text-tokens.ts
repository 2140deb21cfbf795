/**
 * The one tokenizer of the search engine: the index, the query parser, phrase checks and
 * highlighting all cut text into words here, so a word the index holds is a word the
 * highlighter finds again at the same offsets.
 *
 * A word is a run of letters, marks and digits, joined across an apostrophe between word
 * characters (`Korea's`, `O'Brien`), a full stop between word characters (`U.S`, `3.5`) and a
 * comma between digits (`2,500`). Everything else separates words: spaces, hyphens, slashes,
 * colons, quotes.
 *
 * A hand-written scanner with a per-code-unit class table, not a Unicode regex: it is the
 * innermost loop of indexing (every word of every story) and runs several times faster.
 */

export interface TextToken {
  /** The word as written. */
  text: string;
  /** `[start, end)` offsets into the text. */
  start: number;
  end: number;
  /** True when a line break separates this word from the one before (no phrase spans it). */
  afterBreak: boolean;
}

// Class 0 (the table's default): anything that separates words.
const WORD = 1;
const DIGIT = 2;
const JOINER = 3; // ' ’ .
const COMMA = 4;
const NEWLINE = 5;
const HIGH_SURROGATE = 6;

const CLASSES = buildClassTable();

function buildClassTable(): Uint8Array {
  const table = new Uint8Array(65_536);
  const word = /[\p{L}\p{M}\p{N}]/u;
  const digit = /\p{N}/u;
  for (let code = 0; code < 65_536; code += 1) {
    if (code >= 0xd800 && code <= 0xdbff) {
      table[code] = HIGH_SURROGATE;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (digit.test(char)) table[code] = DIGIT;
    else if (word.test(char)) table[code] = WORD;
  }
  table[0x27] = JOINER; // '
  table[0x2019] = JOINER; // ’
  table[0x2e] = JOINER; // .
  table[0x2c] = COMMA;
  table[0x0a] = NEWLINE;
  return table;
}

const ASTRAL_WORD = /^[\p{L}\p{M}\p{N}]$/u;

/** Width (1 or 2 code units) of the word character at `i`, or 0 when it is not one. */
function wordCharWidth(text: string, i: number): number {
  const kind = CLASSES[text.charCodeAt(i)];
  if (kind === WORD || kind === DIGIT) return 1;
  if (kind === HIGH_SURROGATE && i + 1 < text.length) {
    const pair = text.slice(i, i + 2);
    return ASTRAL_WORD.test(pair) ? 2 : 0;
  }
  return 0;
}

/**
 * Calls `visit(start, end, afterBreak)` for each word of `text`, in order.
 * The scanner behind tokenizeText and forEachWord.
 */
function scan(
  text: string,
  visit: (start: number, end: number, afterBreak: boolean) => void,
): void {
  const length = text.length;
  let i = 0;
  let sawBreak = false;
  let first = true;
  while (i < length) {
    const width = wordCharWidth(text, i);
    if (width === 0) {
      if (CLASSES[text.charCodeAt(i)] === NEWLINE) sawBreak = true;
      i += 1;
      continue;
    }
    const start = i;
    i += width;
    for (;;) {
      if (i >= length) break;
      const step = wordCharWidth(text, i);
      if (step > 0) {
        i += step;
        continue;
      }
      const kind = CLASSES[text.charCodeAt(i)];
      if (kind === JOINER && i + 1 < length && wordCharWidth(text, i + 1) > 0) {
        i += 1;
        continue;
      }
      if (
        kind === COMMA &&
        CLASSES[text.charCodeAt(i - 1)] === DIGIT &&
        i + 1 < length &&
        CLASSES[text.charCodeAt(i + 1)] === DIGIT
      ) {
        i += 1;
        continue;
      }
      break;
    }
    visit(start, i, !first && sawBreak);
    first = false;
    sawBreak = false;
  }
}

/** The words of `text`, in order, with their offsets. */
export function tokenizeText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  scan(text, (start, end, afterBreak) => {
    tokens.push({ text: text.slice(start, end), start, end, afterBreak });
  });
  return tokens;
}

/** Each word of `text` as a string (the index's hot path: no offsets kept). */
export function forEachWord(
  text: string,
  visit: (word: string, afterBreak: boolean) => void,
): void {
  scan(text, (start, end, afterBreak) => visit(text.slice(start, end), afterBreak));
}

/** The words of `text` as strings. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (word) => words.push(word));
  return words;
}
