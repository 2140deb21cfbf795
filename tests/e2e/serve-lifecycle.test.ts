/**
 * `npm run serve` stops when it is told to, and when whoever started it goes: SIGTERM, SIGINT
 * and SIGHUP to the server, and npm itself killed (SIGTERM or SIGKILL) — which used to leave
 * the server running, orphaned, holding its port.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT, SAMPLE_ARCHIVE } from './serve-harness';

interface Started {
  npmPid: number;
  serverPid: number;
  port: number;
  /** What the server wrote on stderr (for a failure's message). */
  stderr: () => string;
}

/** `npm run --silent serve` on the sample archive; the pids of npm and of the server. */
async function npmServe(): Promise<Started> {
  const cacheDir = await mkdtemp(join(tmpdir(), 'clippings-lifecycle-'));
  const npm = spawn(
    'npm',
    ['run', '--silent', 'serve', '--', '--archive', SAMPLE_ARCHIVE, '--cache', cacheDir],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  npm.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: npm.stdout! }).once('line', resolve);
    npm.once('exit', (code) => reject(new Error(`npm run serve exited with ${code}`)));
  });
  const port = Number(/127\.0\.0\.1:(\d+)\//.exec(line)?.[1]);
  const serverPid = processesRunning(cacheDir).find((pid) => pid !== npm.pid);
  if (!serverPid || !npm.pid) throw new Error(`no server process found for ${line}`);
  return { npmPid: npm.pid, serverPid, port, stderr: () => stderr };
}

/** Pids of the node processes whose command line holds `marker` and main/web.ts (Linux /proc). */
function processesRunning(marker: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return (
          command.includes(marker) && command.includes('main/web.ts') && !command.startsWith('sh')
        );
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Running: present in /proc and not a zombie (an exited process its new parent never reaped). */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Waits (generously) until the server process is gone; not a timing assertion. */
async function gone(started: Started): Promise<boolean> {
  try {
    await vi.waitFor(() => expect(isAlive(started.serverPid)).toBe(false), {
      timeout: 15_000,
      interval: 100,
    });
  } catch {
    if (isAlive(started.serverPid)) process.kill(started.serverPid, 'SIGKILL');
    return false;
  }
  return !(await accepts(started.port));
}

describe('npm run serve stops', () => {
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`when npm is killed with ${signal}`, async () => {
      const started = await npmServe();
      expect(await accepts(started.port)).toBe(true);
      process.kill(started.npmPid, signal);
      expect(await gone(started), started.stderr()).toBe(true);
    });
  }

  for (const signal of ['SIGINT', 'SIGHUP'] as const) {
    it(`on ${signal}`, async () => {
      const started = await npmServe();
      process.kill(started.serverPid, signal);
      expect(await gone(started), started.stderr()).toBe(true);
      if (isAlive(started.npmPid)) process.kill(started.npmPid, 'SIGKILL');
    });
  }
});
