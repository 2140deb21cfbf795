import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLES, parseEvalArgs } from '../../../tools/eval/cli-args';
import { main } from '../../../tools/eval/run-eval';
import { KNOWN_ITEM_METHODS } from '../../../tools/eval/evaluate-archive';

const FIXTURE = resolve(__dirname, '../../fixtures/eval');
const ARCHIVE = join(FIXTURE, 'archive');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) },
  };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-eval-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('command line', () => {
  it('prints usage on --help and exits 0', async () => {
    const { out, err, io } = capture();
    expect((await main(['--help'], io)).code).toBe(0);
    expect(out.join('\n')).toMatch(/Usage: npm run eval -- --archive DIR --labels FILE/);
    expect(err).toEqual([]);
  });

  it('refuses an unknown argument with one sentence and exit 2', async () => {
    const { out, err, io } = capture();
    expect((await main(['--archive', ARCHIVE, '--bogus'], io)).code).toBe(2);
    expect(err).toEqual(['Unknown argument "--bogus" (see --help).']);
    expect(out).toEqual([]);
  });

  it('refuses bad values and missing paths with exit 2', async () => {
    for (const argv of [
      ['--archive', ARCHIVE],
      ['--archive', ARCHIVE, '--labels', join(FIXTURE, 'labels.json'), '--samples', '0'],
      ['--archive', ARCHIVE, '--labels', join(FIXTURE, 'labels.json'), '--seed', 'x'],
      ['--archive', join(dir, 'missing'), '--labels', join(FIXTURE, 'labels.json')],
      ['--archive', ARCHIVE, '--labels', join(dir, 'missing.json')],
      ['--archive'],
    ]) {
      const { err, io } = capture();
      expect((await main(argv, io)).code).toBe(2);
      expect(err).toHaveLength(1);
    }
  });

  it('has defaults for samples, seed, split and output', () => {
    const parsed = parseEvalArgs(['--archive', 'a', '--labels=b.json']);
    expect(parsed).toEqual({
      help: false,
      args: {
        archive: 'a',
        labels: 'b.json',
        split: null,
        samples: DEFAULT_SAMPLES,
        seed: 1,
        out: null,
        baselines: true,
        only: null,
      },
    });
  });

  it('skips the baselines with --engine-only', () => {
    const parsed = parseEvalArgs(['--archive', 'a', '--labels', 'b.json', '--engine-only']);
    expect(parsed).toMatchObject({ args: { baselines: false } });
  });
});

describe('an evaluation run on the fixture archive', () => {
  it('writes every metric, with the same queries for the engine and the baselines', async () => {
    const outFile = join(dir, 'full.json');
    const { out, io } = capture();
    const result = await main(
      [
        '--archive',
        ARCHIVE,
        '--labels',
        join(FIXTURE, 'labels.json'),
        '--split',
        'test',
        '--samples',
        '20',
        '--out',
        outFile,
      ],
      io,
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(await readFile(outFile, 'utf8'));
    expect(json.stories).toBe(8);
    expect(json.queryCandidates).toBe(4);
    for (const kind of ['title', 'rareWords', 'sentence']) {
      const knownItem = json.knownItem[kind];
      expect(knownItem.queries).toBeGreaterThan(0);
      for (const method of KNOWN_ITEM_METHODS) {
        const scores = knownItem.methods[method];
        expect(scores.queries).toBe(knownItem.queries);
        expect(scores.mrrAt10).toBeGreaterThanOrEqual(0);
        expect(scores.mrrAt10).toBeLessThanOrEqual(1);
        expect(scores.latencyMs.calls).toBe(knownItem.queries);
      }
    }
    for (const method of KNOWN_ITEM_METHODS) {
      expect(json.queryLatencyMs[method].p50).toBeGreaterThanOrEqual(0);
    }
    for (const method of [
      'engine',
      'engineAsShown',
      'lunrTopTerms',
      'cosineFullTfIdf',
      'bm25MoreLikeThis',
    ]) {
      const scores = json.similar.methods[method];
      expect(scores.stories).toBe(4);
      expect(scores.precisionAt5).toBeGreaterThanOrEqual(0);
      expect(scores.ndcgAt10).toBeGreaterThan(0);
    }
    // Each story's nearest neighbour here shares its topic, for the engine and the cosine baseline.
    expect(json.similar.methods.engine.ndcgAt10).toBeGreaterThan(0.5);
    expect(json.similar.methods.cosineFullTfIdf.ndcgAt10).toBeGreaterThan(0.5);
    expect(json.storyline.stories).toBeGreaterThan(0);
    expect(json.storyline.recall).toBeGreaterThanOrEqual(0);
    expect(json.linked.labelledFiles).toBeGreaterThan(0);
    expect(json.linked.found).toBe(1); // the fixture's headlines are unique titles
    expect(json.linked.wrong).toBe(0);
    expect(out.join('\n')).toMatch(/Known-item search/);
    expect(out.join('\n')).toMatch(/Similar stories/);
  }, 60_000);

  it('skips, with a note, what the generator’s { file: topic } labels cannot score', async () => {
    const outFile = join(dir, 'by-topic.json');
    const { io } = capture();
    const result = await main(
      [
        '--archive',
        ARCHIVE,
        '--labels',
        join(FIXTURE, 'labels-by-topic.json'),
        '--split',
        'test',
        '--samples',
        '5',
        '--out',
        outFile,
      ],
      io,
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(await readFile(outFile, 'utf8'));
    expect(json.labelShape).toBe('file-to-topic');
    expect(json.queryCandidates).toBe(8); // no split: every story may be asked about
    expect(json.notes.join(' ')).toMatch(/no split/);
    expect(json.storyline).toEqual({ skipped: 'the labels have no threads' });
    expect(json.linked).toEqual({ skipped: 'the labels have no related files' });
    expect(json.similar.methods.engine.stories).toBe(5);
    expect(json.knownItem.title.methods.engine.queries).toBe(5);
  }, 60_000);
});
