/**
 * "Where your data lives": the folders and files this machine keeps for the reader — the
 * library (stars, read marks, tags, notes, highlights, saved searches, history), the index
 * caches (safe to delete: rebuilt when an archive opens) and the settings — so a reader knows
 * what to back up, move or delete. The archive itself is only read, never written.
 */
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../hooks/api-context';
import { apiErrorOf, unwrap } from '../queries/api-failure';

export function DataLocations() {
  const api = useApi();
  const query = useQuery({
    queryKey: ['dataLocations'],
    queryFn: () => unwrap(() => api.dataLocations(), 'The data folders could not be listed.'),
    staleTime: Infinity,
  });
  const places = query.data;
  const rows: [string, string | null, string][] = places
    ? [
        ['Library', places.library, 'stars, read marks, tags, notes, highlights, saved searches'],
        ['Index cache', places.indexCache, 'safe to delete: rebuilt when an archive opens'],
        ['This archive’s index', places.archiveIndexCache, ''],
        ['Settings', places.settings, ''],
        ['Data folder', places.dataFolder, 'back this up to keep your library'],
      ]
    : [];
  return (
    <section className="data-locations" aria-labelledby="data-locations-title">
      <h3 id="data-locations-title" className="data-locations__title">
        Where your data lives
      </h3>
      {query.error && <p role="alert">{apiErrorOf(query.error).message}</p>}
      {!places && !query.error && <p>Looking…</p>}
      {places && (
        <dl className="data-locations__list">
          {rows
            .filter(([, path]) => path !== null)
            .map(([name, path, note]) => (
              <div key={name} className="data-locations__row">
                <dt>{name}</dt>
                <dd>
                  <code>{path}</code>
                  {note && <span className="data-locations__note"> — {note}</span>}
                </dd>
              </div>
            ))}
        </dl>
      )}
      <p className="dialog__note">Your archive’s own files are only read, never changed.</p>
    </section>
  );
}
