/**
 * The CLI's contract: `--json` prints exactly one JSON document and exits 0; a failure is one
 * sentence on stderr and exit code 2, and a bad command line also prints the command's usage on
 * stdout (not with --json, whose stdout is only ever the answer). `--help` explains a command.
 */
import { describe, expect, it } from 'vitest';
import type { CliCommand } from '../../../main/cli/command';
import { COMMANDS } from '../../../main/cli/commands/all';
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

  it('an unknown command gets a guess and a pointer to --help, not the whole usage', async () => {
    const { code, out, err } = await run(['serach', 'harbour']);
    expect(code).toBe(2);
    expect(err).toEqual([
      'clippings: Unknown command "serach". Did you mean "search"?',
      '`npm run --silent cli -- --help` lists the commands.',
    ]);
    expect(out).toEqual([]);
  });

  it('guesses only a command that is near: a stray word gets the pointer alone', async () => {
    expect((await run(['stauts'])).err[0]).toBe(
      'clippings: Unknown command "stauts". Did you mean "status"?',
    );
    expect((await run(['exprot'])).err[0]).toContain('Did you mean "export"?');
    const stray = await run(['frobnicate']);
    expect(stray.code).toBe(2);
    expect(stray.err).toEqual([
      'clippings: Unknown command "frobnicate".',
      '`npm run --silent cli -- --help` lists the commands.',
    ]);
    expect(stray.out).toEqual([]);
  });

  it('an unknown option is one sentence on stderr, the usage on stdout, and exit 2', async () => {
    const { code, out, err } = await run(['version', '--colour']);
    expect(code).toBe(2);
    expect(err).toEqual([
      'clippings version: there is no option --colour; `npm run --silent cli -- version --help` lists the options.',
    ]);
    expect(out).toEqual(['usage: npm run --silent cli -- version']);
  });

  it('with --json a bad command line leaves stdout empty: it only ever carries the answer', async () => {
    const { code, out, err } = await run(['version', '--colour', '--json']);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
  });

  it('reads a negative number as an option’s value and says what is wrong with it', async () => {
    const { code, err } = await run(['search', 'oil', '--archive', '.', '--limit', '-1']);
    expect(code).toBe(2);
    expect(err).toEqual([
      'clippings search: --limit must be a positive whole number (1 or more), not "-1".',
    ]);
    expect((await run(['search', 'oil', '--archive', '.', '--limit', '0'])).err).toEqual([
      'clippings search: --limit must be a positive whole number (1 or more), not "0".',
    ]);
    expect((await run(['search', 'oil', '--archive', '.', '--offset', '-3'])).err).toEqual([
      'clippings search: --offset must be 0 or a positive whole number, not "-3".',
    ]);
  });

  it('lists the accepted values of --sort in plain words, not the validator’s text', async () => {
    const { code, err } = await run(['search', 'oil', '--archive', '.', '--sort', 'best']);
    expect(code).toBe(2);
    expect(err).toEqual([
      'clippings search: --sort must be relevance, newest or oldest, not "best".',
    ]);
  });

  it('says an option needs a value, or takes none, in one sentence', async () => {
    expect((await run(['search', 'oil', '--archive'])).err).toEqual([
      'clippings search: --archive needs a value.',
    ]);
    expect((await run(['version', '--json=yes'])).err).toEqual([
      'clippings version: --json takes no value.',
    ]);
  });

  it('explains each command with --help, on stdout, exit 0, in lines that fit a terminal', async () => {
    const list = await run(['--help']);
    expect(list.code).toBe(0);
    for (const command of COMMANDS) {
      expect(list.stdout).toContain(`  ${command.name} `);
      const help = await run([command.name, '--help']);
      expect(help.code, command.name).toBe(0);
      expect(help.err).toEqual([]);
      expect(help.stdout).toContain(command.summary);
      expect(help.stdout).toMatch(/--json\s+print the answer as one JSON document/);
      for (const line of [...list.stdout.split('\n'), ...help.stdout.split('\n')]) {
        expect(line.length, line).toBeLessThanOrEqual(80);
      }
    }
    const search = (await run(['search', '--help'])).stdout;
    expect(search).toMatch(/^usage: npm run --silent cli -- search QUERY --archive DIR/);
    expect(search).toMatch(/--limit N +how many hits to print/);
  });

  it('prints the command list on stdout with exit 2 when no command is given', async () => {
    const { code, stdout, err } = await run([]);
    expect(code).toBe(2);
    expect(err).toEqual([]);
    expect(stdout).toMatch(/^usage:/);
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
    expect(await run(['one'], [one])).toMatchObject({
      code: 2,
      err: ['clippings one: FILE is missing.'],
      out: ['usage: npm run --silent cli -- one FILE'],
    });
    expect((await run(['one', 'a', 'b'], [one])).err).toEqual([
      'clippings one: it takes one FILE, not 2 (quote an argument that holds spaces).',
    ]);
    expect((await run(['one', 'a', '--json'], [one])).out).toEqual(['["a"]']);
  });
});
