/**
 * The lunr pipeline our indexes carry: one registered function, `clippings-term`, that turns
 * a token into its index term (index-term.ts). Registered by name (lunr.Pipeline
 * registerFunction), so an index built by lunr.Builder with it — the tests' reference — uses
 * exactly our terms, and a serialised one would load again in any thread that imports this.
 *
 * Queries do not rely on it: the query runner hands lunr terms it has already normalised,
 * with `usePipeline: false`, so nothing a user types reaches lunr's own parsing.
 */
import type { LunrToken } from './lunr-internals';
import { lunr } from './lunr-internals';
import { indexTerm } from './index-term';

export const PIPELINE_FUNCTION_LABEL = 'clippings-term';

function clippingsTerm(token: LunrToken): LunrToken | undefined {
  const term = indexTerm(token.toString());
  return term === null ? undefined : token.update(() => term);
}

if (!(PIPELINE_FUNCTION_LABEL in lunr.Pipeline.registeredFunctions)) {
  lunr.Pipeline.registerFunction(clippingsTerm, PIPELINE_FUNCTION_LABEL);
}

/** The registered pipeline function (the same object every time). */
export function clippingsPipelineFunction(): unknown {
  return lunr.Pipeline.registeredFunctions[PIPELINE_FUNCTION_LABEL];
}

/** A fresh pipeline holding our one function (lunr.Index wants one per index). */
export function searchPipeline(): { add(fn: unknown): void; toJSON(): string[] } {
  const pipeline = new lunr.Pipeline();
  pipeline.add(clippingsPipelineFunction());
  return pipeline;
}
