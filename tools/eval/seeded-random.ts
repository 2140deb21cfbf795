/**
 * SeededRandom: the evaluation's only source of chance (mulberry32). The same seed gives the
 * same sampled stories and the same queries on every machine, so two runs — or the engine and
 * its baselines within one run — are measured on exactly the same questions.
 *
 * `fork(label)` gives an independent stream per metric, so adding a metric (or changing how
 * many queries one of them draws) never changes what the others sample.
 */

export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniform number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A uniform integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** An independent stream named by `label`, fixed by this generator's seed. */
  fork(label: string): SeededRandom {
    let hash = 0x811c9dc5;
    for (let i = 0; i < label.length; i++) {
      hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193) >>> 0;
    }
    return new SeededRandom((this.seedWord() ^ hash) >>> 0);
  }

  /** `count` distinct items of `items`, in the order drawn (all of them, shuffled, if fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = items.slice();
    const take = Math.min(count, pool.length);
    for (let i = 0; i < take; i++) {
      const j = i + this.int(pool.length - i);
      const swap = pool[i]!;
      pool[i] = pool[j]!;
      pool[j] = swap;
    }
    return pool.slice(0, take);
  }

  private seedWord(): number {
    return Math.floor(this.next() * 4294967296) >>> 0;
  }
}
