/**
 * A data folder that cannot be written, for real: a read-only mount and a full disk (a small
 * tmpfs filled up), made in a private mount namespace (`unshare -rm`, Linux; root or user
 * namespaces), with the CLI and the browser mode run inside it. Reads must work at once; each
 * write gets one plain sentence — no 40 s wait, no "busy", no `disk I/O error`, no stack
 * trace on stderr. An export to a read-only file system says so in words too.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../../main/core/library/library';

const ROOT = resolve(__dirname, '../../..');
const ARCHIVE = join(ROOT, 'tests/fixtures/search/archive');
const HARBOUR = '000_1a2b3c4d5e6f7081';
const FERRY = '008_92a3b4c5d6e7f809';

let dir: string;
let data: string;

beforeAll(async () => {
  dir = realpathSync(await mkdtemp(join(tmpdir(), 'clippings-folder-faults-')));
  data = join(dir, 'data');
  const library = await Library.open(data);
  await library.forArchive(ARCHIVE).setStarred(HARBOUR, true);
  await library.close();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Step {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
}

/**
 * Runs `setup` (shell, as root of a private mount namespace), then each command as
 * `node --import tsx main/cli.ts …` there, and answers each one's outcome.
 */
function inNamespace(setup: string, commands: string[][]): Step[] {
  const script = join(dir, `steps-${Math.random().toString(36).slice(2)}.sh`);
  const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
  const lines = ['set -e', setup, 'set +e', `cd ${quote(ROOT)}`];
  commands.forEach((command, n) => {
    const out = join(dir, `out-${n}`);
    lines.push(
      `start=$(date +%s.%N)`,
      `${quote(process.execPath)} --import tsx main/cli.ts ${command.map(quote).join(' ')} >${out}.stdout 2>${out}.stderr`,
      `echo $? >${out}.code`,
      `echo "$(date +%s.%N) - $start" | bc >${out}.seconds`,
    );
  });
  writeFileSync(script, lines.join('\n'));
  const run = spawnSync('unshare', ['-rm', 'sh', script], { encoding: 'utf8', timeout: 240_000 });
  expect(run.status, run.stderr).toBe(0);
  return commands.map((_, n) => {
    const read = (what: string) =>
      spawnSync('cat', [join(dir, `out-${n}.${what}`)], { encoding: 'utf8' }).stdout.trim();
    return {
      code: Number(read('code')),
      stdout: read('stdout'),
      stderr: read('stderr'),
      seconds: Number(read('seconds')),
    };
  });
}

const archiveOptions = (dataDir: string) => [
  '--archive',
  ARCHIVE,
  '--cache',
  join(dir, 'cache'),
  '--data',
  dataDir,
];

describe('a read-only data folder', () => {
  it('reads at once, and refuses a write in one sentence', () => {
    const [show, starred, star] = inNamespace(
      `mount --bind ${data} ${data} && mount -o remount,bind,ro ${data}`,
      [
        ['library', 'show', HARBOUR, ...archiveOptions(data), '--json'],
        ['search', 'is:starred', ...archiveOptions(data), '--json'],
        ['library', 'star', FERRY, ...archiveOptions(data)],
      ],
    ) as [Step, Step, Step];
    expect(show.code, show.stderr).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ id: HARBOUR, starred: true });
    expect(starred.code, starred.stderr).toBe(0);
    expect(JSON.parse(starred.stdout).hits.map((hit: { id: string }) => hit.id)).toEqual([HARBOUR]);
    expect(star.code).toBe(2);
    expect(star.stderr).toBe(
      `clippings library: Your library's folder (${data}) is read-only, so this change was not saved.`,
    );
    for (const step of [show, starred, star]) {
      expect(step.stderr).not.toMatch(/busy|disk I\/O|EROFS| {4}at /);
      expect(step.seconds).toBeLessThan(30); // it was 40 s of waiting, then "busy"
    }
  }, 240_000);
});

describe('a full disk under the data folder', () => {
  it('reads at once, refuses a write in one sentence, in the CLI and in browser mode', () => {
    const full = join(dir, 'full');
    mkdirSync(full);
    const setup = [
      `mount -t tmpfs -o size=2m tmpfs ${full}`,
      `cp -r ${data} ${full}/data`,
      `dd if=/dev/zero of=${full}/filler bs=4k 2>/dev/null || true`,
    ].join('\n');
    const [show, star] = inNamespace(setup, [
      ['library', 'show', HARBOUR, ...archiveOptions(join(full, 'data')), '--json'],
      ['library', 'star', FERRY, ...archiveOptions(join(full, 'data'))],
    ]) as [Step, Step];
    expect(show.code, show.stderr).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ starred: true });
    expect(star.code).toBe(2);
    expect(star.stderr).toBe(
      `clippings library: The disk holding your library (${full}/data) is full, so this change was not saved. Free some space and try again.`,
    );

    // Browser mode: the same sentence as the API's answer, and no stack trace on stderr.
    const served = join(dir, 'served');
    const web = [
      setup,
      `cd ${ROOT}`,
      `${process.execPath} --import tsx main/web.ts --archive ${ARCHIVE} --cache ${join(dir, 'cache')} --data ${full}/data >${served}.stdout 2>${served}.stderr &`,
      'server=$!',
      `for i in $(seq 1 600); do grep -q token= ${served}.stdout 2>/dev/null && break; sleep 0.1; done`,
      `url=$(grep -o 'http://[^ ]*' ${served}.stdout)`,
      'base=${url%%/#token=*}; token=${url##*#token=}; host=${base#http://}',
      `for i in $(seq 1 600); do curl -s -X POST -H "Host: $host" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{}' $base/api/status | grep -q '"ready"' && break; sleep 0.1; done`,
      `curl -s -X POST -H "Host: $host" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{"id":"${FERRY}","starred":true}' $base/api/setStarred >${served}.answer`,
      `curl -s -X POST -H "Host: $host" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{"id":"${HARBOUR}"}' $base/api/libraryState >${served}.state`,
      'kill $server; wait $server',
    ].join('\n');
    inNamespace(web, []);
    const read = (what: string) =>
      spawnSync('cat', [`${served}.${what}`], { encoding: 'utf8' }).stdout;
    expect(JSON.parse(read('answer'))).toEqual({
      ok: false,
      error: {
        code: 'E_UNAVAILABLE',
        message: `The disk holding your library (${full}/data) is full, so this change was not saved. Free some space and try again.`,
      },
    });
    expect(JSON.parse(read('state'))).toMatchObject({ ok: true, value: { starred: true } });
    expect(read('stderr')).not.toMatch(/Something went wrong| {4}at |disk I\/O/);
  }, 240_000);
});

describe('an export to a read-only file system', () => {
  it('says so in words', () => {
    const place = join(dir, 'ro-export');
    mkdirSync(place);
    const [single, folder] = inNamespace(
      `mount -t tmpfs -o size=1m tmpfs ${place} && mount -o remount,ro ${place}`,
      [
        [
          'export',
          '--query',
          'harbour',
          '--format',
          'md',
          '--out',
          `${place}/x.md`,
          ...archiveOptions(data),
        ],
        [
          'export',
          '--query',
          'harbour',
          '--format',
          'md',
          '--out',
          `${place}/sub/`,
          ...archiveOptions(data),
        ],
      ],
    ) as [Step, Step];
    expect(single.stderr).toBe(
      `clippings export: ${place}/x.md could not be written: the disk is read-only.`,
    );
    expect(folder.stderr).toBe(
      `clippings export: ${place}/sub/ could not be written: the disk is read-only.`,
    );
  }, 240_000);
});
