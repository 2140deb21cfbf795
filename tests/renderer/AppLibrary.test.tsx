/**
 * The reader's library in the whole app, on the fake API: the Library nav (Starred runs
 * `is:starred`), stars from a result row and with `s`, unread rows looking unread, a story
 * marked read after a short dwell (and not when the reader set it by hand), `n` opening a
 * note, saving and opening a search, and the Missing stories list opening a citing story.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/App';
import { READ_DWELL_MS } from '../../renderer/src/hooks/use-read-dwell';
import { storylineArchive, type FakeApi } from './fake-api';
import { providers } from './providers';

function renderApp(api: FakeApi = storylineArchive()) {
  // Under fake timers (the read dwell), user-event's own pauses move the fake clock.
  const user = userEvent.setup({
    advanceTimers: (ms) => (vi.isFakeTimers() ? vi.advanceTimersByTime(ms) : undefined),
  });
  render(<App />, { wrapper: providers(api) });
  return { api, user };
}

const listbox = () => screen.getByRole('listbox');
const library = () => screen.getByRole('navigation', { name: 'Library' });

beforeEach(() => {
  window.history.replaceState(null, '');
});

describe('App: the library', () => {
  it('stars a story from its result row, and lists it under Starred', async () => {
    const { user, api } = renderApp();
    await screen.findByRole('listbox');
    const row = within(listbox()).getByRole('option', { name: /Council approves/ });
    expect(row).toHaveClass('result-row--unread');
    await user.click(row.querySelector('.result-row__star') as HTMLElement);
    await waitFor(() => expect(api.stateOf('bridge-1').starred).toBe(true));
    await user.click(within(library()).getByRole('button', { name: /Starred/ }));
    await waitFor(() =>
      expect(
        within(listbox())
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual([expect.stringContaining('Council approves the new river bridge')]),
    );
    expect(screen.getByRole('searchbox')).toHaveValue('is:starred');
    expect(within(library()).getByRole('button', { name: /Starred/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('stars the open story with s, and notes the visit in History', async () => {
    const { user, api } = renderApp();
    await screen.findByRole('listbox');
    await user.click(within(listbox()).getByRole('option', { name: /Bridge works begin/ }));
    await screen.findByRole('button', { name: 'Star' });
    await user.keyboard('s');
    await waitFor(() => expect(api.stateOf('bridge-2').starred).toBe(true));
    expect(await screen.findByRole('button', { name: 'Starred' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(library()).getByRole('button', { name: 'History' }));
    const history = await screen.findByRole('region', { name: 'History' });
    expect(
      await within(history).findByRole('link', { name: 'Bridge works begin after winter floods' }),
    ).toBeInTheDocument();
  });
});

/**
 * The read dwell on a clock the test moves: fake setTimeout, which still follows real time
 * (shouldAdvanceTime) so Testing Library's waits go on, and which the test jumps ahead by the
 * dwell instead of sleeping through it.
 */
describe('App: the read dwell', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const dwell = (ms: number) =>
    act(async () => {
      await vi.advanceTimersByTimeAsync(ms);
    });

  it('marks an opened story read after a short dwell', async () => {
    const { user, api } = renderApp();
    await screen.findByRole('listbox');
    await user.click(within(listbox()).getByRole('option', { name: /River bridge opens/ }));
    expect(await screen.findByRole('checkbox', { name: 'Read' })).not.toBeChecked();
    expect(api.stateOf('bridge-3').read).toBe(false);
    await dwell(READ_DWELL_MS);
    await waitFor(() => expect(api.stateOf('bridge-3').read).toBe(true));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Read' })).toBeChecked());
  });

  it('leaves the read state as the reader set it by hand', async () => {
    const { user, api } = renderApp();
    await screen.findByRole('listbox');
    await user.click(within(listbox()).getByRole('option', { name: /Budget talks/ }));
    await screen.findByRole('checkbox', { name: 'Read' });
    await user.keyboard('u'); // read, by hand
    await waitFor(() => expect(api.stateOf('budget-1').read).toBe(true));
    await user.keyboard('u'); // and unread again
    await waitFor(() => expect(api.stateOf('budget-1').read).toBe(false));
    await dwell(READ_DWELL_MS * 2);
    expect(api.stateOf('budget-1').read).toBe(false);
  });
});

