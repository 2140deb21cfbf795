/**
 * A story's text written as Markdown that reads back as the same characters: the writing half
 * of the export format's round trip (read-markdown-clipping.ts is the reading half). Every
 * character that could start Markdown markup gets CommonMark's backslash escape, so a
 * paragraph that happens to open with `#`, `>`, `- ` or `1.`, or holds `*stars*`, `[brackets]`,
 * `<tags>`, `` `ticks` ``, `~tildes~` or `&amp;`, is text, not markup, when read back.
 *
 * @example
 *   escapeMarkdownText('# 1 in the charts') // '\\# 1 in the charts'
 *   escapeMarkdownText('3. Tom & Jerry *live*') // '3\\. Tom & Jerry \\*live\\*'
 */

/** Markup characters anywhere in a line. */
const INLINE = /[\\`*_[\]<~]|&(?=#?[0-9A-Za-z]+;)/g;
/** What makes a line a heading, a quote, a list item or a thematic break when it starts it. */
const LINE_START = /^(?:[#>+=-]|\d{1,9}(?=[.)]))/;

/**
 * One paragraph (a single line of text, as a Story's paragraphs are) → Markdown that reads
 * back as that exact text.
 */
export function escapeMarkdownText(text: string): string {
  return escapeLineStart(escapeMarkdownInline(text));
}

/** Text inside a line (not at its start): only the markup characters escaped. */
export function escapeMarkdownInline(text: string): string {
  return text.replace(INLINE, (char) => `\\${char}`);
}

/** A line's opening escaped when it would make the line a heading, quote or list item. */
export function escapeLineStart(escaped: string): string {
  const start = LINE_START.exec(escaped);
  if (!start) return escaped;
  // A number opening a list item is escaped at its `.` or `)`; the others at their first character.
  return /^\d/.test(start[0]) ? `${start[0]}\\${escaped.slice(start[0].length)}` : `\\${escaped}`;
}
