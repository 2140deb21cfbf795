/**
 * SeededRandom: a small, fast pseudo-random generator (sfc32) whose whole output is fixed by
 * its seed, so a generated archive is byte-identical for the same seed on every machine.
 * Never use Math.random in the generator: it would break that promise.
 *
 * `fork(label)` derives an independent stream, so the archive plan and each story's text draw
 * from separate streams: rendering one story never shifts the numbers another one sees.
 */

export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, salt = 0) {
    // splitmix32 spreads any seed (0, 1, 2 …) over the four words of state.
    let state = (seed ^ Math.imul(salt + 0x9e3779b9, 0x85ebca6b)) >>> 0;
    const next = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** A uniform 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A uniform number in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A uniform integer in [min, max], both inclusive. */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  /** Fisher–Yates, in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const swap = items[i] as T;
      items[i] = items[j] as T;
      items[j] = swap;
    }
    return items;
  }

  /** `count` distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const k = Math.min(count, copy.length);
    for (let i = 0; i < k; i++) {
      const j = i + this.int(copy.length - i);
      const swap = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = swap;
    }
    return copy.slice(0, k);
  }

  /** A standard normal draw (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** 16 lower-case hex digits, as in the story file names. */
  hex16(): string {
    return (
      this.uint32().toString(16).padStart(8, '0') + this.uint32().toString(16).padStart(8, '0')
    );
  }

  /** An independent stream derived from this one's seed material and a label. */
  fork(label: number): SeededRandom {
    return new SeededRandom(this.uint32() ^ Math.imul(label + 1, 0x27d4eb2d), label);
  }
}
