/**
 * A Markdown clipping's YAML front matter (between a first line `---` and the next `---` or
 * `...`), read with the `yaml` library (YAML 1.2 core schema: `2022-11-08` stays a string,
 * no custom tags, aliases capped) into the Story fields it can give. The keys are those of
 * the Clippings export format (title, date, section, byline, dateline, source, captions,
 * related) and the usual clipper keys: `published` / `created` for the date, `author` or
 * `authors` (a string, a list, or a `[[Name]]` wiki link) for the byline, `url` for the
 * source, `category` for the section. Other keys (tags, notes, highlights…) belong to the
 * library, not the story, and are left alone. Never throws: broken YAML is a warning.
 */
import { parse as parseYaml } from 'yaml';
import { dateFromMetadata } from './metadata-date';
import { sourceUrlOf } from './source-url';

export interface FrontMatter {
  title: string | null;
  date: string | null;
  /** The date as written when it could not be read, for the warning. */
  unreadDate: string | null;
  section: string | null;
  byline: string | null;
  /** Absent (undefined) when the front matter has no `dateline` key. */
  dateline?: string | null;
  source: string | null;
  captions: string[];
  related: { label: string | null; headlines: string[] };
}

/** The front matter's text and the Markdown after it; null when the file has none. */
export function splitFrontMatter(text: string): { yaml: string; body: string } | null {
  if (!text.startsWith('---\n') && text !== '---') return null;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(4);
  const end = close.exec(rest);
  if (!end) return null;
  return { yaml: rest.slice(0, end.index), body: rest.slice(end.index + end[0].length) };
}

/** The front matter's YAML → Story fields, and what could not be read. */
export function readFrontMatter(yaml: string): { fields: FrontMatter; warnings: string[] } {
  const warnings: string[] = [];
  let data: unknown = null;
  try {
    data = parseYaml(yaml, { schema: 'core', maxAliasCount: 50, prettyErrors: false });
  } catch {
    warnings.push('The front matter is not valid YAML; it was left out.');
  }
  const map: Record<string, unknown> =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  if (data !== null && map !== data) warnings.push('The front matter is not a list of keys.');

  const writtenDate = scalar(map.date) ?? scalar(map.published) ?? scalar(map.created);
  const date = dateFromMetadata(writtenDate);
  const related = map.related as Record<string, unknown> | undefined;
  return {
    fields: {
      title: scalar(map.title),
      date,
      unreadDate: date === null ? writtenDate : null,
      section: scalar(map.section) ?? firstOf(map.category) ?? firstOf(map.categories),
      byline: scalar(map.byline) ?? names(map.author) ?? names(map.authors),
      ...('dateline' in map ? { dateline: scalar(map.dateline) } : {}),
      source: sourceUrlOf(scalar(map.source)) ?? sourceUrlOf(scalar(map.url)),
      captions: texts(map.captions),
      related: {
        label: related && typeof related === 'object' ? scalar(related.label) : null,
        headlines: related && typeof related === 'object' ? texts(related.headlines) : [],
      },
    },
    warnings,
  };
}

/** A string, or a number written as text (`title: 1984`); else null. */
function scalar(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function firstOf(value: unknown): string | null {
  return Array.isArray(value) ? scalar(value[0]) : scalar(value);
}

function texts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map(scalar).filter((text): text is string => text !== null);
}

/** `Name`, `[[Name]]`, `[[Page|Name]]`, or a list of them → `A`, `A and B`, `A, B and C`. */
function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value])
    .map((item) => {
      const text = scalar(item);
      return text === null ? null : unwrapWikiLink(text);
    })
    .filter((name): name is string => name !== null && name !== '');
  if (list.length === 0) return null;
  return list.length === 1
    ? list[0]!
    : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function unwrapWikiLink(text: string): string {
  const link = /^\[\[([^\]|]*)(?:\|([^\]]*))?\]\]$/.exec(text.trim());
  return link ? (link[2] ?? link[1]!).trim() : text.trim();
}
