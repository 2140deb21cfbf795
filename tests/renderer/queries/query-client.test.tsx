import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../contract/api';
import { ApiFailure } from '../../../renderer/src/queries/api-failure';
import { createQueryClient, shouldRetry } from '../../../renderer/src/queries/query-client';
import { useStory } from '../../../renderer/src/queries/use-story';
import { storylineArchive } from '../fake-api';
import { providers } from '../providers';

const failure = (code: ErrorCode) => new ApiFailure({ code, message: 'It failed.' });

describe('createQueryClient', () => {
  it('never retries what asking again cannot change, and retries the rest twice', () => {
    for (const code of ['E_QUERY', 'E_INVALID', 'E_NOT_FOUND'] as const) {
      expect(shouldRetry(0, failure(code))).toBe(false);
    }
    expect(shouldRetry(0, failure('E_UNAVAILABLE'))).toBe(true);
    expect(shouldRetry(1, failure('E_UNAVAILABLE'))).toBe(true);
    expect(shouldRetry(2, failure('E_UNAVAILABLE'))).toBe(false);
    expect(shouldRetry(0, new TypeError('a bug'))).toBe(true);
  });

  it('retries a call that failed for now, and the answer shows without an error', async () => {
    const api = storylineArchive();
    api.fail('story', { code: 'E_UNREADABLE', message: 'The file is busy.' });
    const { result } = renderHook(() => useStory('bridge-1', '', 1), {
      wrapper: providers(api, createQueryClient()),
    });
    await waitFor(() => expect(api.callsOf('story')).toHaveLength(2));
    api.recover('story');
    await waitFor(() => expect(result.current.story.value?.story.id).toBe('bridge-1'), {
      timeout: 3_000,
    });
    expect(api.callsOf('story')).toHaveLength(3);
    expect(result.current.story.error).toBeNull();
  });

  it('turns a call that throws into an error the reader can show', async () => {
    const api = storylineArchive();
    api.story = () => Promise.reject(new Error('bridge closed'));
    const { result } = renderHook(() => useStory('bridge-1', '', 1), {
      wrapper: providers(api),
    });
    await waitFor(() =>
      expect(result.current.story.error).toEqual({
        code: 'E_INTERNAL',
        message: 'The story could not be fetched. Try again.',
      }),
    );
  });
});
