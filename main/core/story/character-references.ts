/**
 * HTML character references in story text (`Jos&#233;`, `&amp;`, `&eacute;`), decoded: scrapers
 * often save a page's text with its references left in, and a reader should see "José & Co",
 * search should find "josé", and snippets should quote it. Strict decoding (the `entities`
 * library, the HTML named-reference table): only references ending with `;` are read, so text
 * such as `AT&T` or `&copy 2022` in a sentence stays as written. What a reference decodes to is
 * normalised like the rest of the text: a control character, line break or no-break space
 * (or the replacement character HTML gives `&#0;`) becomes a plain space, so a reference cannot
 * add a line or hide a character.
 */
import { decodeHTMLStrict } from 'entities';

// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u00a0\u2028\u2029\ufffd]/g;

/** One line of story text with its character references decoded. */
export function decodeCharacterReferences(line: string): string {
  if (!line.includes('&')) return line;
  const decoded = decodeHTMLStrict(line);
  return decoded === line ? line : decoded.replace(CONTROL_OR_BREAK, ' ').trim();
}
