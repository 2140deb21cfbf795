/**
 * Runs of capitalised words in a block of text: the candidates for names. A run may hold the
 * small words names are written with (`Bank of England`, `Vincent van Gogh`, `Johnson &
 * Johnson`), never at its ends; it ends at punctuation that ends a phrase. Each run remembers
 * whether it opens a sentence (where any word is capitalised) and the lower-case word before
 * it (`president`, `striker`), which says what kind of name follows.
 */

export interface NameRun {
  /** The words of the run, possessive `'s` and sentence dots removed. */
  words: string[];
  /** The run's first word opens a sentence (or the block). */
  sentenceStart: boolean;
  /** The word just before the run, lower case, or '' when the run opens a sentence. */
  before: string;
  /** A number follows the run (`Chelsea 2`): in a results table, a team and its score. */
  beforeNumber?: true;
}

/** Words a name may hold between its capitalised words. */
const CONNECTORS = new Set([
  'of',
  'de',
  'del',
  'da',
  'van',
  'von',
  'der',
  'den',
  'al',
  'bin',
  'ibn',
  'la',
  'le',
  'du',
  'for',
  'and',
  '&',
  'the',
]);
/** A word: letters, digits and the marks names hold (O'Neill, AT&T, U.S., al-Assad). */
const TOKEN = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.&-]*|[^\s\p{L}\p{M}\p{N}]/gu;
const ABBREVIATION = /^(?:\p{L}\.)+$/u;
const POSSESSIVE = /[’']s$/u;
const SHORT_FORMS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'rev',
  'jr',
  'sr',
  'co',
  'inc',
  'corp',
  'ltd',
  'no',
  'mt',
  'ft',
]);
const SENTENCE_END = new Set([
  '.',
  '!',
  '?',
  ':',
  ';',
  '"',
  '“',
  '”',
  '(',
  ')',
  '[',
  ']',
  '—',
  '–',
]);
/** At most this many words are looked at per block: a run-on block cannot cost more. */
export const MAX_WORDS_PER_BLOCK = 4000;

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const char = String.fromCodePoint(word.codePointAt(0) ?? 0);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Set by cleanWord: the word it cleaned ended its sentence (`said.`). */
let endedSentence = false;

/** `Baker's` → `Baker`; `said.` → `said` (and the sentence ends); `U.S.` stays. */
function cleanWord(raw: string): string {
  endedSentence = false;
  const last = raw.charCodeAt(raw.length - 1);
  // Most words end in a letter or digit other than s: nothing to clean.
  if (last !== 46 && last !== 115 && last !== 39 && last !== 45 && last !== 8217) return raw;
  let word = raw.replace(/[’']s$/u, '').replace(/[’'-]+$/u, '');
  if (word.endsWith('.') && !ABBREVIATION.test(word)) {
    word = word.replace(/\.+$/u, '');
    endedSentence = !SHORT_FORMS.has(word.toLowerCase());
  }
  return word;
}

/** A one-character token that is a letter or digit (not punctuation). */
function isWordStart(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return LETTER_OR_DIGIT.test(char);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function nameRuns(text: string, lowerWords?: Set<string>): NameRun[] {
  const runs: NameRun[] = [];
  let current: NameRun | null = null;
  let pendingConnectors: string[] = [];
  let sentenceStart = true;
  let before = '';
  let seen = 0;
  const close = () => {
    if (current && current.words.length > 0) runs.push(current);
    current = null;
    pendingConnectors = [];
  };
  for (const match of text.matchAll(TOKEN)) {
    if (++seen > MAX_WORDS_PER_BLOCK) break;
    const raw = match[0];
    if (raw.length === 1 && !isWordStart(raw)) {
      if (raw === ',' || raw === '&') {
        if (raw === '&' && current) pendingConnectors.push(raw);
        else close();
      } else {
        close();
        if (SENTENCE_END.has(raw)) sentenceStart = true;
      }
      before = '';
      continue;
    }
    const word = cleanWord(raw);
    const endsSentence = endedSentence;
    if (word !== '' && isCapitalised(word)) {
      if (current) current.words.push(...pendingConnectors, word);
      else current = { words: [word], sentenceStart, before };
      pendingConnectors = [];
      // A possessive ends its name: `Italy's Fascist dictator` names Italy.
      if (raw !== word && POSSESSIVE.test(raw)) close();
    } else if (current && CONNECTORS.has(word) && !endsSentence) {
      pendingConnectors.push(word);
    } else {
      const first = word.charCodeAt(0);
      if (current && first >= 48 && first <= 57) current.beforeNumber = true;
      close();
      before = word;
      lowerWords?.add(word);
    }
    sentenceStart = endsSentence;
    if (endsSentence) {
      close();
      before = '';
    }
  }
  close();
  return runs;
}
