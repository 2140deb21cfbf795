/**
 * The search box beside the library's own lists (issue 20, item 6): while History, Saved
 * searches or Missing stories is shown the box does not show the results' query (it names the
 * list instead), and going back to the results brings their query back.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { storylineArchive } from './fake-api';
import { providers } from './providers';

const library = () => screen.getByRole('navigation', { name: 'Library' });

beforeEach(() => {
  window.history.replaceState(null, '');
});

describe('App: the search box beside the library lists', () => {
  for (const list of ['History', 'Saved searches', 'Missing stories']) {
    it(`is empty and names ${list} while it is shown, and gives the query back after`, async () => {
      const user = userEvent.setup();
      render(<App />, { wrapper: providers(storylineArchive()) });
      await screen.findByRole('listbox');
      await user.type(screen.getByRole('searchbox'), 'bridge');
      await waitFor(() =>
        expect(document.querySelector('.summary__count')).toHaveTextContent('“bridge”'),
      );
      await user.click(within(library()).getByRole('button', { name: new RegExp(`^${list}`) }));
      const panel = await screen.findByRole('region', { name: list });
      expect(screen.getByRole('searchbox')).toHaveValue('');
      expect(screen.getByRole('searchbox')).toHaveAttribute(
        'placeholder',
        expect.stringContaining(list),
      );
      await user.click(within(panel).getByRole('button', { name: 'Back to the results' }));
      expect(screen.getByRole('searchbox')).toHaveValue('bridge');
      expect(await screen.findByRole('listbox', { name: 'Search results' })).toBeInTheDocument();
    });
  }
});
