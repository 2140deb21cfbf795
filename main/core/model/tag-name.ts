/**
 * How a tag is written once stored: Unicode NFC, lower case, spaces trimmed and runs of
 * white space made one space. `Ports`, ` ports ` and `PORTS` are one tag. Shared by the
 * query language (`tag:Ports`), the library and the request schemas, so a tag typed in any
 * of them finds the same stories.
 *
 * @example normaliseTag('  Harbour   Strikes ') → 'harbour strikes'
 */
export function normaliseTag(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** The longest tag, in characters, after normalising. */
export const MAX_TAG_LENGTH = 100;
