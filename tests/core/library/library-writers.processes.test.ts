/**
 * The library shared by several processes at once, as it is by the app, the browser mode and
 * CLI runs: twenty writers (nineteen CLI processes and the browser-mode server answering HTTP
 * writes) lose no write and never show "database is locked"; a writer killed with SIGKILL in
 * the middle of its writes leaves a library that opens and holds everything it committed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Database } from 'node-sqlite3-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandlers } from '../../../main/api/api-handlers';
import { ArchiveHost } from '../../../main/api/archive-host';
import { Library } from '../../../main/core/library/library';
import type { WebServer } from '../../../main/web/web-server';
import { startWebServer } from '../../../main/web/web-server';

const ROOT = resolve(__dirname, '../../..');
const ARCHIVE = join(ROOT, 'archive');
const STORY = '056_9a07957690b8933a';
const TSX = ['--import', 'tsx'];

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...TSX, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (code) => done({ code, stdout, stderr }));
  });
}

describe('twenty writers at once: nineteen CLI processes and the server', () => {
  let dataDir: string;
  let cacheDir: string;
  let library: Library;
  let host: ArchiveHost;
  let server: WebServer;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'clippings-writers-data-'));
    cacheDir = await mkdtemp(join(tmpdir(), 'clippings-writers-cache-'));
    const rendererDir = await mkdtemp(join(tmpdir(), 'clippings-writers-page-'));
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    library = await Library.open(dataDir);
    host = new ArchiveHost({ cacheDir, watch: false, workers: 1, library });
    await (
      await host.open(ARCHIVE)
    ).ready;
    const handlers = createApiHandlers(host, async () => null);
    server = await startWebServer({
      handlers,
      onStatus: (listener) => host.onStatus(listener),
      currentStatus: () => host.status(),
      rendererDir,
      port: 0,
    });
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await host?.closeCurrent();
    await library?.close();
  });

  it('loses no write, and no writer sees "database is locked"', async () => {
    const post = (tag: string) =>
      fetch(`http://127.0.0.1:${server.port}/api/tagStory`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${server.token}`,
          Host: `127.0.0.1:${server.port}`,
        },
        body: JSON.stringify({ id: STORY, tag }),
      }).then((response) => response.json() as Promise<{ ok: boolean; error?: unknown }>);
    const cliTags = Array.from({ length: 19 }, (_, n) => `cli-${n}`);
    const httpTags = Array.from({ length: 40 }, (_, n) => `http-${n}`);
    const started = performance.now();
    const [cli, http] = await Promise.all([
      Promise.all(
        cliTags.map((tag) =>
          run([
            'main/cli.ts',
            'library',
            'tag',
            STORY,
            tag,
            '--archive',
            ARCHIVE,
            '--cache',
            cacheDir,
            '--data',
            dataDir,
            '--json',
          ]),
        ),
      ),
      Promise.all(httpTags.map(post)),
    ]);
    const seconds = (performance.now() - started) / 1000;
    for (const result of cli) {
      expect(result.stderr).not.toMatch(/locked|busy/i);
      expect(result.code, result.stderr).toBe(0);
    }
    for (const answer of http) expect(answer).toMatchObject({ ok: true });
    const state = await host.require().library.state({ id: STORY });
    expect(state.tags.sort()).toEqual([...cliTags, ...httpTags].sort());
    console.info(
      `twenty writers: ${cliTags.length + httpTags.length} writes in ${seconds.toFixed(1)} s`,
    );
  }, 240_000);
});

describe('a writer killed with SIGKILL during its writes', () => {
  /** Starts a writer; resolves once `onLine` says to kill it, and it is dead. */
  async function killWriter(
    args: string[],
    onLine: (line: string) => 'kill' | 'go on',
  ): Promise<void> {
    const child = spawn(process.execPath, [...TSX, join(__dirname, 'library-writer.ts'), ...args], {
      cwd: ROOT,
    });
    let errors = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    const lines = createInterface({ input: child.stdout });
    await new Promise<void>((done, fail) => {
      const early = (code: number | null) =>
        fail(new Error(`the writer stopped (${code}): ${errors}`));
      child.once('exit', early);
      lines.on('line', (line) => {
        if (onLine(line) !== 'kill') return;
        lines.removeAllListeners('line');
        child.off('exit', early);
        child.once('exit', () => done());
        child.kill('SIGKILL');
      });
    });
  }

  it('leaves a library that opens and holds every committed write, and none of the rest', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'clippings-kill-data-'));
    const file = join(dataDir, 'library.sqlite');
    const committed: string[] = [];
    // In full flight: killed on hearing of a commit, while the next write runs.
    let seen = 0;
    await killWriter([dataDir, ARCHIVE, STORY, 'flight', '0'], (line) => {
      const match = /^committed (\d+)$/.exec(line);
      if (match) committed.push(`flight ${match[1]}`);
      seen += match ? 1 : 0;
      return seen === 25 ? 'kill' : 'go on';
    });
    // For certain inside a transaction: its journal and both locks are left behind.
    await killWriter([dataDir, ARCHIVE, STORY, 'settled', '5', 'hang'], (line) => {
      const match = /^committed (\d+)$/.exec(line);
      if (match) committed.push(`settled ${match[1]}`);
      return line === 'inside' ? 'kill' : 'go on';
    });
    expect(existsSync(`${file}-journal`)).toBe(true);
    expect(existsSync(`${file}.lock`)).toBe(true);

    const library = await Library.open(dataDir);
    try {
      expect(library.notice).toBeNull();
      const shelf = library.forArchive(ARCHIVE);
      const texts = (await shelf.state(STORY)).notes.map((note) => note.text.trimEnd());
      for (const note of committed) expect(texts).toContain(note);
      expect((await library.recentArchives()).map((recent) => recent.path)).not.toContain(
        '/never/committed',
      );
      const raw = new Database(file, { readOnly: true });
      try {
        expect(raw.all("SELECT path FROM archives WHERE path = '/never/committed'")).toEqual([]);
        expect(raw.all('PRAGMA quick_check')).toEqual([{ quick_check: 'ok' }]);
      } finally {
        raw.close();
      }
      // And it takes new writes.
      expect((await shelf.addNote(STORY, 'after the crash')).notes.at(-1)?.text).toBe(
        'after the crash',
      );
    } finally {
      await library.close();
    }
  }, 120_000);
});
