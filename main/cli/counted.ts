import type { ArchiveStatus } from '../core/model/archive-status';

/**
 * A count with its noun, in the CLI's sentences: `1 segment`, `2 segments`, `20,000 stories`.
 */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/**
 * Stories as the app's status line and lists count them, each once: `68 stories (and 2
 * duplicate saves)` for 70 saves of which 2 are second saves of a story already counted.
 */
export function storyCount(status: Pick<ArchiveStatus, 'stories' | 'duplicateSaves'>): string {
  const stories = counted(status.stories - status.duplicateSaves, 'story', 'stories');
  if (status.duplicateSaves === 0) return stories;
  return `${stories} (and ${counted(status.duplicateSaves, 'duplicate save')})`;
}
