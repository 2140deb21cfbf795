/**
 * What the reader does with whole lists of the library: export a story or the list shown
 * (downloaded as a file), save the list's search under a name, open or delete a saved search.
 * Each says how it went through `notify` (the app's status line; failures stay until dismissed).
 */
import { useQueryClient } from '@tanstack/react-query';
import type { ExportFormat, ExportRequest, SavedSearch } from '../../../contract/api';
import { downloadFile } from '../model/download';
import { EMPTY_LIST_QUERY, type ListQuery } from '../model/list-query';
import { unwrap } from '../queries/api-failure';
import { libraryKeys } from '../queries/use-library';
import { useApi } from './api-context';
import type { NoticeKind } from './use-notice';

const FORMAT_NAMES: Record<ExportFormat, string> = {
  md: 'Markdown',
  html: 'HTML',
  json: 'JSON',
  csv: 'CSV',
};

/** The list's filters and sort, as a saved search or an export spells them. */
function filtersOf(list: ListQuery) {
  return {
    ...(list.sections.length > 0 ? { sections: list.sections } : {}),
    ...(list.from ? { from: list.from } : {}),
    ...(list.to ? { to: list.to } : {}),
    sort: list.sort,
  };
}

export function useLibraryCommands(
  list: ListQuery,
  options: {
    notify: (message: string, kind?: NoticeKind) => void;
    openList: (list: ListQuery) => void;
  },
) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { notify, openList } = options;
  const refreshLists = (): void =>
    void queryClient.invalidateQueries({ queryKey: libraryKeys.all });

  const exportStories = async (request: ExportRequest, what: string): Promise<void> => {
    try {
      const file = await unwrap(() => api.exportStories(request), 'The export failed. Try again.');
      downloadFile(file);
      notify(`Exported ${what} as ${FORMAT_NAMES[request.format]} (${file.fileName}).`);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The export failed. Try again.', 'error');
    }
  };

  return {
    exportStory: (id: string, format: ExportFormat) =>
      exportStories({ format, ids: [id] }, 'the story'),
    exportList: (format: ExportFormat) =>
      void exportStories({ format, query: list.query.trim(), ...filtersOf(list) }, 'the list'),
    /** Resolves false when the name was refused (the reason is notified). */
    saveSearch: async (name: string): Promise<boolean> => {
      const answer = await api.saveSearch({
        name,
        query: list.query.trim(),
        filters: filtersOf(list),
      });
      if (!answer.ok) {
        notify(answer.error.message, 'error');
        return false;
      }
      notify(`Saved the search “${answer.value.name}”.`);
      refreshLists();
      return true;
    },
    openSaved: async (saved: SavedSearch): Promise<void> => {
      await api.openSavedSearch({ savedId: saved.id });
      refreshLists();
      openList({
        ...EMPTY_LIST_QUERY,
        query: saved.query,
        sections: saved.filters.sections ?? [],
        from: saved.filters.from ?? null,
        to: saved.filters.to ?? null,
        sort: saved.filters.sort ?? 'relevance',
      });
    },
    deleteSaved: async (saved: SavedSearch): Promise<void> => {
      const answer = await api.deleteSavedSearch({ savedId: saved.id });
      if (answer.ok) notify(`Deleted the saved search “${saved.name}”.`);
      else notify(answer.error.message, 'error');
      refreshLists();
    },
  };
}
