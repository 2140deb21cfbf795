/**
 * Where a story came from, in the reader's words: the name of its file's format, and its
 * source address as a link. The engine only ever gives an http(s) address; the reader checks
 * again, so nothing but a web address can become a link.
 */
import type { StoryFormat } from '../../../contract/api';

export const FORMAT_NAMES: Readonly<Record<StoryFormat, string>> = {
  text: 'Text file',
  html: 'Saved web page',
  markdown: 'Markdown clipping',
  pdf: 'PDF',
  docx: 'Word document',
  rtf: 'RTF document',
  mhtml: 'Saved web page (MHTML)',
};

/** `https://news.example.com/a/b` → a link to it labelled `news.example.com/a/b`; else null. */
export function sourceLink(url: string | null): { href: string; label: string } | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  const path = parsed.pathname === '/' ? '' : parsed.pathname;
  return { href: parsed.href, label: `${parsed.host}${path}${parsed.search}` };
}
