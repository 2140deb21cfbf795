/**
 * `clippings story ID --archive DIR [--cache C]`: prints one story of the archive, read again
 * from its file (the Story; `--json` prints exactly that object).
 */
import { storyIdSchema } from '../../../contract/request-schemas';
import type { CliCommand } from '../command';
import { CliUsageError } from '../command';
import { ARCHIVE_ARGUMENTS, ARCHIVE_OPTIONS, withArchive } from '../archive-option';

export const storyCommand: CliCommand = {
  name: 'story',
  usage: 'story ID --archive DIR [--cache C]',
  summary: 'Print one story of an archive.',
  arguments: [['ID', "the story's id (its file name without .txt)"], ...ARCHIVE_ARGUMENTS],
  options: ARCHIVE_OPTIONS,
  positionals: { min: 1, max: 1 },
  async run({ positionals, values, log }) {
    const id = storyIdSchema.safeParse(positionals[0]);
    if (!id.success) throw new CliUsageError(id.error.issues[0]?.message ?? 'Not a story id.');
    const { story } = await withArchive(values, log, (service) => service.story({ id: id.data }));
    const text = [
      story.title,
      `${story.date ?? 'no date'} · ${story.section}${story.byline ? ` · ${story.byline}` : ''}`,
      '',
      ...story.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ].join('\n');
    return { json: story, text };
  },
};
