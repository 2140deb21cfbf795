/**
 * `npm run serve -- [--archive DIR] [--port N] [--cache C] [--data D]`: the browser mode. Serves the
 * same renderer and the same engine as the Electron app, on 127.0.0.1 only, so Clippings can
 * be used and tested in a browser where Electron cannot start. The first line on stdout is
 * exactly `Clippings is serving DIR at http://127.0.0.1:PORT/#token=TOKEN`; everything else
 * goes to stderr. `--data D` is Clippings' data folder (the reader's library, and the index
 * cache unless `--cache` is given); by default the app's own, so the app and the browser mode
 * share one library.
 *
 * It stops cleanly — connections closed, the archive closed (its cache lock released), the
 * library closed — on SIGTERM, SIGINT and SIGHUP, and when the process that started it goes
 * away: `npm run serve` runs it under `sh` under npm, and a signal to npm reaches neither this
 * process nor always its shell, so the parent and grandparent are watched too (see
 * parent-watch.ts).
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultAppDataDir, defaultCacheDir } from './api/app-data-dir';
import { Library, parseMemoryCap } from './core/engine';
import { ClippingsError } from './core/model/errors';
import { ArchiveHost } from './api/archive-host';
import { createApiHandlers } from './api/api-handlers';
import { ensureRendererBuild } from './web/ensure-renderer-build';
import { OriginalFiles } from './web/original-files';
import { startWebServer } from './web/web-server';
import { watchParents } from './web/parent-watch';

const PROJECT_ROOT = resolve(__dirname, '..');

/** What to close on the way out; filled in as the server starts. */
const running: {
  server?: { close(): Promise<void> };
  host?: ArchiveHost;
  library?: { close(): Promise<void> } | null;
} = {};
let stopping = false;

/** Stops once: closes the server and the archive (releasing its cache lock), then exits. */
function stop(why: string): void {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`Clippings is stopping (${why}).\n`);
  // Whatever happens, do not outlive the stop by more than a few seconds.
  setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
  void (async () => {
    await running.server?.close();
    await running.host?.closeCurrent();
    await running.library?.close();
    process.exit(0);
  })();
}

const STOP_GRACE_MS = 5_000;

// First of all, before anything can be slow: a stop asked for while starting is a stop.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => stop(signal));
}
watchParents(() => stop('the process that started it has gone'));

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      archive: { type: 'string' },
      port: { type: 'string' },
      cache: { type: 'string' },
      data: { type: 'string' },
      'memory-cap': { type: 'string' },
    },
    strict: true,
  });
  const archive = resolve(values.archive ?? resolve(PROJECT_ROOT, 'archive'));
  if (!(await stat(archive).catch(() => null))?.isDirectory())
    throw new Error(`--archive ${archive} is not a folder.`);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port must be a port number, not "${values.port}".`);
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const memoryCap =
    values['memory-cap'] === undefined ? null : parseMemoryCap(values['memory-cap']);
  if (memoryCap && !memoryCap.ok) throw new Error(memoryCap.reason);

  const rendererDir = ensureRendererBuild(PROJECT_ROOT, log);
  const dataDir = resolve(values.data ?? defaultAppDataDir());
  const library = await Library.open(dataDir, { log }).catch((error: unknown) => {
    log(
      `clippings: the library could not be opened, so stars, notes and saved searches are off: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  });
  if (library?.notice) log(library.notice);
  running.library = library;
  const host = new ArchiveHost({
    cacheDir: resolve(
      values.cache ?? (values.data ? join(values.data, 'index-cache') : defaultCacheDir()),
    ),
    watch: true,
    library,
    dataDir,
    ...(memoryCap?.ok ? { memoryCapMb: memoryCap.mb } : {}),
  });
  running.host = host;
  const originals = new OriginalFiles();
  const handlers = createApiHandlers(
    host,
    async () => {
      throw new ClippingsError(
        'E_UNSUPPORTED',
        'The browser mode serves one archive. To read another, restart it: npm run serve -- --archive DIR',
      );
    },
    async (file) => originals.issue(file),
  );
  const server = await startWebServer({
    handlers,
    originals,
    onStatus: (listener) => host.onStatus(listener),
    currentStatus: () => host.status(),
    rendererDir,
    port,
  }).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EADDRINUSE'
      ? new Error(`port ${port} is in use; choose another with --port N.`)
      : error;
  });
  running.server = server;
  if (stopping) return;
  process.stdout.write(`Clippings is serving ${archive} at ${server.url}\n`);

  let lastMessage: string | null = null;
  host.onStatus((status) => {
    if (status.message && status.message !== lastMessage) log(status.message);
    lastMessage = status.message;
  });
  await host.open(archive);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `clippings serve: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(2);
});
