/** The parts of an evaluation run, which `--only` chooses among. */
export const EVAL_PARTS = ['knownItem', 'similar', 'storyline', 'linked'] as const;
export type EvalPart = (typeof EVAL_PARTS)[number];
