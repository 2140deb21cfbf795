/**
 * Bad input to the library, as any shell would carry it (runApiCall with the request schemas
 * and the handlers): a 1 MB note, control characters, a 10,000-character tag, an unknown id,
 * a highlight of nothing. Each answers a clear { ok: false, error } the UI can show, and
 * nothing is stored, not even half.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResult } from '../../../contract/api';
import { createApiHandlers } from '../../../main/api/api-handlers';
import type { ApiHandlers } from '../../../main/api/api-handlers';
import { ArchiveHost } from '../../../main/api/archive-host';
import { API_TABLE } from '../../../contract/api-table';
import { runApiCall } from '../../../main/api/run-api-call';
import { Library } from '../../../main/core/library/library';

const FIXTURE = join(__dirname, '../../fixtures/search/archive');
const STORY = '000_1a2b3c4d5e6f7081';

let library: Library;
let host: ArchiveHost;
let handlers: ApiHandlers;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'clippings-library-api-'));
  await cp(FIXTURE, join(dir, 'archive'), { recursive: true });
  library = await Library.open(join(dir, 'data'));
  host = new ArchiveHost({ cacheDir: join(dir, 'cache'), workers: 1, library });
  await (
    await host.open(join(dir, 'archive'))
  ).ready;
  handlers = createApiHandlers(host, async () => null);
});

afterAll(async () => {
  await host?.closeCurrent();
  await library?.close();
});

function call(method: ApiMethod, payload: unknown): Promise<ApiResult<unknown>> {
  return runApiCall(
    API_TABLE[method].request as Parameters<typeof runApiCall>[0],
    payload,
    handlers[method] as (request: unknown) => Promise<unknown>,
    () => undefined,
  );
}

async function storedState() {
  const answer = await call('libraryState', { id: STORY });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

describe('the library refuses bad input, storing nothing', () => {
  it('a note of 1 MB', async () => {
    const answer = await call('addNote', { id: STORY, text: 'x'.repeat(1024 * 1024) });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'E_INVALID',
        message: 'The request is not valid: text: A note is at most 10,000 characters.',
      },
    });
  });

  it('control characters in a note or a tag', async () => {
    const note = await call('addNote', { id: STORY, text: 'bell \u0007 here' });
    expect(note).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID', message: expect.stringMatching(/control characters/) },
    });
    const tag = await call('tagStory', { id: STORY, tag: 'tab\u0000null' });
    expect(tag).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID', message: expect.stringMatching(/control characters/) },
    });
  });

  it('a tag of 10,000 characters, and a tag of nothing', async () => {
    expect(await call('tagStory', { id: STORY, tag: 'x'.repeat(10_000) })).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID', message: expect.stringMatching(/at most 100 characters/) },
    });
    expect(await call('tagStory', { id: STORY, tag: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID', message: expect.stringMatching(/letter or digit/) },
    });
  });

  it('a tag with no letter or digit, however it is made up (issue 21)', async () => {
    for (const tag of ['\u200B\u200B', '!!!', '— …']) {
      expect(await call('tagStory', { id: STORY, tag }), tag).toMatchObject({
        ok: false,
        error: {
          code: 'E_INVALID',
          message: expect.stringMatching(/A tag needs at least one letter or digit/),
        },
      });
    }
  });

  it('a saved query with a NUL in it (it was saved cut short)', async () => {
    expect(
      await call('saveSearch', { name: 'nul', query: 'harbour\u0000 -harbour' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID', message: expect.stringMatching(/control characters/) },
    });
  });

  it('an unknown story id, or a path instead of an id', async () => {
    // Never in the archive: not "no longer in the archive" (issue 20).
    expect(await call('setStarred', { id: 'no_such_story', starred: true })).toEqual({
      ok: false,
      error: { code: 'E_NOT_FOUND', message: 'There is no story "no_such_story" in this archive.' },
    });
    expect(await call('setStarred', { id: '../etc/passwd', starred: true })).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID' },
    });
  });

  it('a highlight of nothing, or of text the story lacks', async () => {
    expect(
      await call('addHighlight', { id: STORY, quote: '  ', prefix: '', suffix: '' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID', message: expect.stringMatching(/Select some text/) },
    });
    expect(
      await call('addHighlight', { id: STORY, quote: 'nowhere in it', prefix: '', suffix: '' }),
    ).toMatchObject({ ok: false, error: { code: 'E_INVALID' } });
  });

  it('and after all of it, the story’s state is untouched', async () => {
    expect(await storedState()).toEqual({
      id: STORY,
      starred: false,
      read: false,
      readAt: null,
      tags: [],
      notes: [],
      highlights: [],
    });
    expect(await call('libraryOverview', undefined)).toMatchObject({
      ok: true,
      value: { starred: 0, read: 0, withNotes: 0, withHighlights: 0, tags: [] },
    });
  });
});

describe('the library accepts good input', () => {
  it('stores a note with line breaks and a tag written any way, normalised', async () => {
    expect(await call('addNote', { id: STORY, text: 'line one\nline two\ttabbed' })).toMatchObject({
      ok: true,
      value: { notes: [{ text: 'line one\nline two\ttabbed' }] },
    });
    expect(await call('tagStory', { id: STORY, tag: '  Night   SHIFTS ' })).toMatchObject({
      ok: true,
      value: { tags: ['night shifts'] },
    });
  });

  it('records visits and lists recent archives', async () => {
    expect(await call('recordVisit', { id: STORY })).toEqual({ ok: true, value: null });
    expect(await call('readingHistory', {})).toMatchObject({ ok: true, value: [{ id: STORY }] });
    const recent = await call('recentArchives', undefined);
    expect(recent).toMatchObject({
      ok: true,
      value: [{ path: expect.stringMatching(/archive$/) }],
    });
  });
});
