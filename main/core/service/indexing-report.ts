/** What the last indexing run (open, live batch or reindex) did, for the CLI and tests. */
export interface IndexingReport {
  /** 1 for the open, then one more for each batch of live changes and each reindex. */
  run: number;
  segmentsLoaded: number;
  segmentsBuilt: number;
  segmentsDropped: number;
  filesRead: number;
  cacheProblem: 'damaged' | 'outdated' | null;
  ms: number;
}

export function emptyReport(run = 0): IndexingReport {
  return {
    run,
    segmentsLoaded: 0,
    segmentsBuilt: 0,
    segmentsDropped: 0,
    filesRead: 0,
    cacheProblem: null,
    ms: 0,
  };
}
