/**
 * `clippings search QUERY --archive DIR …`: one search, answered as the app answers it
 * (a SearchResponse). QUERY is one argument (quote it) or several words, joined by spaces;
 * a query starting with `-` goes after `--` (`search --archive DIR -- -oil gas`).
 * `--section` may be repeated or comma-separated. The request is checked by the same schema
 * as the app's and the browser mode's. The library's filters (`is:unread`, `tag:ports`) work
 * here too, against the library of `--data` (or the app's).
 */
import type { SearchRequest, SearchResponse, SortOrder } from '../../../contract/api';
import { searchRequestSchema } from '../../../contract/request-schemas';
import { hasLibraryConditions, parseQuery } from '../../core/engine';
import type { CliCommand, CliValues } from '../command';
import { CliUsageError, integerOption, stringOption } from '../command';
import { describeOptionIssues } from '../option-problems';
import { ARCHIVE_ARGUMENTS, ARCHIVE_OPTIONS, withArchive } from '../archive-option';
import { counted } from '../counted';

export const searchCommand: CliCommand = {
  name: 'search',
  usage:
    'search QUERY --archive DIR [--cache C] [--data D] [--limit N] [--offset N] [--sort relevance|newest|oldest] [--section S] [--from D] [--to D]',
  summary: 'Search an archive.',
  arguments: [
    [
      'QUERY',
      'what to find: words, "a phrase", title:word, ship*, oil~1, section:world, date:2022-11 (quote it; a query starting with - goes after --)',
    ],
    ...ARCHIVE_ARGUMENTS,
    ['--limit N', 'how many hits to print, 1 to 1,000 (default 20)'],
    ['--offset N', 'skip the first N hits (the next page)'],
    ['--sort S', 'relevance (default), newest or oldest'],
    ['--section S', 'only stories of this section (repeat it, or separate with commas)'],
    ['--from D', 'only stories dated on or after D (YYYY-MM-DD)'],
    ['--to D', 'only stories dated on or before D (YYYY-MM-DD)'],
  ],
  options: {
    ...ARCHIVE_OPTIONS,
    limit: { type: 'string' },
    offset: { type: 'string' },
    sort: { type: 'string' },
    section: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
  },
  positionals: { min: 1, max: 100 },
  async run({ positionals, values, log }) {
    const request = searchRequestOf(positionals.join(' '), values);
    const library = values['data'] !== undefined || asksLibrary(request.query);
    const response = await withArchive(values, log, (service) => service.search(request), {
      library,
    });
    const text = [
      `${shownOf(response, request.offset ?? 0)} (${response.tookMs} ms)`,
      ...(response.relaxed ? [loosenedNote(response.relaxed.every)] : []),
      ...response.hits.map(
        (hit) =>
          `\n${hit.title}\n  ${hit.date ?? 'no date'} · ${hit.section} · ${hit.id}` +
          `${hit.duplicates.length > 0 ? ` (+${counted(hit.duplicates.length, 'duplicate save')})` : ''}\n  ${hit.snippet.text}`,
      ),
    ].join('\n');
    return { json: response, text };
  },
};

/** Why a search lists stories that lack some of its words (relax-query.ts). */
function loosenedNote(every: number): string {
  const holding =
    every === 0 ? 'No story holds' : `Only ${counted(every, 'story holds', 'stories hold')}`;
  return `${holding} every word, so stories holding some of them follow (put + before a word to require it).`;
}

/** `8 stories`, or `Showing 3 of 8 stories` when the page holds fewer than all of them. */
function shownOf(response: SearchResponse, offset: number): string {
  const all = counted(response.total, 'story', 'stories');
  const shown = response.hits.length;
  if (shown === response.total) return all;
  if (shown === 0) return `${all}; none shown after the first ${offset.toLocaleString('en-US')}`;
  if (offset === 0) return `Showing ${shown.toLocaleString('en-US')} of ${all}`;
  return `Showing ${(offset + 1).toLocaleString('en-US')}–${(offset + shown).toLocaleString('en-US')} of ${all}`;
}

function searchRequestOf(query: string, values: CliValues): SearchRequest {
  const sections = sectionList(values.section);
  const candidate = {
    query,
    limit: integerOption(values, 'limit', 1),
    offset: integerOption(values, 'offset'),
    sort: stringOption(values, 'sort') as SortOrder | undefined,
    sections: sections.length > 0 ? sections : undefined,
    from: stringOption(values, 'from'),
    to: stringOption(values, 'to'),
  };
  const defined = Object.fromEntries(
    Object.entries(candidate).filter(([, value]) => value !== undefined),
  );
  const parsed = searchRequestSchema.safeParse(defined);
  if (!parsed.success) throw new CliUsageError(describeOptionIssues(parsed.error, defined));
  return parsed.data;
}

/** True when the query has `is:`, `has:` or `tag:` (a query that does not parse: no). */
function asksLibrary(query: string): boolean {
  try {
    return hasLibraryConditions(parseQuery(query));
  } catch {
    return false;
  }
}

function sectionList(value: CliValues[string]): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return list
    .flatMap((entry) => String(entry).split(','))
    .map((section) => section.trim())
    .filter((section) => section !== '');
}
