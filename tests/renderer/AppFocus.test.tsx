/**
 * Focus in the reader (issue 20, item 1): Esc in the note box gives focus back to the story,
 * opening another story leaves the Notes panel closed and focus out of "New note", and the
 * single-key shortcuts typed after that act on the story instead of typing into a field.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { storylineArchive } from './fake-api';
import { providers } from './providers';

function renderApp() {
  const api = storylineArchive();
  const user = userEvent.setup();
  render(<App />, { wrapper: providers(api) });
  return { api, user };
}

const listbox = () => screen.getByRole('listbox');
const NOTES_BUTTON = /^Notes( \(\d+\))?$/;
const noteField = () => screen.queryByRole('textbox', { name: 'New note' });

beforeEach(() => {
  window.history.replaceState(null, '');
});

describe('App: focus around the notes', () => {
  it('gives focus back to the story when Esc is pressed in the note box', async () => {
    const { user } = renderApp();
    await screen.findByRole('listbox');
    await user.click(within(listbox()).getByRole('option', { name: /Council approves/ }));
    await screen.findByRole('heading', { level: 1, name: /Council approves/ });
    await user.keyboard('n');
    await waitFor(() => expect(noteField()).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(noteField()).not.toHaveFocus();
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Story' }));
  });

  it('closes the notes on another story, and s then stars it instead of typing', async () => {
    const { user, api } = renderApp();
    await screen.findByRole('listbox');
    await user.click(within(listbox()).getByRole('option', { name: /Council approves/ }));
    await screen.findByRole('heading', { level: 1, name: /Council approves/ });
    await user.keyboard('n');
    await waitFor(() => expect(noteField()).toHaveFocus());
    await user.keyboard('{Escape}');
    await user.click(within(listbox()).getByRole('option', { name: /Bridge works begin/ }));
    await screen.findByRole('heading', { level: 1, name: /Bridge works begin/ });
    // Let the new story's library state land (the panel used to remount and take focus here).
    await waitFor(() => expect(api.callsOf('libraryState').length).toBeGreaterThan(1));
    await new Promise((done) => setTimeout(done, 50));
    expect(noteField()).toBeNull();
    expect(screen.getByRole('button', { name: NOTES_BUTTON })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await user.keyboard('s');
    await waitFor(() => expect(api.stateOf('bridge-2').starred).toBe(true));
    for (const field of screen.queryAllByRole('textbox')) expect(field).not.toHaveValue('s');
  });

  it('keeps a note being written when the reader moves to another story and back', async () => {
    const { user } = renderApp();
    await screen.findByRole('listbox');
    await user.click(within(listbox()).getByRole('option', { name: /Council approves/ }));
    await screen.findByRole('heading', { level: 1, name: /Council approves/ });
    await user.keyboard('n');
    await waitFor(() => expect(noteField()).toHaveFocus());
    await user.keyboard('Half a thought');
    await user.click(within(listbox()).getByRole('option', { name: /Bridge works begin/ }));
    await screen.findByRole('heading', { level: 1, name: /Bridge works begin/ });
    await user.click(within(listbox()).getByRole('option', { name: /Council approves/ }));
    await screen.findByRole('heading', { level: 1, name: /Council approves/ });
    await user.click(await screen.findByRole('button', { name: NOTES_BUTTON }));
    expect(await screen.findByRole('textbox', { name: 'New note' })).toHaveValue('Half a thought');
  });
});
