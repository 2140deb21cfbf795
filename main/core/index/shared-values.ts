/**
 * One copy of each value many story records repeat. The catalogue holds a record per story in
 * main (a million at the top of issue 18's range), and JSON.parse gives every record fresh
 * copies of its date, section, byline, publication and entity names — the same few thousand
 * values over and over. Sharing them, and each `[name, count]` pair, roughly halves a record's
 * cost. Shared values are never changed in place (records are replaced whole).
 *
 * The content hash is dropped: only the worker that indexed a file compares it (to keep
 * unchanged stories on a rebuild), from its own copy in the segment file.
 */
import type { StoredEntities, StoredEntity } from '../entities/stored-entities';
import type { StoryRecord } from './story-record';

/** Past this many distinct values the pool starts again (values stay correct, only unshared). */
const MAX_SHARED = 1_000_000;

/** Counts up to this share their pairs (most names are named a few times in a story). */
const SHARED_COUNTS = 16;

export class SharedValues {
  readonly #strings = new Map<string, string>();
  /** Each entity name's shared pairs, by count (one lookup gives the name and its pair). */
  readonly #names = new Map<string, { name: string; byCount: StoredEntity[] }>();
  readonly #empty: StoredEntity[] = [];

  /** The record, its repeated values replaced by shared ones (changed in place, and returned). */
  share(story: StoryRecord): StoryRecord {
    story.hash = '';
    if (story.date !== null) story.date = this.string(story.date);
    story.section = this.string(story.section);
    if (story.byline !== null) story.byline = this.string(story.byline);
    if (story.publication) story.publication = this.string(story.publication);
    if (story.entities) story.entities = this.#entities(story.entities);
    return story;
  }

  string(value: string): string {
    const known = this.#strings.get(value);
    if (known !== undefined) return known;
    if (this.#strings.size >= MAX_SHARED) this.#strings.clear();
    this.#strings.set(value, value);
    return value;
  }

  #entities(entities: StoredEntities): StoredEntities {
    const kinds = entities.map((list) =>
      list.length === 0 ? this.#empty : list.map((pair) => this.#pair(pair)),
    );
    return kinds as StoredEntities;
  }

  #pair(pair: StoredEntity): StoredEntity {
    const [name, count] = pair;
    let entry = this.#names.get(name);
    if (entry === undefined) {
      if (this.#names.size >= MAX_SHARED) this.#names.clear();
      entry = { name: this.string(name), byCount: [] };
      this.#names.set(name, entry);
    }
    if (!(Number.isInteger(count) && count >= 0 && count < SHARED_COUNTS)) {
      return [entry.name, count];
    }
    return (entry.byCount[count] ??= [entry.name, count]);
  }
}
