/**
 * A Story written by Clippings' own Markdown exporter (main/core/export/markdown-export.ts), with
 * no library state: the writing half of the round trip the Markdown reader's tests check.
 */
import type { Story } from '../../../contract/api';
import { storyAsMarkdown } from '../../../main/core/export/markdown-export';

export function storyAsExportMarkdown(story: Story): string {
  return storyAsMarkdown({
    story,
    state: { starred: false, read: false, tags: [], notes: [], highlights: [] },
    source: story.source,
  });
}
