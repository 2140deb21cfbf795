/**
 * The tests' lunr pipeline: one registered function, `clippings-term`, that turns a token into
 * the engine's index term (main/core/search/index-term.ts). Registered by name (lunr.Pipeline
 * registerFunction), so a reference index built by lunr.Builder with it uses exactly the
 * engine's terms, and its scores can be compared with the engine's own. The engine itself
 * runs no lunr pipeline: it makes its terms with index-term.ts directly.
 */
import type { LunrToken } from '../../../main/core/search/lunr-internals';
import { lunr } from '../../../main/core/search/lunr-internals';
import { indexTerm } from '../../../main/core/search/index-term';

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
