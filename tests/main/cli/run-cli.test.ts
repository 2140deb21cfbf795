/**
 * The CLI's contract: `--json` prints exactly one JSON document and exits 0; a bad argument
 * or a failure is one line on stderr and exit code 2.
 */
import { describe, expect, it } from 'vitest';
import type { CliCommand } from '../../../main/cli/command';
import { runCliCapturing as run } from './cli-harness';

describe('runCli', () => {
  it('version --json prints one JSON document with the versions', async () => {
    const { code, out, err } = await run(['version', '--json']);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0] ?? '')).toMatchObject({
      lunr: '2.3.9',
      clippings: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });

  it('an unknown command is one line on stderr and exit 2', async () => {
    const { code, out, err } = await run(['frobnicate']);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/unknown command "frobnicate"/);
  });

  it('an unknown option is one line on stderr and exit 2', async () => {
    const { code, err } = await run(['version', '--colour']);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/--colour/);
  });

  it('status without --archive says what is missing', async () => {
    const { code, err } = await run(['status', '--json']);
    expect(code).toBe(2);
    expect(err).toEqual(['clippings status: --archive is required.']);
  });

  it('status on a folder that does not exist fails in one line', async () => {
    const { code, err } = await run(['status', '--archive', '/no/such/folder', '--json']);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/is not a folder/);
  });

  it('a failing command exits 2 with its message on one line, not a stack', async () => {
    const broken: CliCommand = {
      name: 'broken',
      usage: 'broken',
      summary: 'fails',
      async run() {
        throw new Error('disk on fire\n    at somewhere.ts:1:1');
      },
    };
    const { code, out, err } = await run(['broken', '--json'], [broken]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual(['clippings broken: disk on fire']);
  });

  it('checks the number of positional arguments', async () => {
    const one: CliCommand = {
      name: 'one',
      usage: 'one FILE',
      summary: '',
      positionals: { min: 1, max: 1 },
      run: async ({ positionals }) => ({ json: positionals }),
    };
    expect((await run(['one'], [one])).err).toEqual(['clippings one: usage: clippings one FILE']);
    expect((await run(['one', 'a', '--json'], [one])).out).toEqual(['["a"]']);
  });
});
