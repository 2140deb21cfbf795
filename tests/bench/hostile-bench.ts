/**
 * `npm run bench -- hostile`: the figures behind the hardening of issue 11, on 20,000
 * generated stories, against the browser mode's real server (main/web.ts in its own process):
 *
 * 1. infix wildcards (`*a* *b* …`, 1 to 100 words): how long the search takes (or how soon it
 *    is refused), and how long `/api/status` takes meanwhile (polled every 20 ms from here);
 * 2. ten connections pipelining 100 `browse {"limit":1000}` each and never reading: the
 *    server's RSS before, at its peak, and after they close;
 * 3. a worker killed under a search (in-process, with a worker that dies on a given term):
 *    the time until search answers in full again, and until the status is ready;
 *
 * and the cases of issue 21 (and issue 16's nested page), each in a process of its own so a
 * case that hangs is stopped after CASE_CAP_MS and reported so:
 *
 * 4. hostile files read (storyFromBytes): seconds, outcome, peak RSS;
 * 5. export asked to write into the archive, over a device-like file, into `DIR/`, and a folder
 *    export whose ids clash once made file names: what it did;
 * 6. the library under faults: a writer paused (SIGSTOP) inside its transaction while another
 *    writes, the file deleted while open, stale locks of three shapes, a read-only data
 *    folder (in a private mount namespace, where `unshare` works), and the read an export of
 *    4,668 stories makes under the library's lock.
 *
 * Prints tables and writes bench-results/hostile.json. Numbers, never assertions. The same
 * file runs against an older checkout (it uses the CLI and APIs every version has) for the
 * before/after tables.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { IndexedArchive } from '../../main/core/service/indexed-archive';
import { faultyWorker } from '../core/service/fault-workers';
import {
  CACHE_DIR,
  ROOT,
  ensureGeneratedArchive,
  round,
  scratchDir,
  summarize,
  writeResults,
} from './bench-kit';

const STORIES = 20_000;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

interface Served {
  child: ChildProcess;
  port: number;
  token: string;
}

async function serve(archive: string, cacheDir: string): Promise<Served> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'main/web.ts'), '--archive', archive, '--cache', cacheDir],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout! }).once('line', resolve),
  );
  const match = /127\.0\.0\.1:(\d+)\/#token=([\w-]+)/.exec(line);
  if (!match) throw new Error(`unexpected first line: ${line}`);
  return { child, port: Number(match[1]), token: match[2] as string };
}

type Answer =
  { ok: true; value: { total?: number; state?: string } } | { ok: false; error: { code: string } };

function call(
  served: Served,
  method: string,
  body: unknown,
): Promise<{ ms: number; json: Answer }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port: served.port,
        method: 'POST',
        path: `/api/${method}`,
        headers: {
          Host: `127.0.0.1:${served.port}`,
          Authorization: `Bearer ${served.token}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(text),
        },
      },
      (response) => {
        let answer = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (answer += chunk));
        response.on('end', () =>
          resolve({ ms: performance.now() - started, json: JSON.parse(answer) as Answer }),
        );
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function wildcards(served: Served) {
  const rows = [];
  for (const words of [1, 5, 10, 19, 20, 40, 100]) {
    // `*a* *b* … *z* *a* …`: the hostile test's query, letters cycling past 26.
    const query = Array.from({ length: words }, (_, i) => `*${LETTERS[i % 26]}*`).join(' ');
    const status: number[] = [];
    let running = true;
    const poller = (async () => {
      while (running) {
        const answered = await call(served, 'status', {}).catch(() => null);
        if (answered) status.push(answered.ms);
        await pause(20);
      }
    })();
    const { ms, json } = await call(served, 'search', { query, limit: 20 }).catch(
      (error: Error) => ({
        ms: Number.NaN,
        json: { ok: false as const, error: { code: error.message } },
      }),
    );
    running = false;
    await poller;
    const latency = summarize(status);
    rows.push({
      words,
      searchMs: round(ms, 0),
      outcome: json.ok ? `${json.value.total ?? 0} stories` : json.error.code,
      statusCalls: latency.n,
      statusP50Ms: latency.p50,
      statusMaxMs: latency.max,
    });
  }
  return rows;
}

async function pipelining(served: Served) {
  const pid = served.child.pid as number;
  const body = '{"limit":1000}';
  const one = [
    'POST /api/browse HTTP/1.1',
    `Host: 127.0.0.1:${served.port}`,
    `Authorization: Bearer ${served.token}`,
    'Content-Type: application/json',
    `Content-Length: ${body.length}`,
    '',
    body,
  ].join('\r\n');
  const before = rssMb(pid);
  const sockets: Socket[] = [];
  for (let i = 0; i < 10; i += 1) {
    const socket = connect({ host: '127.0.0.1', port: served.port });
    socket.pause(); // never reads
    socket.on('error', () => undefined);
    socket.write(one.repeat(100));
    sockets.push(socket);
  }
  let peak = before;
  for (let t = 0; t < 40; t += 1) {
    await pause(250);
    peak = Math.max(peak, rssMb(pid));
  }
  const cut = sockets.filter((socket) => socket.destroyed).length;
  for (const socket of sockets) socket.destroy();
  await pause(5_000);
  const responsive = await call(served, 'status', {});
  return {
    rssBeforeMb: before,
    rssPeakMb: peak,
    rssAfterCloseMb: rssMb(pid),
    connectionsCutByServer: cut,
    statusAfterMs: round(responsive.ms, 1),
  };
}

async function workerRecovery(archive: string, cacheDir: string) {
  const service = new IndexedArchive(
    archive,
    { cacheDir, workers: 2 },
    { workerScript: faultyWorker({ dieOnSearchFor: 'harbour' }) },
  );
  await service.ready;
  const baseline = (await service.search({ query: 'market' })).total;
  const killed = performance.now();
  await service.search({ query: 'harbour' }).catch(() => undefined);
  let answered = Number.NaN;
  for (;;) {
    const total = await service
      .search({ query: 'market' })
      .then((answer) => answer.total)
      .catch(() => -1);
    if (total === baseline) {
      answered = performance.now() - killed;
      break;
    }
    await pause(5);
  }
  while (service.status().state !== 'ready') await pause(5);
  const ready = performance.now() - killed;
  const report = service.lastIndexing();
  await service.close();
  return {
    fullAnswersAfterMs: round(answered, 0),
    readyAfterMs: round(ready, 0),
    segmentsLoaded: report.segmentsLoaded,
    filesRead: report.filesRead,
  };
}

async function main(): Promise<void> {
  const { dir } = await ensureGeneratedArchive(STORIES);
  const cacheDir = join(CACHE_DIR, 'hostile-cache');
  const served = await serve(dir, cacheDir);
  const state = async () => {
    const { json } = await call(served, 'status', {});
    return json.ok ? json.value.state : 'error';
  };
  while ((await state()) !== 'ready') await pause(200);
  // The related-stories index is built in the background after indexing: let it finish, so
  // what is measured below is the searches, not that build.
  const some = await call(served, 'browse', { limit: 1 });
  const id = some.json.ok ? (some.json.value as { hits?: { id: string }[] }).hits?.[0]?.id : null;
  if (id) await call(served, 'related', { id });

  const wild = await wildcards(served);
  console.log(
    `\nInfix wildcards on ${STORIES.toLocaleString('en-US')} stories, /api/status polled meanwhile:`,
  );
  console.table(wild);
  const pipe = await pipelining(served);
  console.log('\nTen connections pipelining 100 browse {limit:1000} each, never reading:');
  console.table([pipe]);
  served.child.kill('SIGTERM');
  await new Promise((resolve) => served.child.once('exit', resolve));

  const recovery = await workerRecovery(dir, cacheDir);
  console.log('\nA worker killed under a search (two workers, both die):');
  console.table([recovery]);

  const files = await hostileFiles();
  console.log(
    `\nHostile files, each read in its own process (stopped after ${CASE_CAP_MS / 1000} s):`,
  );
  console.table(files);
  const exports = await exportCases();
  console.log('\nExport asked to write where it must not, and folder exports whose names clash:');
  console.table(exports);
  const library = await libraryCases();
  console.log('\nThe library under faults:');
  console.table(library);
  await writeResults('hostile', {
    stories: STORIES,
    wildcards: wild,
    pipelining: pipe,
    recovery,
    files,
    exports,
    library,
  });
}

// ─────────────────────── issue 21's cases, one process each ───────────────────────

const CASE_CAP_MS = 120_000;
const TSX = ['--import', 'tsx'];
const CASES = join(__dirname, 'hostile-cases.ts');
const WRITER = join(ROOT, 'tests/core/library/library-writer.ts');
const CLI = join(ROOT, 'main/cli.ts');

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  stopped: boolean;
}

function runChild(command: string, args: string[], capMs = CASE_CAP_MS): Promise<Ran> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let stopped = false;
    const timer = setTimeout(() => {
      stopped = true;
      child.kill('SIGKILL');
    }, capMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({
        code,
        stdout,
        stderr,
        seconds: round((performance.now() - started) / 1000, 1),
        stopped,
      });
    });
  });
}

const node = (args: string[], capMs?: number) =>
  runChild(process.execPath, [...TSX, ...args], capMs);
const firstLine = (text: string) => text.trim().split('\n')[0]?.slice(0, 110) ?? '';

async function hostileFiles() {
  const dir = await scratchDir('hostile-files');
  const para = (n: number) =>
    `<p>Paragraph ${n} of the harbour story, long enough to be read as article text by anyone.</p>`;
  const page = (body: string, title = 'Harbour news') =>
    `<!doctype html><html><head><title>${title}</title></head><body><article><h1>Harbour news</h1>${body}</article></body></html>`;
  const divs = (depth: number) =>
    `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(depth)}<p>The one paragraph of a page nested deep.</p>${'</div>'.repeat(depth)}</body></html>`;
  const list = Array.from({ length: 900 }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join('\n');
  const files: Record<string, [string, string]> = {
    'quotes-5000.md': ['5,000 `>` (issue 21)', `# Deep\n\n${'>'.repeat(5_000)} Deep words.\n`],
    'quotes-100000.md': ['100,000 `>`', `# Deeper\n\n${'>'.repeat(100_000)} Deeper words.\n`],
    'list-900.md': ['a list 900 levels deep', `# Deep list\n\n${list}\n`],
    'divs-5000.html': ['5,000 nested <div> (issue 16)', divs(5_000)],
    'divs-100000.html': ['100,000 nested <div>', divs(100_000)],
    'img-alt-svg.html': [
      '<img alt="<svg"> among 4 paragraphs',
      page(`${para(1)}<img alt="<svg">${para(2)}${para(3)}${para(4)}`),
    ],
    'data-uri-svg.html': [
      'a data-URI SVG among 3 paragraphs',
      page(
        `${para(1)}<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>">${para(2)}${para(3)}`,
      ),
    ],
    'a-title-comment.html': [
      '<a title="<!--"> among 4 paragraphs',
      page(
        `${para(1).replace('harbour', '<a title="<!--">harbour</a>')}${para(2)}${para(3)}${para(4)}`,
      ),
    ],
    'title-script.html': [
      '<title>Why <script> tags matter</title>',
      `<html><head><title>Why <script> tags matter</title></head><body>${para(1)}${para(2)}</body></html>`,
    ],
  };
  const rows = [];
  for (const [name, [what, text]] of Object.entries(files)) {
    const path = join(dir, name);
    writeFileSync(path, text);
    const ran = await node([CASES, 'read', path]);
    const answer = ran.stopped
      ? null
      : (JSON.parse(ran.stdout.trim() || '{}') as Record<string, unknown>);
    rows.push({
      case: what,
      seconds: ran.stopped
        ? `> ${CASE_CAP_MS / 1000} (stopped)`
        : round(Number(answer?.['ms'] ?? NaN) / 1000, 2),
      outcome: ran.stopped
        ? 'still reading'
        : (answer?.['outcome'] ?? `failed: ${firstLine(ran.stderr)}`),
      title: name === 'title-script.html' ? (answer?.['title'] ?? '') : '',
      maxRssMb: answer?.['maxRssMb'] ?? null,
    });
  }
  return rows;
}

/** A copy of the search fixture archive, with a link to it, in a fresh folder. */
function fixtureArchive(dir: string): { arch: string; link: string } {
  const arch = join(dir, 'ARCH');
  cpSync(join(ROOT, 'tests/fixtures/search/archive'), arch, { recursive: true });
  const link = join(dir, 'L');
  symlinkSync(arch, link);
  return { arch, link };
}

