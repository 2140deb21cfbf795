/**
 * Text made well-formed UTF-16: each lone surrogate (half of a character, as a broken paste or
 * a careless client can send) becomes U+FFFD, once. SQLite and every file store UTF-8, where a
 * lone surrogate has no encoding: left in, it is stored as three replacement characters or
 * swallows the character after it, and the text read back is not the text written (a tag
 * could then never be found again). Doing it once, before anything is stored or compared,
 * keeps what is stored and what is asked for the same. (String.prototype.toWellFormed, which
 * does the same, is not in the ES2023 library this code compiles against.)
 *
 * @example wellFormed('ports\uD800') // 'ports\uFFFD'
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}
