/**
 * Runs the CLI in-process for tests, the way `npm run --silent cli -- …` runs it, capturing
 * what it prints; and a scratch folder per test file for caches and generated archives.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { runCli } from '../../../main/cli/run-cli';
import type { CliCommand } from '../../../main/cli/command';

export interface CliRun {
  code: number;
  /** Each printed line (one JSON document with --json). */
  out: string[];
  err: string[];
  stdout: string;
  stderr: string;
}

export async function runCliCapturing(
  argv: string[],
  commands?: readonly CliCommand[],
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (text: string) => out.push(text), stderr: (text: string) => err.push(text) };
  const code = await (commands ? runCli(argv, io, commands) : runCli(argv, io));
  return { code, out, err, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A temporary folder made before this file's tests and removed after them. */
export function useScratchDir(prefix: string): () => string {
  let dir: string | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return () => {
    if (!dir) throw new Error('the scratch folder exists only while the tests run');
    return dir;
  };
}
