/**
 * A child process for the library's multi-process tests: opens the library of DATA_DIR and
 * adds notes to story STORY of ARCHIVE, one transaction each, printing `committed N` after
 * each commit (so the test knows what must survive). COUNT 0 writes until killed. Each note is
 * large, so a kill is likely to land inside a transaction. It prints `opening` once loaded,
 * just before it first asks for the library. With `hang` after COUNT it then
 * starts one more write and stops inside its transaction (printing `inside`), for a kill that
 * lands there for certain. With `pause` after COUNT it starts one more note of its own in a
 * transaction, prints `inside`, spends PAUSE_MS there (the test stops and resumes the process
 * meanwhile), commits and prints `committed pause`.
 *
 *   node --import tsx library-writer.ts DATA_DIR ARCHIVE STORY LABEL COUNT [hang|pause PAUSE_MS]
 */
import { join } from 'node:path';
import { Library } from '../../../main/core/library/library';
import { LIBRARY_FILE, LibraryDatabase } from '../../../main/core/library/library-database';

async function main(): Promise<void> {
  const [dataDir, archive, story, label, countText, hang, pauseText] = process.argv.slice(2);
  if (!dataDir || !archive || !story || !label || countText === undefined) {
    throw new Error('usage: library-writer.ts DATA_DIR ARCHIVE STORY LABEL COUNT');
  }
  const count = Number(countText);
  process.stdout.write('opening\n');
  const library = await Library.open(dataDir);
  const shelf = library.forArchive(archive);
  const padding = ' '.repeat(8_000);
  for (let n = 0; count === 0 || n < count; n += 1) {
    await shelf.addNote(story, `${label} ${n}${padding}`);
    process.stdout.write(`committed ${n}\n`);
  }
  await library.close();
  if (hang === 'pause') {
    const db = await LibraryDatabase.open(join(dataDir, LIBRARY_FILE));
    await db.write((sql) => {
      sql.run('INSERT INTO archives (path) VALUES (?) ON CONFLICT (path) DO NOTHING', [archive]);
      const row = sql.get('SELECT id FROM archives WHERE path = ?', [archive]);
      sql.run('INSERT INTO notes (archive_id, story_id, text, created) VALUES (?, ?, ?, ?)', [
        row?.['id'] as number,
        story,
        `${label} paused${padding}`,
        new Date().toISOString(),
      ]);
      process.stdout.write('inside\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(pauseText ?? 2_000));
    });
    process.stdout.write('committed pause\n');
    await db.close();
  }
  if (hang === 'hang') {
    const db = await LibraryDatabase.open(join(dataDir, LIBRARY_FILE));
    await db.write((sql) => {
      sql.run("INSERT INTO archives (path) VALUES ('/never/committed')");
      process.stdout.write('inside\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
