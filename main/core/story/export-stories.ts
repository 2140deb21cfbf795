/**
 * An export's pieces → its stories, piece by piece: the first piece (which holds the cover
 * page) decides whether the file is a Nexis or Factiva export at all; every piece is a run of
 * whole stories (export-window.ts cuts a text export so), read by that layout's reader, each
 * story numbered in file order ("12 of …") and bounded (story-parts.ts). Nothing of a piece is
 * kept once its stories are made, so a 200 MB export is never held whole.
 *
 * ExportIds gives the ids, one story at a time: `<file id>@<8 hex of sha1(normalised
 * headline, date)>`, the same story keeping its id in a re-download in another order; stories
 * of one file with the same headline and date get `-2`, `-3`… in file order.
 */
import { createHash } from 'node:crypto';
import type { ExportSource, Story, StoryFormat } from '../model/story';
import type { ExportParts } from './export-parts';
import { factivaLayout, factivaStories } from './factiva-export';
import { nexisLayout, nexisStories } from './nexis-export';
import { normaliseTitle } from './normalise-title';
import { storyFromParts } from './story-parts';
import type { StoryReadOptions } from './story-reader';
import type { TextBlock } from './text-block';

export class ExportStories {
  readonly #file: string;
  readonly #options: StoryReadOptions;
  readonly #format: StoryFormat;
  readonly #warnings: readonly string[];
  readonly #running: readonly string[] | undefined;
  #read: ((blocks: readonly TextBlock[]) => ExportParts[]) | null = null;
  #source: ExportSource = 'nexis';
  #count = 0;
  readonly #empty: number[] = [];

  constructor(
    file: string,
    options: StoryReadOptions,
    format: StoryFormat,
    warnings: readonly string[],
    running?: readonly string[],
  ) {
    this.#file = file;
    this.#options = options;
    this.#format = format;
    this.#warnings = warnings;
    this.#running = running;
  }

  /** Stories read so far, with no text ones counted. */
  get count(): number {
    return this.#count;
  }

  /** The stories that had no text, in words. */
  get skippedParts(): string[] {
    return this.#empty.map((index) => `Story ${index} of ${this.#count} has no text.`);
  }

  /**
   * The stories of the next piece (`position.count` is 0 until the whole file is read), or
   * null when the first piece is no export.
   */
  storiesOf(blocks: readonly TextBlock[]): Story[] | null {
    const read = this.#read ?? this.#layoutOf(blocks);
    if (read === null) return null;
    const stories: Story[] = [];
    for (const part of read(blocks)) {
      this.#options.budget?.check();
      this.#count += 1;
      const story = storyFromParts(
        { ...part, warnings: [...this.#warnings, ...part.warnings] },
        this.#format,
        this.#file,
        this.#options,
        'story',
      );
      if (story.paragraphs.length === 0 && story.title === '') {
        this.#empty.push(this.#count);
        continue;
      }
      stories.push({
        ...story,
        position: { index: this.#count, count: 0 },
        exportSource: this.#source,
        publication: part.publication,
        wordCount: part.wordCount,
        copyright: part.copyright,
        // A PDF's story knows its pages, so opening it reads only them.
        ...(part.pages && this.#running
          ? { pages: { ...part.pages, running: [...this.#running] } }
          : {}),
      });
    }
    return stories;
  }

  #layoutOf(
    blocks: readonly TextBlock[],
  ): ((blocks: readonly TextBlock[]) => ExportParts[]) | null {
    const budget = this.#options.budget;
    const nexis = nexisLayout(blocks);
    const factiva = nexis ? null : factivaLayout(blocks);
    if (nexis) this.#read = (piece) => nexisStories(piece, nexis, budget);
    else if (factiva) {
      this.#source = 'factiva';
      this.#read = (piece) => factivaStories(piece, factiva, budget);
    }
    return this.#read;
  }
}

/** Ids of an export's stories, given in file order. */
export class ExportIds {
  readonly #fileId: string;
  readonly #taken = new Map<string, number>();

  constructor(fileId: string) {
    this.#fileId = fileId;
  }

  idOf(story: Pick<Story, 'title' | 'date'>): string {
    const digest = createHash('sha1')
      .update(`${normaliseTitle(story.title)}\u0000${story.date ?? ''}`)
      .digest('hex')
      .slice(0, 8);
    const base = `${this.#fileId}@${digest}`;
    const seen = (this.#taken.get(base) ?? 0) + 1;
    this.#taken.set(base, seen);
    return seen === 1 ? base : `${base}-${seen}`;
  }
}
