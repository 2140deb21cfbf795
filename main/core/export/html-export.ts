/**
 * Stories as one HTML document for reading or printing anywhere: every text escaped (a story
 * never becomes markup), each highlight marked once, exactly where the reader shows it (its
 * anchor: text-quote.ts picks the occurrence whose surroundings match, and falls back to a
 * match ignoring case, as the reader does), notes under each story, and a print stylesheet
 * inside (serif text, no backgrounds, one story per page).
 */
import type { HighlightAnchor } from '../model/library';
import { anchorQuote } from '../library/text-quote';
import type { ExportItem } from './export-item';

const STYLE = `
body { font: 1.0625rem/1.6 Charter, 'Noto Serif', Georgia, serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1d1b18; }
header p, .library, figcaption { font-family: system-ui, sans-serif; font-size: 0.875rem; color: #55504a; }
h1 { font-size: 1.6rem; line-height: 1.25; }
mark { background: #fbe6a2; }
article + article { border-top: 1px solid #ccc; margin-top: 3rem; padding-top: 2rem; }
.notes li { white-space: pre-wrap; }
@media print {
  body { margin: 0; max-width: none; color: #000; }
  article + article { break-before: page; border: 0; }
  mark { background: none; text-decoration: underline; }
}`;

export function storiesAsHtml(items: readonly ExportItem[], title: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...items.map(article),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function article({ story, state, source }: ExportItem): string {
  const facts = [story.date ?? 'No date', story.section, story.byline ? `By ${story.byline}` : null]
    .filter((fact): fact is string => fact !== null)
    .map(escapeHtml)
    .join(' · ');
  const anchors = state.highlights
    .map((highlight) => anchorQuote(story, highlight))
    .filter((anchor): anchor is HighlightAnchor => anchor !== null);
  const marked = (part: HighlightAnchor['part'], index: number, text: string): string =>
    markRanges(
      text,
      anchors.filter((anchor) => anchor.part === part && anchor.index === index),
      part === 'paragraph' ? (story.struck ?? []).filter((range) => range.paragraph === index) : [],
    );
  const levels = new Map(
    (story.subheadings ?? []).map((heading) => [heading.paragraph, heading.level]),
  );
  const paragraphs = story.paragraphs.map((paragraph, index) => {
    const level = levels.get(index);
    if (level !== undefined) {
      const tag = `h${Math.min(6, Math.max(2, level))}`;
      return `<${tag}>${marked('paragraph', index, paragraph)}</${tag}>`;
    }
    const dateline =
      index === 0 && story.dateline ? `<strong>${escapeHtml(story.dateline)}</strong> — ` : '';
    return `<p>${dateline}${marked('paragraph', index, paragraph)}</p>`;
  });
  const library = [
    state.starred ? 'Starred' : null,
    state.read ? 'Read' : 'Unread',
    state.tags.length > 0 ? `Tags: ${state.tags.join(', ')}` : null,
  ]
    .filter((part): part is string => part !== null)
    .map(escapeHtml)
    .join(' · ');
  const notes = state.notes.length
    ? `<section class="notes"><h2>Notes</h2><ul>${state.notes
        .map((note) => `<li><time>${escapeHtml(note.created)}</time> ${escapeHtml(note.text)}</li>`)
        .join('')}</ul></section>`
    : '';
  const highlightNotes = state.highlights.filter((highlight) => highlight.note);
  const highlights = highlightNotes.length
    ? `<section class="notes"><h2>Highlight notes</h2><ul>${highlightNotes
        .map(
          (highlight) =>
            `<li><mark>${escapeHtml(highlight.quote)}</mark> — ${escapeHtml(highlight.note ?? '')}</li>`,
        )
        .join('')}</ul></section>`
    : '';
  return [
    `<article id="${escapeHtml(story.id)}">`,
    `<header><p>${facts}</p><h1>${marked('title', 0, story.title)}</h1></header>`,
    ...story.captions.map(
      (caption, index) =>
        `<figure><figcaption>${marked('caption', index, caption)}</figcaption></figure>`,
    ),
    ...paragraphs,
    `<p class="library">${library}${source ? ` · Source: ${escapeHtml(source)}` : ''} · File ${escapeHtml(story.file)}</p>`,
    notes,
    highlights,
    '</article>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The text escaped, with each anchored range wrapped in <mark> (overlaps: the first wins) and
 * each struck range in <s>; where the two cross, the text is cut at every edge so the tags
 * nest properly.
 */
function markRanges(
  text: string,
  anchors: readonly HighlightAnchor[],
  struck: readonly { start: number; end: number }[] = [],
): string {
  const ranges = anchors.map(({ start, end }) => [start, end] as const);
  ranges.sort((a, b) => a[0] - b[0]);
  const marks: (readonly [number, number])[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start < cursor) continue;
    marks.push([start, end]);
    cursor = end;
  }
  const edges = new Set([0, text.length]);
  for (const [start, end] of marks) edges.add(start).add(end);
  for (const { start, end } of struck) edges.add(start).add(end);
  const cuts = [...edges].filter((at) => at >= 0 && at <= text.length).sort((a, b) => a - b);
  const within = (list: readonly (readonly [number, number])[], at: number): boolean =>
    list.some(([start, end]) => at >= start && at < end);
  const strikes = struck.map(({ start, end }) => [start, end] as const);
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const from = cuts[i] as number;
    let piece = escapeHtml(text.slice(from, cuts[i + 1]));
    if (within(marks, from)) piece = `<mark>${piece}</mark>`;
    if (within(strikes, from)) piece = `<s>${piece}</s>`;
    html += piece;
  }
  return html;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