async function exportCases() {
  const dir = realpathSync(await scratchDir('hostile-export'));
  const { arch, link } = fixtureArchive(dir);
  const story = '000_1a2b3c4d5e6f7081.txt';
  const before = readFileSync(join(arch, story));
  const exportTo = (out: string, archive = arch, query = 'harbour') =>
    node([
      CLI,
      'export',
      '--query',
      query,
      '--format',
      'md',
      '--out',
      out,
      '--archive',
      archive,
      '--cache',
      join(dir, 'cache'),
      '--data',
      join(dir, 'data'),
    ]);
  const said = (ran: Ran) =>
    ran.code === 0
      ? 'exit 0'
      : `refused: ${firstLine(ran.stderr)
          .replace(/^clippings export: /, '')
          .split(dir)
          .join('…')
          .slice(0, 60)}`;
  const rows = [];
  let ran = await exportTo(join(arch, '..foo.md'));
  rows.push({
    case: '--out ARCH/..foo.md',
    did: said(ran),
    archiveTouched: existsSync(join(arch, '..foo.md')),
  });
  ran = await exportTo(join(link, story));
  rows.push({
    case: `--out L/${story} (L → ARCH)`,
    did: said(ran),
    archiveTouched: !readFileSync(join(arch, story)).equals(before),
  });
  ran = await exportTo(join(arch, 'x.md'), link);
  rows.push({
    case: '--archive L --out ARCH/x.md',
    did: said(ran),
    archiveTouched: existsSync(join(arch, 'x.md')),
  });
  const fifo = join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  ran = await exportTo(fifo);
  rows.push({
    case: '--out a named pipe (as /dev/full)',
    did: said(ran),
    archiveTouched: !lstatSync(fifo).isFIFO() ? 'pipe replaced by a file' : false,
  });
  ran = await exportTo(`${join(dir, 'new-folder')}/`);
  rows.push({
    case: '--out DIR/ (no such folder)',
    did: said(ran),
    archiveTouched: existsSync(join(dir, 'new-folder'))
      ? lstatSync(join(dir, 'new-folder')).isDirectory()
        ? 'a folder'
        : 'a file named DIR'
      : 'nothing',
  });

  // Ids that clash once made file names.
  const clash = join(dir, 'clash');
  mkdirSync(clash);
  const text = readFileSync(join(arch, story), 'utf8');
  const title = text.split('\n')[6] as string;
  const long = 'a'.repeat(90);
  ['story one', 'story-one', 'café', 'cafe', `${long}-1`, `${long}-2`].forEach((id, n) =>
    writeFileSync(join(clash, `${id}.txt`), text.replace(title, `${title} (part ${n})`)),
  );
  const out = join(dir, 'clash-out');
  mkdirSync(out);
  ran = await node([
    CLI,
    'export',
    '--query',
    '',
    '--format',
    'md',
    '--out',
    out,
    '--archive',
    clash,
    '--cache',
    join(dir, 'cache2'),
    '--data',
    join(dir, 'data'),
    '--json',
  ]);
  const reported =
    ran.code === 0 ? (JSON.parse(ran.stdout) as { files: string[] }).files.length : 0;
  rows.push({
    case: 'folder export, 6 ids that clash as names',
    did: `${reported} paths reported`,
    archiveTouched: `${readdirSync(out).length} files exist`,
  });
  return rows;
}

