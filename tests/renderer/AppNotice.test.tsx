/**
 * The app's status messages (issue 20, item 2): a report of something done clears itself
 * after a few seconds, a newer message replaces an older one, and a failure the reader must
 * act on stays until dismissed.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/App';
import { NOTICE_MS } from '../../renderer/src/hooks/use-notice';
import { storylineArchive } from './fake-api';
import { providers } from './providers';

function renderApp() {
  const api = storylineArchive();
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  render(<App />, { wrapper: providers(api) });
  return { api, user };
}

/** The app's status line (the reader has a polite region of its own for its announcements). */
const statusLine = () => document.querySelector('.app__notice') as HTMLElement;

beforeEach(() => {
  window.history.replaceState(null, '');
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
});

async function openCouncilStory(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('listbox');
  await user.click(
    within(screen.getByRole('listbox')).getByRole('option', { name: /Council approves/ }),
  );
  await screen.findByRole('heading', { level: 1, name: /Council approves/ });
  await screen.findByRole('button', { name: 'Star' });
}

describe('App: status messages', () => {
  it('clears "Starred." after a few seconds', async () => {
    const { user } = renderApp();
    await openCouncilStory(user);
    await user.keyboard('s');
    await waitFor(() => expect(statusLine()).toHaveTextContent('Starred.'));
    expect(statusLine()).toHaveAttribute('role', 'status');
    act(() => vi.advanceTimersByTime(NOTICE_MS + 100));
    expect(statusLine().textContent).toBe('');
  });

  it('replaces an older message with a newer one, on a timer of its own', async () => {
    const { user } = renderApp();
    await openCouncilStory(user);
    await user.keyboard('s');
    await waitFor(() => expect(statusLine()).toHaveTextContent('Starred.'));
    act(() => vi.advanceTimersByTime(NOTICE_MS - 1_000));
    await user.keyboard('u');
    await waitFor(() => expect(statusLine()).toHaveTextContent(/^Marked (un)?read\.$/));
    act(() => vi.advanceTimersByTime(1_500));
    // The first message's time is up, the second's is not.
    expect(statusLine()).toHaveTextContent(/^Marked (un)?read\.$/);
    act(() => vi.advanceTimersByTime(NOTICE_MS));
    expect(statusLine().textContent).toBe('');
  });

  it('keeps a failure until it is dismissed', async () => {
    const { user, api } = renderApp();
    await openCouncilStory(user);
    api.fail('exportStories', { code: 'E_UNAVAILABLE', message: 'The disk is full.' });
    const libraryBar = screen.getByRole('group', { name: 'Your library' });
    await user.click(within(libraryBar).getByText('Export', { selector: 'summary' }));
    await user.click(within(libraryBar).getByRole('button', { name: 'Markdown' }));
    await waitFor(() => expect(statusLine()).toHaveTextContent('The disk is full.'));
    act(() => vi.advanceTimersByTime(NOTICE_MS * 3));
    expect(statusLine()).toHaveTextContent('The disk is full.');
    await user.click(within(statusLine()).getByRole('button', { name: 'Dismiss' }));
    expect(statusLine().textContent).toBe('');
  });
});
