/**
 * Ids for story files the watcher sees appear, by the archive walk's rule (walk-archive.ts):
 * the file's stem, or `<stem>~<first 6 hex digits of sha1(relative path)>` when the stem is
 * taken (then `-2`, `-3`… should even that be taken).
 */
import { createHash } from 'node:crypto';

export function storyIdFor(file: string, taken: ReadonlySet<string>): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  if (!taken.has(stem)) return stem;
  const digest = createHash('sha1').update(file).digest('hex').slice(0, 6);
  let id = `${stem}~${digest}`;
  for (let n = 2; taken.has(id); n += 1) id = `${stem}~${digest}-${n}`;
  return id;
}
