/**
 * One hostile case, run in a process of its own for hostile-bench.ts (so a case that hangs can
 * be stopped, and its memory is its own). Prints one JSON line. Uses only what every version
 * of Clippings has (storyFromBytes, Library), so the same cases measure an older checkout.
 *
 *   node --import tsx hostile-cases.ts read FILE
 *   node --import tsx hostile-cases.ts deleted-while-open DATA_DIR
 *   node --import tsx hostile-cases.ts states DATA_DIR COUNT
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Library } from '../../main/core/library/library';
import { storyFromBytes } from '../../main/core/story/read-story-file';

const out = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function main(): Promise<void> {
  const [verb, ...args] = process.argv.slice(2);
  if (verb === 'read') {
    const file = args[0] as string;
    const bytes = readFileSync(file);
    const started = performance.now();
    try {
      const read = storyFromBytes(bytes, file.split('/').pop() as string, {});
      const ms = performance.now() - started;
      out(
        read.ok
          ? {
              ms,
              outcome: `read: ${read.story.paragraphs.length} paragraphs`,
              title: read.story.title,
              warning: read.story.warnings.find((w) => !/no date/.test(w)) ?? null,
              maxRssMb: maxRssMb(),
            }
          : { ms, outcome: `skipped: ${read.skipped.reason}`, maxRssMb: maxRssMb() },
      );
    } catch (error) {
      out({
        ms: performance.now() - started,
        outcome: `crashed: ${(error as Error).message.slice(0, 60)}`,
        maxRssMb: maxRssMb(),
      });
    }
    return;
  }
  if (verb === 'deleted-while-open') {
    // A library file deleted while open: is the next acknowledged write in the file at the path?
    const dir = args[0] as string;
    const library = await Library.open(dir);
    const shelf = library.forArchive('/archives/bench');
    await shelf.addNote('a', 'before');
    rmSync(join(dir, 'library.sqlite'));
    let acknowledged = false;
    try {
      await shelf.addNote('a', 'after');
      acknowledged = true;
    } catch {
      acknowledged = false;
    }
    await library.close();
    const fresh = await Library.open(dir);
    const notes = (await fresh.forArchive('/archives/bench').state('a')).notes.map((n) => n.text);
    await fresh.close();
    out({ acknowledged, inTheFile: notes.includes('after') });
    return;
  }
  if (verb === 'states') {
    // What an export of COUNT stories reads from the library, under its lock.
    const [dir, countText] = args as [string, string];
    const count = Number(countText);
    const library = await Library.open(dir);
    const shelf = library.forArchive('/archives/bench');
    const ids = Array.from({ length: count }, (_, n) => `story-${n}`);
    for (let n = 0; n < count; n += 50) await shelf.setStarred(ids[n] as string, true);
    const started = performance.now();
    const states = await shelf.states(ids);
    out({ ms: performance.now() - started, stories: states.length });
    await library.close();
    return;
  }
  throw new Error(`unknown case ${verb}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
