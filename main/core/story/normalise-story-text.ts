/**
 * normaliseStoryText: the one text shape the parser reads, whatever the file's origin.
 * - line endings: CRLF and lone CR → LF; LINE/PARAGRAPH SEPARATOR (U+2028/9) → LF;
 * - spaces: NO-BREAK SPACE (the date header ends with one), figure and narrow no-break spaces,
 *   tab, vertical tab and form feed → a plain space;
 * - removed: other C0 controls, DEL, C1 controls (U+0080–U+009F, which is also where the
 *   WHATWG Windows-1252 decoder puts the five undefined bytes 0x81 0x8D 0x8F 0x90 0x9D),
 *   ZERO WIDTH SPACE and stray BYTE ORDER MARKs (U+FEFF).
 * Fast path for the common file, whose only oddity is the NBSP of its date header: one native
 * scan for anything else, then a native replace of the NBSPs. Otherwise one pass over the
 * characters, copying only around what changes.
 */

/** Everything the slow path handles, except the NBSP (and the LF, which stays). */
const NEEDS_CHARACTER_PASS =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2007\u2028\u2029\u202f\u200b\ufeff]/;

/**
 * True when the text holds nothing but printable characters, line feeds and NBSPs — the
 * common case. Such a text has no control characters either, so callers use this to skip the
 * binary check too (one scan instead of two).
 */
export function isPlainStoryText(text: string): boolean {
  return !NEEDS_CHARACTER_PASS.test(text);
}

/** `plain`: the caller's isPlainStoryText(text), when it already asked. */
export function normaliseStoryText(text: string, plain = isPlainStoryText(text)): string {
  if (plain) {
    return text.includes('\u00a0') ? text.replaceAll('\u00a0', ' ') : text;
  }
  return characterPass(text);
}

function characterPass(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 0x20 && code < 0x7f) || code === 0x0a) continue;
    let replacement: string;
    if (code < 0x20) {
      if (code === 0x0d) replacement = text.charCodeAt(i + 1) === 0x0a ? '' : '\n';
      else if (code === 0x09 || code === 0x0b || code === 0x0c) replacement = ' ';
      else replacement = '';
    } else if (code <= 0xa0) {
      replacement = code === 0xa0 ? ' ' : '';
    } else if (code < 0x2007) {
      continue;
    } else if (code === 0x2007 || code === 0x202f) {
      replacement = ' ';
    } else if (code === 0x2028 || code === 0x2029) {
      replacement = '\n';
    } else if (code === 0x200b || code === 0xfeff) {
      replacement = '';
    } else continue;
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
