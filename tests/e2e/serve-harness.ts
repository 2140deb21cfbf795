/**
 * Starts the browser mode (main/web.ts) as a child process for end-to-end tests and reads
 * its first line (`Clippings is serving DIR at URL`), plus a Chromium launcher. Tests run
 * against the built renderer: `npm run e2e` builds before it runs them.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const PROJECT_ROOT = resolve(__dirname, '../..');
export const SAMPLE_ARCHIVE = join(PROJECT_ROOT, 'archive');
/** Screenshots and other artefacts of the e2e run (gitignored). */
export const E2E_OUTPUT = join(PROJECT_ROOT, 'test-results', 'e2e');

export interface ServeHandle {
  /** The full URL with `#token=…`, as printed. */
  url: string;
  origin: string;
  port: number;
  token: string;
  archive: string;
  /** The server's data folder (its library). */
  dataDir: string;
  firstLine: string;
  stderr: () => string;
  stop: () => Promise<void>;
}

export async function startServe(
  options: { archive?: string; cacheDir?: string; dataDir?: string; port?: number } = {},
): Promise<ServeHandle> {
  const archive = options.archive ?? SAMPLE_ARCHIVE;
  const cacheDir = options.cacheDir ?? (await mkdtemp(join(tmpdir(), 'clippings-e2e-cache-')));
  // Never the machine's own data folder: each server gets a library of its own.
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'clippings-e2e-data-')));
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(PROJECT_ROOT, 'main/web.ts'),
      '--archive',
      archive,
      '--cache',
      cacheDir,
      '--data',
      dataDir,
      '--port',
      String(options.port ?? 0),
    ],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let errors = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const firstLine = await readFirstLine(child, () => errors);
  const match =
    /^Clippings is serving (.+) at (http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+))$/.exec(
      firstLine,
    );
  if (!match) throw new Error(`unexpected first line from the server: ${firstLine}\n${errors}`);
  const [, servedArchive = '', url = '', port = '0', token = ''] = match;
  return {
    url,
    origin: `http://127.0.0.1:${port}`,
    port: Number(port),
    token,
    archive: servedArchive,
    dataDir,
    firstLine,
    stderr: () => errors,
    stop: () => stopChild(child),
  };
}

function readFirstLine(child: ChildProcess, errors: () => string): Promise<string> {
  return new Promise((resolveLine, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(
      () => reject(new Error(`the server did not start in time:\n${errors()}`)),
      90_000,
    );
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolveLine(line);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${errors()}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

/** Debian's Chromium, headless. --no-sandbox because CI runs as root. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
}
