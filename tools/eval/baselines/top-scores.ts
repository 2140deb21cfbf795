/**
 * The `limit` highest scores among candidate stories, best first (ties: smaller story index
 * first), with the ones `exclude` rejects left out — shared by the exhaustive baselines.
 */
export function topScored(
  candidates: Iterable<number>,
  scoreOf: (doc: number) => number,
  limit: number,
  exclude?: (doc: number) => boolean,
): number[] {
  const kept: { doc: number; score: number }[] = [];
  for (const doc of candidates) {
    const score = scoreOf(doc);
    if (!(score > 0) || (exclude && exclude(doc))) continue;
    kept.push({ doc, score });
  }
  kept.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return kept.slice(0, limit).map((entry) => entry.doc);
}
