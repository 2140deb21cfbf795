/**
 * An entity's page (its stories by month, the names named with it), fetched once per name and
 * archive generation.
 */
import { skipToken, useQuery } from '@tanstack/react-query';
import type { ApiError, EntityKind, EntityPage } from '../../../contract/api';
import { useApi } from '../hooks/api-context';
import { apiErrorOf, unwrap } from './api-failure';

export interface EntityPageAnswer {
  page: EntityPage | null;
  loading: boolean;
  error: ApiError | null;
  retry: () => void;
}

export function useEntityPage(
  entity: { kind: EntityKind; name: string } | null,
  generation: number,
): EntityPageAnswer {
  const api = useApi();
  const result = useQuery({
    // A reindex (a new generation) may change the page: the key holds it, so an open page asks again.
    queryKey: ['entity', entity?.kind ?? null, entity?.name ?? null, generation],
    queryFn: entity
      ? () =>
          unwrap(
            () => api.entity({ kind: entity.kind, name: entity.name }),
            'The page of this name could not be fetched. Try again.',
          )
      : skipToken,
    // The open page keeps showing while the new generation's answer loads.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === entity?.kind && previousQuery?.queryKey[2] === entity?.name
        ? previous
        : undefined,
  });
  return {
    page: result.data ?? null,
    loading: result.isFetching,
    error: result.error ? apiErrorOf(result.error) : null,
    retry: () => void result.refetch(),
  };
}
