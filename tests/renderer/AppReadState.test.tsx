/**
 * The read state as a state (issue 20, item 7): in the reader a "Read" checkbox, ticked once
 * the story is read, that `u` and a click both toggle; in the list every row keeps a read mark
 * (a dot when unread, a ring when read), so a read row never shows a blank gap.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { storylineArchive } from './fake-api';
import { providers } from './providers';

beforeEach(() => {
  window.history.replaceState(null, '');
});

describe('App: the read state', () => {
  it('is a Read checkbox in the reader, ticked with u and unticked with a click', async () => {
    const api = storylineArchive();
    const user = userEvent.setup();
    render(<App />, { wrapper: providers(api) });
    await screen.findByRole('listbox');
    await user.click(
      within(screen.getByRole('listbox')).getByRole('option', { name: /Budget talks/ }),
    );
    const read = await screen.findByRole('checkbox', { name: 'Read' });
    expect(read).not.toBeChecked();
    await user.keyboard('u');
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Read' })).toBeChecked());
    expect(api.stateOf('budget-1').read).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Read' }));
    await waitFor(() => expect(api.stateOf('budget-1').read).toBe(false));
    expect(screen.getByRole('checkbox', { name: 'Read' })).not.toBeChecked();
  });

  it('gives every row a read mark of its own, a ring once the story is read', async () => {
    const api = storylineArchive();
    const user = userEvent.setup();
    render(<App />, { wrapper: providers(api) });
    await screen.findByRole('listbox');
    const row = () =>
      within(screen.getByRole('listbox')).getByRole('option', { name: /Budget talks/ });
    await user.click(row().querySelector('.result-row__dot') as HTMLElement);
    await waitFor(() => expect(api.stateOf('budget-1').read).toBe(true));
    await waitFor(() => expect(row()).not.toHaveClass('result-row--unread'));
    expect(row().querySelector('.result-row__dot')).toHaveClass('result-row__dot--read');
    expect(row().querySelector('.result-row__dot')).toHaveAttribute(
      'title',
      'Read (click to mark unread)',
    );
  });
});