async function libraryCases() {
  const dir = realpathSync(await scratchDir('hostile-library'));
  const rows: Record<string, unknown>[] = [];

  // A writer stopped inside its transaction for 7 s while another writes.
  const data = join(dir, 'paused');
  const server = spawn(
    process.execPath,
    [...TSX, WRITER, data, '/archives/bench', 'a', 'server', '1', 'pause', '1500'],
    { cwd: ROOT },
  );
  const serverLines: string[] = [];
  await new Promise<void>((done) =>
    createInterface({ input: server.stdout! }).on('line', (line) => {
      serverLines.push(line);
      if (line === 'inside') done();
    }),
  );
  server.kill('SIGSTOP');
  const second = spawn(
    process.execPath,
    [...TSX, WRITER, data, '/archives/bench', 'a', 'cli', '1'],
    { cwd: ROOT },
  );
  const secondLines: string[] = [];
  let opening: () => void = () => undefined;
  const opened = new Promise<void>((done) => (opening = done));
  createInterface({ input: second.stdout! }).on('line', (line) => {
    secondLines.push(line);
    if (line === 'opening') opening();
  });
  const secondDone = new Promise((done) => second.once('exit', done));
  await opened;
  await pause(7_000);
  const duringPause = secondLines.includes('committed 0');
  server.kill('SIGCONT');
  await Promise.all([new Promise((done) => server.once('exit', done)), secondDone]);
  const kept = await notesIn(data);
  rows.push({
    case: 'writer paused (SIGSTOP) 7 s in its transaction; another writes',
    outcome: `${duringPause ? 'the other was let in and acknowledged' : 'the other waited'}; notes kept: ${kept.join(', ')}`,
    seconds: '',
  });

  // The library file deleted while open.
  const deleted = await node([CASES, 'deleted-while-open', join(dir, 'deleted')]);
  const answer = JSON.parse(deleted.stdout.trim() || '{}') as {
    acknowledged?: boolean;
    inTheFile?: boolean;
  };
  rows.push({
    case: 'library.sqlite deleted while open, then a write',
    outcome: answer.acknowledged
      ? answer.inTheFile
        ? 'acknowledged, and in the file'
        : 'acknowledged, and in no file'
      : `refused ${firstLine(deleted.stderr)}`,
    seconds: deleted.seconds,
  });

  // Stale locks of three shapes.
  const minuteAgo = new Date(Date.now() - 60_000);
  const shapes: Record<string, (lock: string) => void> = {
    'a regular file': (lock) => {
      writeFileSync(lock, 'x');
      utimesSync(lock, minuteAgo, minuteAgo);
    },
    'a folder with a file in it': (lock) => {
      mkdirSync(lock);
      writeFileSync(join(lock, 'x'), 'x');
      utimesSync(lock, minuteAgo, minuteAgo);
    },
    'a folder dated in the future': (lock) => {
      mkdirSync(lock);
      const future = new Date(Date.now() + 3_600_000);
      utimesSync(lock, future, future);
    },
  };
  for (const [shape, make] of Object.entries(shapes)) {
    const folder = join(dir, `stale-${shape.replace(/\W+/g, '-')}`);
    mkdirSync(folder, { recursive: true });
    make(join(folder, 'library.sqlite.clippings-lock'));
    const ran = await node([WRITER, folder, '/archives/bench', 'a', 'after', '1'], 90_000);
    rows.push({
      case: `stale lock: ${shape}`,
      outcome: ran.stdout.includes('committed 0')
        ? 'cleared; the write went through'
        : ran.stopped
          ? 'still waiting'
          : `failed: ${firstLine(ran.stderr).slice(0, 70)}`,
      seconds: ran.seconds,
    });
  }

  // A read-only data folder (a read-only bind mount in a private mount namespace).
  rows.push(...(await readOnlyFolder(dir)));

  // The read an export of 4,668 stories makes under the lock.
  const states = await node([CASES, 'states', join(dir, 'states'), '4668']);
  const read = JSON.parse(states.stdout.trim() || '{}') as { ms?: number };
  rows.push({
    case: "an export's library read of 4,668 stories (held under the lock)",
    outcome:
      read.ms === undefined ? `failed: ${firstLine(states.stderr)}` : `${round(read.ms, 0)} ms`,
    seconds: '',
  });
  return rows;
}

