/**
 * `npm run eval -- --conll DIR [--conll-split valid] [--out FILE]`: the entity extractor on
 * CoNLL-2003 English (DIR/test.txt, DIR/<split>.txt, or the file DIR names; tune on valid,
 * report test): precision and recall per kind at the
 * entity-in-story level, raw and after alias folding (entity-metrics.ts). Prints the table and
 * writes the numbers as JSON (default eval-results/conll2003-entities.json).
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { readConll } from './conll-corpus';
import { evaluateEntities, formatEntityTable } from './entity-metrics';

export interface EntityEvalIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export async function runEntityEval(argv: readonly string[], io: EntityEvalIo): Promise<number> {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const given = value('--conll');
  if (given === undefined || given.startsWith('--')) {
    io.stderr('--conll needs the folder holding CoNLL-2003 test.txt (or the file itself).');
    return 2;
  }
  const split = value('--conll-split') ?? 'test';
  if (!/^(?:train|valid|test)$/.test(split)) {
    io.stderr('--conll-split is one of train, valid, test.');
    return 2;
  }
  const info = await stat(given).catch(() => null);
  const file = info?.isDirectory() ? join(given, `${split}.txt`) : given;
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) {
    io.stderr(`There is no CoNLL file at ${file}.`);
    return 2;
  }
  const corpus = readConll(text);
  if (corpus.length === 0) {
    io.stderr(`${file} holds no CoNLL documents.`);
    return 2;
  }
  const result = evaluateEntities(corpus);
  io.stdout(formatEntityTable(result));
  const outFile = resolve(value('--out') ?? join('eval-results', 'conll2003-entities.json'));
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, `${JSON.stringify(result, null, 2)}\n`);
  io.stdout(`\nWrote ${outFile}`);
  return 0;
}
