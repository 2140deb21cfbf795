/**
 * `clippings entities --archive DIR [--kind person|organisation|place] [--query Q] [--limit N]`:
 * the people, organisations and places most stories name, with how many stories name each —
 * of the stories a query finds, or of the whole archive. `--json` prints the EntitiesResponse:
 * `{ entities: [{ kind, name, stories }] }`, most first (per kind without `--kind`).
 */
import type { EntitiesRequest, EntityCount } from '../../../contract/api';
import { entitiesRequestSchema } from '../../../contract/request-schemas';
import { describeIssues } from '../../api/run-api-call';
import type { CliCommand, CliValues } from '../command';
import { CliUsageError, integerOption, stringOption } from '../command';
import { ARCHIVE_ARGUMENTS, ARCHIVE_OPTIONS, withArchive } from '../archive-option';
import { counted } from '../counted';

export const entitiesCommand: CliCommand = {
  name: 'entities',
  usage:
    'entities --archive DIR [--cache C] [--kind person|organisation|place] [--query Q] [--limit N]',
  summary: 'The people, organisations and places most stories name, with story counts.',
  arguments: [
    ...ARCHIVE_ARGUMENTS,
    ['--kind K', 'only people (person), organisations (organisation) or places (place)'],
    ['--query Q', 'only the stories this search finds: words, person:baker, place:japan, …'],
    ['--limit N', 'how many names of each kind, 1 to 1,000 (default 20)'],
  ],
  options: {
    ...ARCHIVE_OPTIONS,
    kind: { type: 'string' },
    query: { type: 'string' },
    limit: { type: 'string' },
  },
  positionals: { min: 0, max: 0 },
  async run({ values, log }) {
    const request = entitiesRequestOf(values);
    const library = values['data'] !== undefined;
    const response = await withArchive(values, log, (service) => service.entities(request), {
      library,
    });
    return { json: response, text: describeEntities(response.entities) };
  },
};

function entitiesRequestOf(values: CliValues): EntitiesRequest {
  const parsed = entitiesRequestSchema.safeParse({
    query: stringOption(values, 'query'),
    kind: stringOption(values, 'kind'),
    limit: integerOption(values, 'limit'),
  });
  if (!parsed.success) throw new CliUsageError(describeIssues(parsed.error));
  return Object.fromEntries(
    Object.entries(parsed.data).filter(([, value]) => value !== undefined),
  ) as EntitiesRequest;
}

function describeEntities(entities: readonly EntityCount[]): string {
  if (entities.length === 0) return 'No people, organisations or places found.';
  const width = Math.max(...entities.map((entity) => entity.name.length));
  return entities
    .map(
      (entity) =>
        `${entity.kind.padEnd(12)}  ${entity.name.padEnd(width)}  ${counted(entity.stories, 'story', 'stories')}`,
    )
    .join('\n');
}
