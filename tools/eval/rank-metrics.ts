/**
 * The arithmetic of the scores, kept apart from everything that gathers the rankings so it can
 * be checked on small hand-made inputs: reciprocal rank, precision@k, nDCG@k with binary
 * relevance, and latency percentiles.
 */

/** 1/rank of the first relevant item within the first `k` (0 when none). */
export function reciprocalRank(relevant: readonly boolean[], k = 10): number {
  const end = Math.min(k, relevant.length);
  for (let i = 0; i < end; i++) if (relevant[i]) return 1 / (i + 1);
  return 0;
}

/** Share of the first `k` slots holding a relevant item; a list shorter than `k` counts its empty slots as misses. */
export function precisionAtK(relevant: readonly boolean[], k: number): number {
  if (k <= 0) return 0;
  let hits = 0;
  const end = Math.min(k, relevant.length);
  for (let i = 0; i < end; i++) if (relevant[i]) hits += 1;
  return hits / k;
}

/** Discounted cumulative gain of binary relevance over the first `k`: Σ 1/log2(rank + 1). */
export function dcgAtK(relevant: readonly boolean[], k: number): number {
  let dcg = 0;
  const end = Math.min(k, relevant.length);
  for (let i = 0; i < end; i++) if (relevant[i]) dcg += 1 / Math.log2(i + 2);
  return dcg;
}

/**
 * nDCG@k with binary relevance; the ideal list puts min(k, relevantCount) relevant items first.
 * 0 when nothing relevant exists.
 */
export function ndcgAtK(relevant: readonly boolean[], k: number, relevantCount: number): number {
  const ideal = dcgAtK(new Array<boolean>(Math.min(k, relevantCount)).fill(true), k);
  return ideal === 0 ? 0 : dcgAtK(relevant, k) / ideal;
}

/** The `p`-th percentile (0–100) by nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = values.slice().sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface LatencySummary {
  calls: number;
  p50: number;
  p95: number;
}

/** p50 and p95 of per-call times in ms, rounded to 0.01 ms. */
export function summariseLatency(ms: readonly number[]): LatencySummary {
  return { calls: ms.length, p50: round(percentile(ms, 50), 2), p95: round(percentile(ms, 95), 2) };
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
