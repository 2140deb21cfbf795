/**
 * A library writer paused (SIGSTOP) in the middle of its transaction, as issue 21's hostile test
 * paused the browser-mode server for about 6 s: a CLI `library note` started meanwhile must
 * not take the paused writer's lock and have its acknowledged note overwritten when the
 * writer resumes. Every write acknowledged — the CLI's (exit 0) and the paused writer's
 * (`committed pause`) — is in the file afterwards. Real processes, real signals; about 40 s.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../../main/core/library/library';
import { fixtureBytes } from '../story/story-fixtures';
import { makeTempArchive } from '../story/temp-archive';
import type { TempArchive } from '../story/temp-archive';

const ROOT = resolve(__dirname, '../../..');
const TSX = ['--import', 'tsx'];
/** Longer than the five seconds after which the old lease-style lock was taken over. */
const PAUSED_MS = 7_000;

let archive: TempArchive;
let dataDir: string;

beforeAll(async () => {
  archive = makeTempArchive({ 'harbour.txt': fixtureBytes('canonical.txt') });
  dataDir = await mkdtemp(join(tmpdir(), 'clippings-pause-data-'));
  (await Library.open(dataDir)).close();
});

afterAll(async () => {
  archive.remove();
  await rm(dataDir, { recursive: true, force: true });
});

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => child.once('exit', (code) => done(code)));
}

/** A library-writer.ts process, and its lines as they come. */
function writer(args: string[]): {
  child: ChildProcess;
  lines: string[];
  line: (wanted: string) => Promise<void>;
} {
  const child = spawn(process.execPath, [...TSX, join(__dirname, 'library-writer.ts'), ...args], {
    cwd: ROOT,
  });
  const lines: string[] = [];
  const waiting = new Map<string, () => void>();
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    waiting.get(line)?.();
  });
  const line = (wanted: string) =>
    lines.includes(wanted)
      ? Promise.resolve()
      : new Promise<void>((done) => waiting.set(wanted, done));
  return { child, lines, line };
}

describe('a writer paused inside its transaction', () => {
  it('keeps its lock while paused, and every acknowledged write survives', async () => {
    const root = realpathSync(archive.root);
    // The "server": one note of its own in a transaction, stopped there.
    const server = writer([dataDir, root, 'harbour', 'server', '1', 'pause', '1500']);
    const serverDone = exited(server.child);
    await server.line('inside');
    server.child.kill('SIGSTOP');

    // A second writer (the CLI's `library note`, without its indexing time): once it asks for
    // the library, the server stays stopped for longer than the old lock's lease.
    const cli = writer([dataDir, root, 'harbour', 'cli', '1']);
    const cliDone = exited(cli.child);
    await cli.line('opening');
    await new Promise((done) => setTimeout(done, PAUSED_MS));
    // Nobody was let in to write past the paused holder.
    expect(cli.lines).not.toContain('committed 0');
    server.child.kill('SIGCONT');

    expect(await serverDone).toBe(0);
    expect(server.lines).toContain('committed pause');
    expect(await cliDone).toBe(0);
    expect(cli.lines).toContain('committed 0');

    const library = await Library.open(dataDir);
    try {
      const notes = (await library.forArchive(root).state('harbour')).notes.map((note) =>
        note.text.trimEnd(),
      );
      expect(notes).toEqual(expect.arrayContaining(['server paused', 'cli 0']));
    } finally {
      await library.close();
    }
  }, 60_000);

  it('a CLI `library note` meanwhile waits, then stores its note beside the writer’s', async () => {
    const root = realpathSync(archive.root);
    const server = writer([dataDir, root, 'harbour', 'server2', '1', 'pause', '1500']);
    const serverDone = exited(server.child);
    await server.line('inside');
    server.child.kill('SIGSTOP');
    const cli = spawn(
      process.execPath,
      [
        ...TSX,
        'main/cli.ts',
        'library',
        'note',
        'harbour',
        '--text',
        'written while the server was paused',
        '--archive',
        root,
        '--cache',
        join(dataDir, 'cache'),
        '--data',
        dataDir,
      ],
      { cwd: ROOT },
    );
    let cliErr = '';
    cli.stderr!.setEncoding('utf8').on('data', (chunk: string) => (cliErr += chunk));
    const cliDone = exited(cli);
    await new Promise((done) => setTimeout(done, PAUSED_MS));
    server.child.kill('SIGCONT');
    expect(await serverDone).toBe(0);
    expect(await cliDone, cliErr).toBe(0);
    const library = await Library.open(dataDir);
    try {
      const notes = (await library.forArchive(root).state('harbour')).notes.map((note) =>
        note.text.trimEnd(),
      );
      expect(notes).toEqual(
        expect.arrayContaining(['server2 paused', 'written while the server was paused']),
      );
    } finally {
      await library.close();
    }
  }, 60_000);
});
