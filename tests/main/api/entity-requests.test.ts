/**
 * The entities and entity methods as any shell carries them (runApiCall with the request
 * schemas and the handlers): answers for good requests, a clear { ok: false } for bad ones.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResult, EntitiesResponse, EntityPage } from '../../../contract/api';
import { createApiHandlers } from '../../../main/api/api-handlers';
import type { ApiHandlers } from '../../../main/api/api-handlers';
import { ArchiveHost } from '../../../main/api/archive-host';
import { API_TABLE } from '../../../contract/api-table';
import { runApiCall } from '../../../main/api/run-api-call';

const FIXTURE = join(__dirname, '../../fixtures/entities/archive');
let dir: string;
let host: ArchiveHost;
let handlers: ApiHandlers;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-entity-api-'));
  await cp(FIXTURE, join(dir, 'archive'), { recursive: true });
  host = new ArchiveHost({ cacheDir: join(dir, 'cache'), workers: 1, library: null });
  await (
    await host.open(join(dir, 'archive'))
  ).ready;
  handlers = createApiHandlers(host, async () => null);
});

afterAll(async () => {
  await host?.closeCurrent();
  await rm(dir, { recursive: true, force: true });
});

function call(method: ApiMethod, payload: unknown): Promise<ApiResult<unknown>> {
  return runApiCall(
    API_TABLE[method].request as Parameters<typeof runApiCall>[0],
    payload,
    handlers[method] as (request: unknown) => Promise<unknown>,
    () => undefined,
  );
}

describe('entities and entity over the API', () => {
  it('lists the top organisations of a query’s stories', async () => {
    const answer = await call('entities', { query: 'place:japan', kind: 'organisation' });
    expect(answer.ok).toBe(true);
    const { entities } = (answer as { value: EntitiesResponse }).value;
    expect(entities[0]).toEqual({ kind: 'organisation', name: 'European Community', stories: 2 });
  });

  it('answers an entity page', async () => {
    const answer = await call('entity', { kind: 'place', name: 'U.S.' });
    expect(answer.ok).toBe(true);
    const page = (answer as { value: EntityPage }).value;
    expect(page).toMatchObject({ kind: 'place', name: 'United States', stories: 2 });
    expect(page.months).toEqual([
      { month: '1990-03', count: 1 },
      { month: '1990-04', count: 1 },
    ]);
  });

  it('refuses a kind it does not know and an empty name', async () => {
    expect(await call('entity', { kind: 'animal', name: 'cat' })).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID' },
    });
    expect(await call('entity', { kind: 'person', name: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID', message: expect.stringMatching(/Say which name/) },
    });
    expect(await call('entities', { query: 'foo:bar' })).toMatchObject({
      ok: false,
      error: { code: 'E_QUERY' },
    });
  });
});
