/**
 * The API's verbs over any transport: one function per method name, each handing its method
 * and request to `call`. The preload (IPC), the browser mode's client (HTTP) and the tests'
 * fake build their verbs with it, so none of them lists the methods.
 */
import type { ApiMethod, ApiResult, ApiVerbs } from './api';

/**
 * Carries one call. `request` is absent for a method called without one (the preload passes
 * exactly what it was given, as `ipcRenderer.invoke` did before).
 */
export type ApiCall = (
  method: ApiMethod,
  ...request: [] | [unknown]
) => Promise<ApiResult<unknown>>;

export function createApiVerbs(methods: readonly ApiMethod[], call: ApiCall): ApiVerbs {
  return Object.fromEntries(
    methods.map((method) => [
      method,
      (...request: unknown[]) => call(method, ...(request.slice(0, 1) as [] | [unknown])),
    ]),
  ) as unknown as ApiVerbs;
}
