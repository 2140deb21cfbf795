/**
 * LibrarySnapshot: one archive's library held in memory as sets of story ids, so a search
 * filter (`is:unread harbour`, `tag:ports`) costs a set lookup per candidate instead of a query
 * per story. The archive library keeps one, replaces it when the file changed under it (another
 * process wrote) and updates it in place for its own writes.
 */
import type { HitLibraryMarks } from '../model/search';
import type { LibraryCondition } from '../search/library-conditions';

export class LibrarySnapshot {
  readonly starred = new Set<string>();
  readonly read = new Set<string>();
  /** Stories with at least one note / highlight, with how many. */
  readonly notes = new Map<string, number>();
  readonly highlights = new Map<string, number>();
  /** Tag → stories. */
  readonly tags = new Map<string, Set<string>>();

  marks(id: string): HitLibraryMarks {
    return { starred: this.starred.has(id), read: this.read.has(id) };
  }

  holds(condition: LibraryCondition, id: string): boolean {
    switch (condition.kind) {
      case 'starred':
        return this.starred.has(id);
      case 'read':
        return this.read.has(id);
      case 'unread':
        return !this.read.has(id);
      case 'note':
        return this.notes.has(id);
      case 'highlight':
        return this.highlights.has(id);
      case 'tag':
        return this.tags.get(condition.tag)?.has(id) ?? false;
    }
  }

  /**
   * A test for story ids: every included condition holds and no excluded one does. Each
   * condition is resolved to its set once, so a search tests each candidate with a set lookup.
   */
  filter(conditions: {
    include: readonly LibraryCondition[];
    exclude: readonly LibraryCondition[];
  }): (id: string) => boolean {
    const tests: ((id: string) => boolean)[] = [
      ...conditions.include.map((condition) => this.#test(condition, true)),
      ...conditions.exclude.map((condition) => this.#test(condition, false)),
    ];
    if (tests.length === 1) return tests[0] as (id: string) => boolean;
    return (id) => tests.every((test) => test(id));
  }

  /** One condition as a test (`wanted` false: the test of its negation). */
  #test(condition: LibraryCondition, wanted: boolean): (id: string) => boolean {
    const set = this.#setOf(condition);
    const inSet = condition.kind === 'unread' ? !wanted : wanted;
    return inSet ? (id) => set.has(id) : (id) => !set.has(id);
  }

  #setOf(condition: LibraryCondition): { has(id: string): boolean } {
    switch (condition.kind) {
      case 'starred':
        return this.starred;
      case 'read':
      case 'unread':
        return this.read;
      case 'note':
        return this.notes;
      case 'highlight':
        return this.highlights;
      case 'tag':
        return this.tags.get(condition.tag) ?? new Set<string>();
    }
  }

  // ── changes, applied by the archive library after its own writes ──

  setStarred(id: string, starred: boolean): void {
    if (starred) this.starred.add(id);
    else this.starred.delete(id);
  }

  setRead(id: string, read: boolean): void {
    if (read) this.read.add(id);
    else this.read.delete(id);
  }

  setTag(id: string, tag: string, on: boolean): void {
    let stories = this.tags.get(tag);
    if (on) {
      if (!stories) this.tags.set(tag, (stories = new Set()));
      stories.add(id);
    } else if (stories) {
      stories.delete(id);
      if (stories.size === 0) this.tags.delete(tag);
    }
  }

  count(kind: 'notes' | 'highlights', id: string, delta: 1 | -1): void {
    const counts = this[kind];
    const next = (counts.get(id) ?? 0) + delta;
    if (next > 0) counts.set(id, next);
    else counts.delete(id);
  }
}
