/**
 * `clippings inspect FILE [--archive DIR]`: read one story file (any format) and print the
 * Story exactly as the engine reads it (warnings included); for a file of many stories (a
 * news-database export), `{ file, stories, skippedParts }`. `file` in the answer is the path
 * relative to DIR when the file is inside the archive given with --archive, else the file's
 * base name; `id` is its stem (an export's stories: `<stem>@<hash>`). A file the scanner would
 * skip (empty, binary, too big, a page with no article, damaged, too slow to read within its
 * budget, unreadable) is an error that says why.
 */
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { inspectStoryFile } from '../../core/engine';
import type { CliCommand } from '../command';
import { stringOption } from '../command';
import { counted } from '../counted';

export const inspectCommand: CliCommand = {
  name: 'inspect',
  usage: 'inspect FILE [--archive DIR]',
  summary: 'Parse one story file and print the Story.',
  arguments: [
    ['FILE', 'the story file to read'],
    ['--archive DIR', 'the archive FILE is in, so `file` is named from its root'],
  ],
  options: { archive: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run({ positionals, values }) {
    const path = resolve(positionals[0]!);
    const archive = stringOption(values, 'archive');
    const file = archiveRelativeName(path, archive === undefined ? null : resolve(archive));
    const parsed = await inspectStoryFile(path, file);
    if (parsed.stories.length > 1 || parsed.stories[0]?.position) {
      const lines = parsed.stories.map(
        (story) =>
          `${story.position?.index ?? 1}. ${story.title || '(no title)'} · ${story.date ?? 'no date'}${story.publication ? ` · ${story.publication}` : ''}${story.byline ? ` · ${story.byline}` : ''}`,
      );
      return {
        json: { file, stories: parsed.stories, skippedParts: parsed.skippedParts },
        text: [
          `${file}: ${counted(parsed.stories.length, 'story', 'stories')}`,
          ...lines,
          ...parsed.skippedParts.map((reason) => `skipped: ${reason}`),
        ].join('\n'),
      };
    }
    const story = parsed.stories[0]!;
    const text = [
      `${story.title || '(no title)'}`,
      `${story.format}${story.source ? ` · ${story.source}` : ''}`,
      `${story.date ?? 'no date'} · ${story.section}${story.byline ? ` · ${story.byline}` : ''}`,
      `${counted(story.captions.length, 'caption')}, ${counted(story.paragraphs.length, 'paragraph')}, ${counted(story.related.headlines.length, 'related headline')}`,
      ...story.warnings.map((warning) => `warning: ${warning}`),
    ].join('\n');
    return { json: story, text };
  },
};

/** The path relative to the archive when the file is inside it, else the base name. */
function archiveRelativeName(path: string, archive: string | null): string {
  if (archive !== null) {
    const rel = relative(archive, path);
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  }
  return basename(path);
}
