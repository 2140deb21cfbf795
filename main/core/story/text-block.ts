/**
 * A TextBlock: one paragraph or line of a document, whatever its format, with the little of
 * its look that tells headers from text (centred, bold, a heading, its type size). Every
 * format is turned into blocks first (text-blocks.ts, html-blocks.ts, rtf-blocks.ts,
 * pdf-lines.ts, DOCX through html-blocks.ts), so the readers of news-database exports
 * (nexis-export.ts, factiva-export.ts) and of single documents (document-story.ts) are
 * written once for all of them.
 */
export interface TextBlock {
  /** The text on one line: runs of white space are one space, trimmed. */
  text: string;
  /** Centred on the page (a text file's leading spaces, `text-align: center`, a PDF line). */
  centered?: boolean;
  bold?: boolean;
  /** Marked as a heading (`<h1>`–`<h3>`, a Word heading style, Factiva's headline). */
  heading?: boolean;
  /** Marked as an author line (Factiva's `class="author"`). */
  author?: boolean;
  /** The type size (PDF points, RTF half-points ÷ 2), when the format says. */
  size?: number;
  /** The page it is on, from 1 (PDF only). */
  page?: number;
}

/** White space (no-break spaces included) folded to single spaces, trimmed. */
export function blockText(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}
