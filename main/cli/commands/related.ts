/**
 * `clippings related ID --archive DIR [--cache C]`: the related stories of one story — its
 * linked headlines (resolved, or null when the archive lacks them), the stories citing it,
 * the most similar stories, its storyline and its duplicate saves. `--json` prints the
 * RelatedResponse exactly: `{ linked, citedBy, similar, storyline, duplicates }`.
 */
import type { RelatedResponse, StoryRef } from '../../../contract/api';
import { storyIdSchema } from '../../../contract/request-schemas';
import type { CliCommand } from '../command';
import { CliUsageError } from '../command';
import { ARCHIVE_ARGUMENTS, ARCHIVE_OPTIONS, withArchive } from '../archive-option';

export const relatedCommand: CliCommand = {
  name: 'related',
  usage: 'related ID --archive DIR [--cache C]',
  summary: 'Related stories of one story: linked, cited by, similar, storyline, duplicates.',
  arguments: [['ID', "the story's id (its file name without .txt)"], ...ARCHIVE_ARGUMENTS],
  options: ARCHIVE_OPTIONS,
  positionals: { min: 1, max: 1 },
  async run({ positionals, values, log }) {
    const id = storyIdSchema.safeParse(positionals[0]);
    if (!id.success) throw new CliUsageError(id.error.issues[0]?.message ?? 'Not a story id.');
    const related = await withArchive(values, log, (service) => service.related({ id: id.data }));
    return { json: related, text: describeRelated(related) };
  },
};

function describeRelated(related: RelatedResponse): string {
  const ref = (story: StoryRef): string =>
    `${story.date ?? 'no date'}  ${story.title}  (${story.id})`;
  const section = (heading: string, lines: string[]): string[] =>
    lines.length === 0 ? [] : [heading, ...lines.map((line) => `  ${line}`), ''];
  return [
    ...section(
      'Linked:',
      related.linked.map((link) =>
        link.id === null
          ? `${link.headline}  (not in this archive)`
          : `${link.headline}  → ${link.id}${link.alternatives.length > 0 ? ` (also: ${link.alternatives.join(', ')})` : ''}`,
      ),
    ),
    ...section('Cited by:', related.citedBy.map(ref)),
    ...section(
      'Similar:',
      related.similar.map((story) => `${story.score.toFixed(3)}  ${ref(story)}`),
    ),
    ...section(
      'Storyline:',
      related.storyline.map((entry) => `${entry.current ? '▶ ' : '  '}${ref(entry)}`),
    ),
    ...section('Duplicates:', related.duplicates.map(ref)),
  ]
    .join('\n')
    .trimEnd();
}
