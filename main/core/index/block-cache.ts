/**
 * A bounded cache of fixed-size blocks of the index's cache files, least recently used
 * dropped first. It is what lets a worker search segments it does not hold in memory: the
 * postings, term streams and texts a search touches are read by position (Node has no mmap)
 * and kept here until the budget is spent. One per worker; its budget is the worker's share
 * of the memory cap (memory-cap.ts).
 *
 * Why blocks and not whole rows: a row of a common term and the streams of neighbouring
 * stories share blocks, so a query's second term or the next page's snippets are hits.
 */

/** 64 KiB: a few rows of postings or a few stories' streams; large enough for readahead. */
export const BLOCK_SIZE = 64 * 1024;

/** Files a cache can tell apart (a key is `file × 2^32 + block`, exact in a double). */
const MAX_FILES = 2 ** 20;

export interface BlockCacheStats {
  budgetBytes: number;
  heldBytes: number;
  hits: number;
  misses: number;
}

export class BlockCache {
  readonly budgetBytes: number;
  /** Insertion order is recency: a hit moves its block to the end. */
  readonly #blocks = new Map<number, Buffer>();
  #heldBytes = 0;
  #hits = 0;
  #misses = 0;
  #nextFile = 0;

  constructor(budgetBytes: number) {
    this.budgetBytes = Math.max(BLOCK_SIZE, Math.floor(budgetBytes));
  }

  /** A number naming one open file's blocks. */
  newFile(): number {
    const file = this.#nextFile;
    this.#nextFile = (this.#nextFile + 1) % MAX_FILES;
    return file;
  }

  /** Block `block` of `file`, read by `load` when it is not held. */
  block(file: number, block: number, load: () => Buffer): Buffer {
    const key = file * 2 ** 32 + block;
    const held = this.#blocks.get(key);
    if (held) {
      this.#hits += 1;
      this.#blocks.delete(key);
      this.#blocks.set(key, held);
      return held;
    }
    this.#misses += 1;
    const loaded = load();
    this.#blocks.set(key, loaded);
    this.#heldBytes += loaded.length;
    this.#evict();
    return loaded;
  }

  /** Forgets every block of a file (it was closed). */
  forget(file: number): void {
    const low = file * 2 ** 32;
    const high = low + 2 ** 32;
    for (const [key, block] of this.#blocks) {
      if (key >= low && key < high) {
        this.#blocks.delete(key);
        this.#heldBytes -= block.length;
      }
    }
  }

  stats(): BlockCacheStats {
    return {
      budgetBytes: this.budgetBytes,
      heldBytes: this.#heldBytes,
      hits: this.#hits,
      misses: this.#misses,
    };
  }

  #evict(): void {
    for (const [key, block] of this.#blocks) {
      if (this.#heldBytes <= this.budgetBytes) return;
      this.#blocks.delete(key);
      this.#heldBytes -= block.length;
    }
  }
}
