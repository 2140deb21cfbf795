/**
 * TermDictionary: dense, stable ids for terms (0, 1, 2 …) so main can hold term vectors packed
 * in typed arrays (packed-term-vector.ts). Looked up 5 million times when an archive of 20,000
 * stories (256 terms each) first arrives from the workers, and the terms are fresh strings
 * (parsed from a worker message), so a string-keyed Map — which must hash every fresh string
 * through the engine's generic path — would be most of that work. Here a term is hashed in
 * plain code (FNV-1a, 32 bits) into an open-addressing table of typed arrays, and the string is
 * compared only when its hash is found, so two terms can never share an id.
 */
const EMPTY = -1;

export class TermDictionary {
  private hashes: Int32Array;
  private slots: Int32Array;
  private readonly termsById: string[] = [];

  constructor(capacity = 1 << 16) {
    this.hashes = new Int32Array(capacity);
    this.slots = new Int32Array(capacity).fill(EMPTY);
  }

  get size(): number {
    return this.termsById.length;
  }

  /** The term's id, assigned on first sight. */
  idOf(term: string): number {
    const hash = termHash(term);
    const mask = this.slots.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const id = this.slots[at]!;
      if (id === EMPTY) {
        const fresh = this.termsById.length;
        this.termsById.push(term);
        this.slots[at] = fresh;
        this.hashes[at] = hash;
        if (this.termsById.length * 2 > this.slots.length) this.grow();
        return fresh;
      }
      if (this.hashes[at] === hash && this.termsById[id] === term) return id;
    }
  }

  private grow(): void {
    const oldHashes = this.hashes;
    const oldSlots = this.slots;
    this.hashes = new Int32Array(oldSlots.length * 2);
    this.slots = new Int32Array(oldSlots.length * 2).fill(EMPTY);
    const mask = this.slots.length - 1;
    for (let i = 0; i < oldSlots.length; i++) {
      const id = oldSlots[i]!;
      if (id === EMPTY) continue;
      let at = oldHashes[i]! & mask;
      while (this.slots[at] !== EMPTY) at = (at + 1) & mask;
      this.slots[at] = id;
      this.hashes[at] = oldHashes[i]!;
    }
  }
}

/** FNV-1a over the UTF-16 code units, as a signed 32-bit integer. */
export function termHash(term: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}
