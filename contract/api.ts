/**
 * The bridge contract's types: the API as the renderer, the preload, the shells and the tests
 * speak it, derived from the method table (api-table.ts): `ClippingsApi`, each method's request
 * and answer, and the `{ ok, value | error }` envelope every call answers.
 *
 * The domain types (Story, SearchHit, ArchiveStatus…) are the engine's own, defined in
 * main/core/model and re-exported here. Types only (plus the channel names): the sandboxed
 * preload and the renderer import it, and neither may pull in zod or engine code.
 */
import type { ArchiveStatus, ErrorCode } from '../main/core/model';
import type { API_TABLE, ApiMethodEntry } from './api-table';

export type * from '../main/core/model';
export { channelOf, STATUS_EVENT } from './channels';

// ───────────────────────────── results and errors ─────────────────────────────

/** An error as the UI receives it: a code it can act on and a sentence it can show. */
export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** What every API call answers, over IPC and HTTP alike: never a throw. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

// ───────────────────────────── the API ─────────────────────────────

type Table = typeof API_TABLE;

/** The request/response methods (everything but the status subscription). */
export type ApiMethod = keyof Table;

/** The request each method takes (`undefined` for none), as main hands it to the handler. */
export type ApiRequests = {
  [M in ApiMethod]: Table[M] extends ApiMethodEntry<infer Request, unknown> ? Request : never;
};

/** The value each method answers on success. */
export type ApiResponses = {
  [M in ApiMethod]: Table[M] extends ApiMethodEntry<unknown, infer Answer> ? Answer : never;
};

/** One method as the renderer calls it: with its request, or with nothing if it takes none. */
export type ApiVerb<M extends ApiMethod> = [ApiRequests[M]] extends [undefined]
  ? () => Promise<ApiResult<ApiResponses[M]>>
  : (request: ApiRequests[M]) => Promise<ApiResult<ApiResponses[M]>>;

/** Every method of the table as a verb. */
export type ApiVerbs = { [M in keyof Table]: ApiVerb<M> };

/**
 * `window.clippings` in Electron; the same methods over HTTP in the browser mode.
 * One async function per method, every one answering an ApiResult, and the status pushes.
 */
export interface ClippingsApi extends ApiVerbs {
  /** Status pushes (index progress, archive changed). Returns an unsubscribe. */
  onStatus(listener: (status: ArchiveStatus) => void): () => void;
}