describe('App: the library, continued', () => {
  it('opens the notes panel with n, focused on a new note', async () => {
    const { user } = renderApp();
    await screen.findByRole('listbox');
    await user.click(within(listbox()).getByRole('option', { name: /Council approves/ }));
    await screen.findByRole('button', { name: 'Star' });
    await user.keyboard('n');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'New note' })).toHaveFocus());
  });

  it('saves the current search and opens it from Saved searches', async () => {
    const { user, api } = renderApp();
    await screen.findByRole('listbox');
    await user.type(screen.getByRole('searchbox'), 'bridge');
    await waitFor(() =>
      expect(document.querySelector('.summary__count')).toHaveTextContent('“bridge”'),
    );
    await user.click(screen.getByRole('button', { name: 'Save search' }));
    await user.type(screen.getByRole('textbox', { name: 'Name of the saved search' }), 'Bridges');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.saved.map((saved) => saved.name)).toEqual(['Bridges']));
    await user.click(within(library()).getByRole('button', { name: 'All stories' }));
    await user.click(within(library()).getByRole('button', { name: /Saved searches/ }));
    await user.click(await screen.findByRole('button', { name: 'Bridges' }));
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveValue('bridge'));
    expect(api.callsOf('openSavedSearch')).toEqual([{ savedId: api.saved[0]!.id }]);
  });

  it('lists missing stories, most cited first, each opening the stories that cite it', async () => {
    const api = storylineArchive();
    api.missingHeadlines = [
      {
        headline: 'Ferry timetable cut for the summer',
        citations: 1,
        lastCited: '2022-03-02',
        citedBy: [
          {
            id: 'bridge-1',
            title: 'Council approves the new river bridge',
            date: '2022-03-02',
            section: 'local',
          },
        ],
      },
    ];
    const { user } = renderApp(api);
    await screen.findByRole('listbox');
    await user.click(within(library()).getByRole('button', { name: 'Missing stories' }));
    const panel = await screen.findByRole('region', { name: 'Missing stories' });
    expect(
      await within(panel).findByText('Ferry timetable cut for the summer'),
    ).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Show the stories citing it' }));
    await user.click(
      within(panel).getByRole('link', { name: 'Council approves the new river bridge' }),
    );
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Council approves the new river bridge',
      }),
    ).toBeInTheDocument();
  });
});

describe('App: result rows', () => {
  it('marks a row read by clicking its dot, and the row stops looking unread', async () => {
    const { user, api } = renderApp();
    await screen.findByRole('listbox');
    const row = () => within(listbox()).getByRole('option', { name: /Budget talks/ });
    expect(row()).toHaveClass('result-row--unread');
    expect(row()).toHaveTextContent('Unread.');
    await user.click(row().querySelector('.result-row__dot') as HTMLElement);
    await waitFor(() => expect(api.stateOf('budget-1').read).toBe(true));
    await waitFor(() => expect(row()).not.toHaveClass('result-row--unread'));
  });
});

describe('App: library panels', () => {
  it('gives way to the results as soon as a search is typed', async () => {
    const { user } = renderApp();
    await screen.findByRole('listbox');
    await user.click(within(library()).getByRole('button', { name: 'History' }));
    expect(await screen.findByRole('region', { name: 'History' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox'), 'bridge');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'History' })).toBeNull());
    await waitFor(() =>
      expect(screen.getByRole('listbox', { name: 'Search results' })).toBeInTheDocument(),
    );
  });
});
