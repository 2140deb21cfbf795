/**
 * ZipfSampler: draws ranks 0…n-1 with probability ∝ 1/(rank + offset)^exponent, the shape of
 * word frequencies in real text (a few words everywhere, a long tail of rare ones). Sampling
 * is a binary search over the cumulative weights: O(log n) and no allocation, because the
 * generator draws tens of millions of words for a large archive.
 */
import type { SeededRandom } from './seeded-random';

export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(
    readonly size: number,
    exponent = 1,
    offset = 1,
  ) {
    if (size < 1) throw new RangeError('a Zipf sampler needs at least one rank');
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let rank = 0; rank < size; rank++) {
      total += 1 / Math.pow(rank + offset, exponent);
      this.cumulative[rank] = total;
    }
  }

  /** A rank in [0, size). */
  draw(random: SeededRandom): number {
    const target = random.next() * (this.cumulative[this.size - 1] as number);
    let low = 0;
    let high = this.size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] as number) <= target) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** An item of `items` (which must have `size` entries), most frequent first. */
  pick<T>(random: SeededRandom, items: readonly T[]): T {
    return items[this.draw(random)] as T;
  }
}
