/**
 * What the document readers (PDF, DOCX, RTF) give read-stories.ts: a document's blocks
 * (text-block.ts) and its own title, or the reason it cannot be read.
 */
import type { TextBlock } from './text-block';

export interface DocumentBlocks {
  blocks: TextBlock[];
  /** The document's own title (PDF metadata, RTF `\title`, Word's core title), or null. */
  title: string | null;
  warnings: string[];
  /** A PDF's running heads and feet (their text, digits as `#`), removed from every page. */
  running?: string[];
  /** A PDF's pages read (all, or the ones asked for). */
  pagesRead?: number;
}

export type DocumentRead = { ok: true; document: DocumentBlocks } | { ok: false; reason: string };
