/**
 * `npm run bench -- hostile`: the figures behind the hardening of issue 11, on 20,000
 * generated stories, against the browser mode's real server (main/web.ts in its own process):
 *
 * 1. infix wildcards (`*a* *b* …`, 1 to 100 words): how long the search takes (or how soon it
 *    is refused), and how long `/api/status` takes meanwhile (polled every 20 ms from here);
 * 2. ten connections pipelining 100 `browse {"limit":1000}` each and never reading: the
 *    server's RSS before, at its peak, and after they close;
 * 3. a worker killed under a search (in-process, with a worker that dies on a given term):
 *    the time until search answers in full again, and until the status is ready.
 *
 * Prints tables and writes bench-results/hostile.json. Numbers, never assertions.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  await writeResults('hostile', { stories: STORIES, wildcards: wild, pipelining: pipe, recovery });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