async function notesIn(data: string): Promise<string[]> {
  const { Library } = await import('../../main/core/library/library');
  const library = await Library.open(data);
  try {
    return (await library.forArchive('/archives/bench').state('a')).notes.map((note) =>
      note.text.trimEnd(),
    );
  } finally {
    await library.close();
  }
}

async function readOnlyFolder(dir: string) {
  if (spawnSync('unshare', ['-rm', 'true']).status !== 0) {
    return [
      {
        case: 'read-only data folder',
        outcome: 'not measured: unshare -rm is not available here',
        seconds: '',
      },
    ];
  }
  const { arch } = fixtureArchive(join(dir, 'ro'));
  const data = join(dir, 'ro', 'data');
  await node([
    CLI,
    'library',
    'star',
    '000_1a2b3c4d5e6f7081',
    '--archive',
    arch,
    '--cache',
    join(dir, 'ro', 'cache'),
    '--data',
    data,
  ]);
  const rows = [];
  for (const [verb, id] of [
    ['show', '000_1a2b3c4d5e6f7081'],
    ['star', '008_92a3b4c5d6e7f809'],
  ] as const) {
    const script = [
      `mount --bind ${data} ${data} && mount -o remount,bind,ro ${data}`,
      `exec ${process.execPath} --import tsx ${CLI} library ${verb} ${id} --archive ${arch} --cache ${join(dir, 'ro', 'cache')} --data ${data}`,
    ].join('\n');
    const ran = await runChild('unshare', ['-rm', 'sh', '-c', script]);
    rows.push({
      case: `read-only data folder: library ${verb}`,
      outcome:
        ran.code === 0 ? `exit 0: ${firstLine(ran.stdout).slice(0, 60)}` : firstLine(ran.stderr),
      seconds: ran.seconds,
    });
  }
  return rows;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
