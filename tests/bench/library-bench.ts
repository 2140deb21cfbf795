/**
 * The reader's library at scale (`npm run bench -- library`; `LIBRARY_BENCH_STORIES=20000`
 * for a smaller archive). Machine load matters: the figures are printed with the load average.
 *
 * - Filter latency at 100,000 generated stories, with a library in which 30% of stories are
 *   read, 2% starred, 5% tagged `x` and 1% noted: p50/p95 of `is:unread harbour` (the issue's
 *   budget: p95 ≤ 40 ms) and of `tag:x` alone, beside `harbour` alone; and what reloading the
 *   library's in-memory sets costs after another process changed it.
 * - Writes per second with twenty writers at once (twenty processes, each adding notes in its
 *   own transactions to one library file).
 *
 * The index cache is kept in .bench-cache/library-index-100000 (the first run builds it, ~70 s).
 */
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Library, archiveKey } from '../../main/core/library/library';
import { LIBRARY_FILE, LibraryDatabase } from '../../main/core/library/library-database';
import { IndexedArchive } from '../../main/core/service/indexed-archive';
import {
  CACHE_DIR,
  ROOT,
  ensureGeneratedArchive,
  round,
  scratchDir,
  since,
  summarize,
  writeResults,
} from './bench-kit';

const STORIES = Number(process.env['LIBRARY_BENCH_STORIES'] ?? 100_000);
const RUNS = 200;
const WRITERS = 20;
const WRITES_EACH = 25;

async function seedLibrary(dataDir: string, root: string, ids: readonly string[]): Promise<void> {
  const db = await LibraryDatabase.open(join(dataDir, LIBRARY_FILE));
  await db.write((sql) => {
    // Keyed as the app keys it: by the archive's real path (.bench-cache may be a link).
    const key = archiveKey(root);
    sql.run('INSERT INTO archives (path) VALUES (?)', [key]);
    const archive = Number(sql.get('SELECT id FROM archives WHERE path = ?', [key])?.['id']);
    const state = sql.prepare(
      'INSERT INTO story_state (archive_id, story_id, starred, read_at) VALUES (?, ?, ?, ?)',
    );
    const tag = sql.prepare('INSERT INTO story_tags (archive_id, story_id, tag) VALUES (?, ?, ?)');
    const note = sql.prepare(
      'INSERT INTO notes (archive_id, story_id, text, created) VALUES (?, ?, ?, ?)',
    );
    try {
      ids.forEach((id, n) => {
        const read = n % 10 < 3;
        const starred = n % 50 === 0;
        if (read || starred) {
          state.run([archive, id, starred ? 1 : 0, read ? '2026-11-27T10:00:00Z' : null]);
        }
        if (n % 20 === 7) tag.run([archive, id, 'x']);
        if (n % 100 === 11) note.run([archive, id, 'A note.', '2026-11-27T10:00:00Z']);
      });
    } finally {
      state.finalize();
      tag.finalize();
      note.finalize();
    }
  });
  await db.close();
}

async function latency(archive: IndexedArchive, query: string) {
  for (let i = 0; i < 10; i += 1) await archive.search({ query }); // warm
  const samples: number[] = [];
  let total = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const response = await archive.search({ query });
    samples.push(since(started));
    total = response.total;
  }
  return { query, total, ...summarize(samples) };
}

