/**
 * `clippings scan DIR`: scan an archive folder without indexing it and report what it holds:
 * how many stories parse, which files were skipped and why, how many groups of duplicates
 * (the same story saved twice), and how many related headlines resolve to a story of the
 * archive. Keeps only titles and headlines in memory, never the stories' text. Read-only.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TitledStory } from '../../core/engine';
import { createTitleResolver, findDuplicateGroups, scanArchive } from '../../core/engine';
import type { CliCommand } from '../command';
import { CliUsageError } from '../command';
import { counted } from '../counted';

const PROGRESS_EVERY = 5000;

export const scanCommand: CliCommand = {
  name: 'scan',
  usage: 'scan DIR',
  summary: 'Scan an archive folder: stories, skipped files, duplicates, links.',
  arguments: [['DIR', 'the archive folder']],
  positionals: { min: 1, max: 1 },
  async run({ positionals, log }) {
    const root = resolve(positionals[0]!);
    const info = await stat(root).catch(() => null);
    if (!info?.isDirectory()) throw new CliUsageError(`${root} is not a folder.`);

    const titled: (TitledStory & { headlines: string[] })[] = [];
    const started = performance.now();
    const { skipped } = await scanArchive(root, {
      onStory: (story) => {
        titled.push({
          id: story.id,
          title: story.title,
          date: story.date,
          headlines: story.related.headlines,
        });
      },
      onProgress: (done, total) => {
        if (done > 0 && done % PROGRESS_EVERY === 0) log(`scanned ${done} of ${total} files`);
      },
    });

    const resolveHeadline = createTitleResolver(titled);
    let resolved = 0;
    let unresolved = 0;
    for (const story of titled) {
      for (const headline of story.headlines) {
        if (resolveHeadline(headline, story.date).id === null) unresolved += 1;
        else resolved += 1;
      }
    }
    const duplicates = findDuplicateGroups(titled).length;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(`scanned ${titled.length + skipped.length} files in ${seconds} s`);

    const json = { stories: titled.length, skipped, duplicates, links: { resolved, unresolved } };
    const text = [
      `${root}: ${counted(json.stories, 'story', 'stories')}, ${skipped.length.toLocaleString('en-US')} skipped, ${counted(duplicates, 'story', 'stories')} saved more than once`,
      `related headlines: ${resolved.toLocaleString('en-US')} in the archive, ${unresolved.toLocaleString('en-US')} not in it`,
      ...skipped.map((entry) => `  skipped ${entry.file}: ${entry.reason}`),
    ].join('\n');
    return { json, text };
  },
};
