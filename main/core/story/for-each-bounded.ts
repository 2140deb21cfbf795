/**
 * forEachBounded: runs `work(0…count-1)` with at most `limit` calls in flight. The scanner
 * uses it so an archive of 100,000 files is read a few files at a time, never all at once.
 * (p-limit would do, but it is ESM-only and this is a CommonJS engine.) A rejected call
 * rejects the whole run; callers pass work that does not throw.
 */
export async function forEachBounded(
  count: number,
  limit: number,
  work: (index: number) => Promise<void>,
): Promise<void> {
  let nextIndex = 0;
  const lane = async (): Promise<void> => {
    while (nextIndex < count) {
      const index = nextIndex;
      nextIndex += 1;
      await work(index);
    }
  };
  const lanes = Math.max(1, Math.min(limit, count));
  await Promise.all(Array.from({ length: lanes }, lane));
}