async function writers(dataDir: string, root: string, story: string) {
  const started = performance.now();
  let ready = 0;
  let firstCommit = Number.POSITIVE_INFINITY;
  let lastCommit = 0;
  const runs = Array.from(
    { length: WRITERS },
    (_, n) =>
      new Promise<{ code: number | null; committed: number; errors: string }>((done) => {
        const child = spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            join(ROOT, 'tests/core/library/library-writer.ts'),
            dataDir,
            root,
            story,
            `writer-${n}`,
            String(WRITES_EACH),
          ],
          { cwd: ROOT },
        );
        let committed = 0;
        let errors = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          const lines = chunk.split('\n').filter((line) => line.startsWith('committed')).length;
          if (lines === 0) return;
          committed += lines;
          const now = performance.now();
          firstCommit = Math.min(firstCommit, now);
          lastCommit = Math.max(lastCommit, now);
        });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
        child.on('spawn', () => (ready += 1));
        child.on('exit', (code) => done({ code, committed, errors }));
      }),
  );
  const results = await Promise.all(runs);
  const seconds = since(started) / 1000;
  const committed = results.reduce((sum, result) => sum + result.committed, 0);
  // While they all write: from the first commit heard to the last (process start-up aside).
  const writingSeconds = Math.max(0.001, (lastCommit - firstCommit) / 1000);
  const failures = results.filter((result) => result.code !== 0);
  const library = await Library.open(dataDir);
  const stored = (await library.forArchive(root).state(story)).notes.length;
  await library.close();
  return {
    writers: WRITERS,
    started: ready,
    writesEach: WRITES_EACH,
    committed,
    stored,
    failures: failures.length,
    lockedErrors: results.filter((result) => /locked/i.test(result.errors)).length,
    seconds: round(seconds),
    writesPerSecond: round(committed / seconds, 1),
    writingSeconds: round(writingSeconds),
    writesPerSecondWhileWriting: round((committed - 1) / writingSeconds, 1),
  };
}

async function main(): Promise<void> {
  const { dir } = await ensureGeneratedArchive(STORIES);
  const cacheDir = join(CACHE_DIR, `library-index-${STORIES}`);
  await mkdir(cacheDir, { recursive: true });
  const dataDir = await scratchDir(`library-data-${STORIES}`);

  console.log(`opening ${STORIES} stories (index cache: ${cacheDir}) …`);
  const openStarted = performance.now();
  const plain = new IndexedArchive(dir, { cacheDir });
  await plain.ready;
  const ids = [...(await plain.browse({ limit: 1 })).hits].length > 0 ? await allIds(plain) : [];
  await plain.close();
  console.log(
    `indexed or loaded in ${round(since(openStarted) / 1000, 1)} s; ${ids.length} stories`,
  );

  await seedLibrary(dataDir, dir, ids);
  const library = await Library.open(dataDir);
  const archive = new IndexedArchive(dir, { cacheDir, library });
  await archive.ready;

  const reloadStarted = performance.now();
  await library.forArchive(dir).snapshot();
  const snapshotLoadMs = round(since(reloadStarted));

  const rows = [
    await latency(archive, 'harbour'),
    await latency(archive, 'is:unread harbour'),
    await latency(archive, 'tag:x'),
    await latency(archive, 'is:starred'),
  ];
  await archive.close();
  await library.close();

  const writeDir = await scratchDir('library-writers');
  const write = await writers(writeDir, dir, ids[0] ?? 'story');

  console.log(
    `\nload average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} (2 cores)`,
  );
  console.log(`library snapshot load (after another process changed it): ${snapshotLoadMs} ms`);
  console.log('\nquery                     total    p50 ms   p95 ms   max ms');
  for (const row of rows) {
    console.log(
      `${row.query.padEnd(24)} ${String(row.total).padStart(6)}  ${String(row.p50).padStart(7)}  ${String(row.p95).padStart(7)}  ${String(row.max).padStart(7)}`,
    );
  }
  console.log(
    `\n${write.writers} writers × ${write.writesEach} writes: ${write.committed} committed, ${write.stored} stored, ${write.failures} failed, ${write.lockedErrors} "locked"; ${write.writesPerSecondWhileWriting} writes/s while writing (${write.writingSeconds} s), ${write.writesPerSecond} writes/s with process start-up (${write.seconds} s)`,
  );
  const file = await writeResults('library', {
    loadAverage: loadavg(),
    stories: ids.length,
    snapshotLoadMs,
    queries: rows,
    writers: write,
  });
  console.log(`\nwrote ${file}`);
}

/** Every story id of the archive (browse pages of 1,000). */
async function allIds(archive: IndexedArchive): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await archive.browse({ limit: 1000, offset });
    ids.push(...page.hits.map((hit) => hit.id));
    if (page.hits.length < 1000) return ids;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
