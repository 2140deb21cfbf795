/**
 * Where your data lives (issue 20, item 13): the `?` sheet says where the library and the
 * index caches are kept, from the API's dataLocations.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { storylineArchive } from './fake-api';
import { providers } from './providers';

describe('App: where your data lives', () => {
  it('lists the library and the index cache in the shortcut sheet', async () => {
    const user = userEvent.setup();
    render(<App />, { wrapper: providers(storylineArchive()) });
    await screen.findByRole('listbox');
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const places = await within(dialog).findByRole('region', { name: 'Where your data lives' });
    expect(
      await within(places).findByText('/home/reader/.config/Clippings/library.sqlite'),
    ).toBeInTheDocument();
    expect(within(places).getByText('/home/reader/.cache/Clippings/index')).toBeInTheDocument();
    expect(places).toHaveTextContent(/safe to delete/);
  });
});
