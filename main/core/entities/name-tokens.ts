/**
 * A block of text as the tagger reads it: sentences of tokens, split as CoNLL-2003 splits
 * them (the tagger learnt on its tokens): punctuation apart, a possessive `'s` apart, a
 * sentence's last dot apart; abbreviations (`U.S.`, `Mr.`) and inner marks (`O'Neill`,
 * `AT&T`, `al-Assad`) kept.
 */

/** A word: letters, digits and the marks names hold; or one mark of punctuation. */
const TOKEN = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.&-]*|[^\s\p{L}\p{M}\p{N}]/gu;
const ABBREVIATION = /^(?:\p{L}\.)+$/u;
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
  'bros',
  'vs',
]);
const SENTENCE_END = new Set(['.', '!', '?']);
const POSSESSIVE = /^(.+?)([’']s?)$/u;

/** The sentences of a block, at most `maxTokens` tokens in all. */
export function sentencesOf(text: string, maxTokens: number): string[][] {
  const sentences: string[][] = [];
  let sentence: string[] = [];
  let seen = 0;
  const push = (token: string) => {
    sentence.push(token);
    seen += 1;
    if (SENTENCE_END.has(token)) {
      sentences.push(sentence);
      sentence = [];
    }
  };
  for (const match of text.matchAll(TOKEN)) {
    if (seen >= maxTokens) break;
    const raw = match[0];
    if (raw.length === 1) {
      push(raw);
      continue;
    }
    splitWord(raw, push);
  }
  if (sentence.length > 0) sentences.push(sentence);
  return sentences;
}

function splitWord(raw: string, push: (token: string) => void): void {
  const last = raw.charCodeAt(raw.length - 1);
  // Most words end in a letter or digit other than s: nothing to split.
  if (last !== 46 && last !== 115 && last !== 39 && last !== 45 && last !== 8217) {
    push(raw);
    return;
  }
  let word = raw;
  let tail: string | null = null;
  const possessive = last === 115 || last === 39 || last === 8217 ? POSSESSIVE.exec(word) : null;
  if (possessive) {
    word = possessive[1] as string;
    tail = possessive[2] as string;
  }
  if (word.endsWith('-')) word = word.replace(/-+$/u, '');
  if (word.endsWith('.') && !ABBREVIATION.test(word)) {
    const bare = word.replace(/\.+$/u, '');
    if (!SHORT_FORMS.has(bare.toLowerCase())) {
      if (bare !== '') push(bare);
      if (tail) push(tail);
      push('.');
      return;
    }
  }
  if (word !== '') push(word);
  if (tail) push(tail);
}
