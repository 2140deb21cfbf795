/**
 * How a tag is written once stored: well-formed (a lone surrogate made U+FFFD, see
 * well-formed-text.ts), Unicode NFC, lower case, spaces trimmed and runs of white space made
 * one space. `Ports`, ` ports ` and `PORTS` are one tag. Shared by the query language
 * (`tag:Ports`), the library and the request schemas, so a tag typed in any of them finds the
 * same stories.
 *
 * @example normaliseTag('  Harbour   Strikes ') → 'harbour strikes'
 */
import { wellFormed } from './well-formed-text';

export function normaliseTag(text: string): string {
  return wellFormed(text).normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** The rule for a tag: at least one letter or digit (`!!!` or zero-width spaces are no tag). */
export function isTagName(tag: string): boolean {
  return /[\p{L}\p{N}]/u.test(tag);
}

/** The longest tag, in characters, after normalising. */
export const MAX_TAG_LENGTH = 100;
