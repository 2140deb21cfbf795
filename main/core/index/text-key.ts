/**
 * The text key of a story: how the same story saved several ways (an export as TXT and as
 * PDF, a page saved as HTML and printed to PDF) is known to be one, by its words and not its
 * bytes. Line breaks, hyphenation, page numbers, markup and type all differ between formats;
 * the words of the body do not.
 *
 * The key is a hash of the body's first KEY_WORDS words of four letters or more (folded:
 * case and accents), starting at its first paragraph of at least OPENING_WORDS words — a
 * title, a byline or a dateline a format kept in the body is passed over that way, and
 * numbers (page numbers) never count. A body with fewer such words has no key (null): a
 * short story is folded by its title and date only.
 */
import { createHash } from 'node:crypto';
import { foldText } from '../search/fold-text';

const KEY_WORDS = 40;
const OPENING_WORDS = 15;
const WORD = /\p{L}{4,}/gu;

export function textKeyOf(paragraphs: readonly string[]): string | null {
  const words: string[] = [];
  let started = false;
  for (const paragraph of paragraphs) {
    const found = foldText(paragraph).match(WORD) ?? [];
    if (!started) {
      if (paragraph.split(/\s+/).length < OPENING_WORDS) continue;
      started = true;
    }
    for (const word of found) {
      words.push(word);
      if (words.length === KEY_WORDS) {
        return createHash('sha1').update(words.join(' ')).digest('hex').slice(0, 16);
      }
    }
  }
  return null;
}
