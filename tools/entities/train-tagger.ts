/**
 * `npx tsx tools/entities/train-tagger.ts CONLL_DIR [--epochs N]`: learns the name tagger's
 * weights (main/core/entities/tagger-weights.json) from CoNLL-2003 English's train.txt, an
 * averaged perceptron over the features of tagger-features.ts, greedy left to right as the
 * tagger runs. The CoNLL text is not in the repository (docs/entities.md says where to get it);
 * the weights are. Deterministic: documents are shuffled with a fixed seed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { storyContext, viewSentence } from '../../main/core/entities/tagger-features';
import type { StoryContext } from '../../main/core/entities/tagger-features';
import { LABELS, bestLabel, isScored } from '../../main/core/entities/name-tagger';
import { tokenFeatures } from '../../main/core/entities/tagger-features';

interface Sentence {
  tokens: string[];
  labels: string[];
}
interface Document {
  sentences: Sentence[];
  story: StoryContext;
}

const OUT = resolve('main/core/entities/tagger-weights.json');
/** Weights are stored as integers: weight × SCALE, rounded. */
const SCALE = 1000;
/** Between a feature's template and value in the training's keys. */
const SEPARATOR = '\u0001';

function readDocuments(text: string): Document[] {
  const documents: Document[] = [];
  for (const block of text.split(/^-DOCSTART-.*$/m)) {
    const sentences: Sentence[] = [];
    for (const part of block.split(/\n\s*\n/)) {
      const lines = part.split('\n').filter((line) => line.trim() !== '');
      if (lines.length === 0) continue;
      const tokens: string[] = [];
      const labels: string[] = [];
      for (const line of lines) {
        const columns = line.trim().split(/\s+/);
        tokens.push(columns[0] as string);
        let label = columns[columns.length - 1] as string;
        // IOB1 → IOB2: an I- that does not continue its kind begins a name.
        const previous = labels.at(-1) ?? 'O';
        if (label.startsWith('I-') && previous.slice(2) !== label.slice(2))
          label = `B-${label.slice(2)}`;
        labels.push(label);
      }
      sentences.push({ tokens, labels });
    }
    if (sentences.length === 0) continue;
    const title = (sentences[0] as Sentence).tokens.join(' ');
    documents.push({
      sentences,
      story: storyContext(
        title,
        sentences.map((s) => s.tokens),
      ),
    });
  }
  return documents;
}

class AveragedPerceptron {
  readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private steps = 1;
  readonly score = (features: readonly string[]): Float64Array => {
    const scores = new Float64Array(LABELS.length);
    for (const feature of features) {
      const row = this.weights.get(feature);
      if (row) for (let i = 0; i < row.length; i += 1) (scores[i] as number) += row[i] as number;
    }
    return scores;
  };
  update(features: readonly string[], truth: number, guess: number): void {
    this.steps += 1;
    if (truth === guess) return;
    for (const feature of features) {
      let row = this.weights.get(feature);
      let total = this.totals.get(feature);
      if (!row || !total) {
        row = new Float64Array(LABELS.length);
        total = new Float64Array(LABELS.length);
        this.weights.set(feature, row);
        this.totals.set(feature, total);
      }
      (row[truth] as number) += 1;
      (row[guess] as number) -= 1;
      (total[truth] as number) += this.steps;
      (total[guess] as number) -= this.steps;
    }
  }
  /** The averaged weights by template and value, rounded to 1 / SCALE, zeros dropped. */
  averaged(): Record<string, Record<string, number[]>> {
    const out: Record<string, Record<string, number[]>> = {};
    for (const [feature, row] of this.weights) {
      const total = this.totals.get(feature) as Float64Array;
      const pairs: number[] = [];
      row.forEach((weight, label) => {
        const average = Math.round((weight - (total[label] as number) / this.steps) * SCALE);
        if (average !== 0) pairs.push(label, average);
      });
      if (pairs.length === 0) continue;
      const [template, value] = feature.split(SEPARATOR) as [string, string];
      (out[template] ??= {})[value] = pairs;
    }
    return out;
  }
}

function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function trainEpoch(model: AveragedPerceptron, documents: Document[]): number {
  let errors = 0;
  for (const { sentences, story } of documents) {
    for (const { tokens, labels } of sentences) {
      const view = viewSentence(tokens, story.inCaps.has(tokens));
      let previous = 'O';
      tokens.forEach((token, at) => {
        if (!isScored(token, previous, at)) {
          previous = 'O';
          return;
        }
        const features: string[] = [];
        tokenFeatures(view, at, previous, story, (template, value) =>
          features.push(`${template}${SEPARATOR}${value}`),
        );
        const guess = bestLabel(model.score(features), previous);
        const truth = LABELS.indexOf(labels[at] as string);
        if (guess !== truth) errors += 1;
        model.update(features, truth, guess);
        previous = LABELS[guess] as string;
      });
    }
  }
  return errors;
}

function main(argv: string[]): void {
  const folder = argv[0];
  if (!folder) throw new Error('Usage: train-tagger.ts CONLL_DIR [--epochs N]');
  const epochsAt = argv.indexOf('--epochs');
  const epochs = epochsAt >= 0 ? Number(argv[epochsAt + 1]) : 6;
  const documents = readDocuments(readFileSync(join(folder, 'train.txt'), 'utf8'));
  const model = new AveragedPerceptron();
  for (let epoch = 1; epoch <= epochs; epoch += 1) {
    const errors = trainEpoch(model, shuffle(documents, epoch));
    process.stdout.write(`epoch ${epoch}: ${errors} token errors\n`);
  }
  const weights = model.averaged();
  writeFileSync(OUT, `${JSON.stringify({ labels: LABELS, scale: SCALE, weights })}\n`);
  const count = Object.values(weights).reduce((sum, one) => sum + Object.keys(one).length, 0);
  process.stdout.write(`${count} features → ${OUT}\n`);
}

main(process.argv.slice(2));
