/**
 * A story as Markdown with YAML front matter — the format Clippings' Markdown reader reads
 * back as the same story (title, date, section, byline, dateline, captions, paragraphs):
 *
 *   ---
 *   title: "Harbour pilots end strike after three weeks"
 *   date: 2022-11-08
 *   section: world
 *   …                      (keys absent when empty; free text always double-quoted)
 *   ---
 *
 *   # Harbour pilots end strike after three weeks
 *
 *   First paragraph (without its dateline prefix).
 *
 * Body paragraphs are the story's paragraphs exactly, one blank line apart, every character
 * Markdown would read as markup escaped with a backslash (escapeMarkdownText: `#`, `>`, `1.`
 * at a line's start, `*stars*`, `[brackets]`, `&amp;` anywhere) so it reads back as text. The
 * YAML is written by the `yaml` library. A subheading is written as a heading of its level
 * (`## What the operator says`), struck-through words between `~~`, so both read back.
 */
import { Document, Scalar, YAMLSeq } from 'yaml';
import {
  escapeLineStart,
  escapeMarkdownInline,
  escapeMarkdownText,
} from '../story/markdown-escape';
import type { ExportItem } from './export-item';

export function storyAsMarkdown(item: ExportItem): string {
  return `${frontMatter(item)}${body(item)}`;
}

/** Several stories, one after the other, each with its own front matter. */
export function storiesAsMarkdown(items: readonly ExportItem[]): string {
  return items.map(storyAsMarkdown).join('\n');
}

function frontMatter({ story, state, source }: ExportItem): string {
  const doc = new Document();
  const fields: Record<string, unknown> = { title: quoted(story.title) };
  if (story.date) fields['date'] = story.date;
  fields['section'] = story.section;
  if (story.byline) fields['byline'] = story.byline;
  if (story.dateline) fields['dateline'] = story.dateline;
  if (source) fields['source'] = source;
  fields['id'] = story.id;
  fields['file'] = story.file;
  if (story.captions.length > 0) fields['captions'] = story.captions.map(quoted);
  if (story.related.headlines.length > 0 || story.related.label) {
    const related: Record<string, unknown> = {};
    if (story.related.label) related['label'] = quoted(story.related.label);
    if (story.related.headlines.length > 0) {
      related['headlines'] = story.related.headlines.map(quoted);
    }
    fields['related'] = related;
  }
  if (state.tags.length > 0) {
    const tags = new YAMLSeq();
    tags.items = [...state.tags];
    tags.flow = true;
    fields['tags'] = tags;
  }
  if (state.starred) fields['starred'] = true;
  if (state.read) fields['read'] = true;
  if (state.notes.length > 0) {
    fields['notes'] = state.notes.map((note) => ({
      created: note.created,
      text: quoted(note.text),
    }));
  }
  if (state.highlights.length > 0) {
    fields['highlights'] = state.highlights.map((highlight) => {
      const entry: Record<string, unknown> = {
        quote: quoted(highlight.quote),
        prefix: quoted(highlight.prefix),
        suffix: quoted(highlight.suffix),
      };
      if (highlight.note) entry['note'] = quoted(highlight.note);
      return entry;
    });
  }
  doc.contents = doc.createNode(fields);
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}

function body({ story }: ExportItem): string {
  const levels = new Map(
    (story.subheadings ?? []).map((heading) => [heading.paragraph, heading.level]),
  );
  const paragraphs = story.paragraphs.map((paragraph, index) => {
    const text = withStrikes(paragraph, struckIn(story, index));
    const level = levels.get(index);
    return level === undefined ? text : `${'#'.repeat(level)} ${closedHeading(text)}`;
  });
  return `\n${[`# ${headingText(story.title)}`, ...paragraphs].join('\n\n')}\n`;
}

function struckIn(story: ExportItem['story'], paragraph: number): { start: number; end: number }[] {
  return (story.struck ?? []).filter((range) => range.paragraph === paragraph);
}

/** A paragraph escaped, its struck ranges between `~~` (GitHub's strikethrough). */
function withStrikes(text: string, ranges: readonly { start: number; end: number }[]): string {
  if (ranges.length === 0) return escapeMarkdownText(text);
  let out = '';
  let cursor = 0;
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (start < cursor) continue;
    out += `${escapeMarkdownInline(text.slice(cursor, start))}~~${escapeMarkdownInline(text.slice(start, end))}~~`;
    cursor = end;
  }
  return escapeLineStart(out + escapeMarkdownInline(text.slice(cursor)));
}

/**
 * The title as a `#` heading's text: escaped as any line, and a closing run of `#` escaped too
 * (CommonMark drops `# Title #`'s last `#` as the heading's closing sequence).
 */
function headingText(title: string): string {
  return closedHeading(escapeMarkdownText(title));
}

/** An escaped heading's text with a closing run of `#` escaped too. */
function closedHeading(escaped: string): string {
  return escaped.replace(
    /(^|[ \t])(#+)$/,
    (_, space: string, hashes: string) => `${space}${hashes.replace(/#/g, '\\#')}`,
  );
}

function quoted(text: string): Scalar {
  const scalar = new Scalar(text);
  scalar.type = 'QUOTE_DOUBLE';
  return scalar;
}
