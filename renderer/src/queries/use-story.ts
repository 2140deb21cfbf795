/**
 * The story in the reader and its neighbours (related, cited by, similar, storyline), as two
 * queries so either can fail and be retried alone. Keys hold the story, the search whose words
 * the highlights mark (the story only) and the archive generation: a story seen before shows
 * at once, a new generation asks again.
 *
 * The same story asked with another search (new highlights) or at a new generation keeps
 * showing the previous answer until the new one lands; another story starts empty.
 */
import { skipToken, useQuery, type Query, type UseQueryResult } from '@tanstack/react-query';
import type { ApiError, RelatedResponse, StoryResponse } from '../../../contract/api';
import { useApi } from '../hooks/api-context';
import { apiErrorOf, unwrap } from './api-failure';

/** What the reader shows of one query. */
export interface Fetched<T> {
  /** The answer, or the same story's previous one while the answer loads. */
  value: T | null;
  loading: boolean;
  error: ApiError | null;
}

export interface StoryAnswer {
  id: string | null;
  /** The archive generation the story was asked at (its entity pages follow it). */
  generation: number;
  /** The search whose words the story's highlights mark ('' for none). */
  query: string;
  story: Fetched<StoryResponse>;
  related: Fetched<RelatedResponse>;
  /** Asks again for whatever part failed. */
  retry: () => void;
}

const NOT_FETCHED = 'The story could not be fetched. Try again.';

function fetchedOf<T>(result: UseQueryResult<T>): Fetched<T> {
  return {
    value: result.data ?? null,
    loading: result.isFetching,
    error: result.error ? apiErrorOf(result.error) : null,
  };
}

/** Placeholder data: the previous answer while it is the same story's. */
function sameStory(id: string | null) {
  return <T>(previous: T | undefined, previousQuery?: Query<T, Error, T, readonly unknown[]>) =>
    previousQuery?.queryKey[1] === id ? previous : undefined;
}

export function useStory(
  id: string | null,
  query: string,
  generation: number,
  enabled = true,
): StoryAnswer {
  const api = useApi();
  const words = query.trim();
  const story = useQuery({
    queryKey: ['story', id, words, generation],
    queryFn:
      enabled && id !== null
        ? () => unwrap(() => api.story(words ? { id, query: words } : { id }), NOT_FETCHED)
        : skipToken,
    placeholderData: sameStory(id),
  });
  const related = useQuery({
    queryKey: ['related', id, generation],
    queryFn:
      enabled && id !== null ? () => unwrap(() => api.related({ id }), NOT_FETCHED) : skipToken,
    placeholderData: sameStory(id),
  });
  const retry = (): void => {
    if (story.isError) void story.refetch();
    if (related.isError) void related.refetch();
  };
  return {
    id,
    generation,
    query: words,
    story: fetchedOf(story),
    related: fetchedOf(related),
    retry,
  };
}
