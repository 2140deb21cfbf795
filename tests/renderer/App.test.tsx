import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/App';
import { FakeApi, makeManyStories, settle, storylineArchive } from './fake-api';
import { providers } from './providers';

function renderApp(api: FakeApi = storylineArchive()) {
  const user = userEvent.setup();
  render(<App />, { wrapper: providers(api) });
  return { api, user };
}

const searchBox = () => screen.getByRole('searchbox', { name: 'Search the archive' });
const listbox = () => screen.getByRole('listbox');
/** The reader's headline (the app's own h1 is hidden, for screen readers). */
const storyHeading = () => within(screen.getByRole('article')).getByRole('heading', { level: 1 });
const findStoryHeading = async () =>
  within(await screen.findByRole('article')).findByRole('heading', { level: 1 });
const summary = () => document.querySelector('.summary__count') as HTMLElement;

async function searchFor(user: ReturnType<typeof userEvent.setup>, words: string) {
  await user.clear(searchBox());
  await user.type(searchBox(), words);
  await waitFor(() => expect(summary()).toHaveTextContent(`“${words}”`));
}

beforeEach(() => {
  // Each test starts on a fresh history step, as a fresh page would.
  window.history.replaceState(null, '');
  document.documentElement.removeAttribute('data-theme');
});

describe('App', () => {
  it("opens on the archive's latest stories, with section and month facets folded", async () => {
    const { user } = renderApp();
    expect(await screen.findByRole('heading', { name: 'Latest stories' })).toBeInTheDocument();
    await waitFor(() => expect(summary()).toHaveTextContent('4 stories'));
    const options = within(listbox()).getAllByRole('option');
    expect(options[0]).toHaveTextContent('River bridge opens to walkers'); // newest first
    // The filters start folded, leaving the room to the list.
    const filters = screen.getByRole('button', { name: 'Filters' });
    expect(filters).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Months' })).toBeNull();
    await user.click(filters);
    expect(screen.getByRole('button', { name: 'Local 3' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Months' })).toBeInTheDocument();
  });

  it('searches as the user types, with the count, the time and highlighted snippets', async () => {
    const { user, api } = renderApp();
    await screen.findByRole('listbox');
    await searchFor(user, 'bridge');
    expect(summary()).toHaveTextContent('3 stories match “bridge” in 3 ms');
    expect(summary()).toHaveAttribute('aria-live', 'polite');
    const marks = listbox().querySelectorAll('mark');
    expect([...marks].every((mark) => /bridge/i.test(mark.textContent ?? ''))).toBe(true);
    // Debounced: no search for every keystroke.
    expect(api.callsOf('search').length).toBeLessThan('bridge'.length);
  });

  it('drops an answer to an older query that arrives after a newer one', async () => {
    const api = storylineArchive();
    const { user } = renderApp(api);
    await screen.findByRole('listbox');
    api.hold('search');
    await user.type(searchBox(), 'bridge');
    await waitFor(() => expect(api.held).toHaveLength(1));
    await user.clear(searchBox());
    await user.type(searchBox(), 'budget');
    await waitFor(() => expect(api.held).toHaveLength(2));
    api.held[1]!.answer();
    await waitFor(() => expect(summary()).toHaveTextContent('1 story matches “budget”'));
    act(() => api.held[0]!.answer());
    await settle();
    expect(summary()).toHaveTextContent('1 story matches “budget”');
    expect(listbox()).toHaveTextContent('Budget talks stall');
  });

  it('shows a query the engine cannot read in words under the search box', async () => {
    const { user } = renderApp();
    await screen.findByRole('listbox');
    await user.type(searchBox(), '"bridge');
    const error = await screen.findByText('A quotation mark is not closed: add the closing ".');
    expect(searchBox()).toHaveAccessibleDescription(error.textContent!);
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('suggests what to try when nothing matches, and tries it', async () => {
    const { user } = renderApp();
    await screen.findByRole('listbox');
    await user.type(searchBox(), 'brigde');
    await screen.findByText('No stories match “brigde”.');
    await user.click(screen.getByRole('button', { name: 'Allow close spellings: brigde~1' }));
    expect(searchBox()).toHaveValue('brigde~1');
    // The suggestion's button is gone; focus is not lost with it.
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
  });

  it('filters by section and by a month of the histogram', async () => {
    const { user } = renderApp();
    await screen.findByRole('listbox');
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.click(screen.getByRole('button', { name: 'Politics 1' }));
    await waitFor(() => expect(within(listbox()).getAllByRole('option')).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Politics 1' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'All sections' }));
    await waitFor(() => expect(within(listbox()).getAllByRole('option')).toHaveLength(4));

    await user.click(screen.getByRole('button', { name: 'June 2022: 1 story' }));
    await waitFor(() => expect(within(listbox()).getAllByRole('option')).toHaveLength(1));
    expect(listbox()).toHaveTextContent('Bridge works begin after winter floods');
    expect(screen.getByRole('button', { name: 'March 2022: 1 story' })).toBeInTheDocument();
  });

  it('opens a story with the search words marked, and follows a related headline to its story', async () => {
    const { user } = renderApp();
    await screen.findByRole('listbox');
    await searchFor(user, 'bridge');
    await user.click(within(listbox()).getByText('Council approves the new river bridge'));
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Council approves the new river bridge',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(heading.querySelector('mark')).toHaveTextContent('bridge');

    const related = await screen.findByRole('complementary', { name: 'Related stories' });
    await user.click(
      within(related).getByRole('link', { name: 'Bridge works begin after winter floods' }),
    );
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Bridge works begin after winter floods',
      }),
    ).toBeInTheDocument();
  });

  it('goes back and forward across stories and searches, keeping the selection', async () => {
    const { user } = renderApp();
    await screen.findByRole('listbox');
    await searchFor(user, 'bridge');
    listbox().focus();
    await user.keyboard('jj');
    const chosen = within(listbox()).getByRole('option', { selected: true }).textContent;
    await user.keyboard('{Enter}');
    await findStoryHeading();
    const first = storyHeading().textContent;
    const related = await screen.findByRole('complementary', { name: 'Related stories' });
    await waitFor(() => expect(within(related).getAllByRole('link').length).toBeGreaterThan(0));
    await user.click(within(related).getAllByRole('link')[0]!);
    await waitFor(() => expect(storyHeading().textContent).not.toBe(first));

    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await waitFor(() => expect(storyHeading().textContent).toBe(first));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
    expect(searchBox()).toHaveValue('bridge');
    expect(within(listbox()).getByRole('option', { selected: true }).textContent).toBe(chosen);

    await user.click(screen.getByRole('button', { name: 'Forward' }));
    await waitFor(() => expect(storyHeading().textContent).toBe(first));
  });

  it('makes a run of typing one step of history, so Back skips the prefixes', async () => {
    const { user } = renderApp();
    await screen.findByRole('listbox');
    await user.type(searchBox(), 'bri');
    await waitFor(() => expect(summary()).toHaveTextContent('“bri”'));
    await user.type(searchBox(), 'dge');
    await waitFor(() => expect(summary()).toHaveTextContent('“bridge”'));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(searchBox()).toHaveValue(''));
    expect(await screen.findByRole('heading', { name: 'Latest stories' })).toBeInTheDocument();
  });

  it('comes back to the list where it was scrolled', async () => {
    const { user } = renderApp(new FakeApi(makeManyStories(2_000)));
    await waitFor(() => expect(summary()).toHaveTextContent('2,000 stories'));
    const scrollTo = (top: number) =>
      act(() => {
        listbox().scrollTop = top;
        fireEvent.scroll(listbox());
      });
    scrollTo(40_000);
    const rows = await within(listbox()).findAllByText(/Harbour report/, {
      selector: '.result-row__title',
    });
    await user.click(rows[2]!);
    await screen.findByRole('article');
    scrollTo(90_000); // scrolled on while reading: that belongs to the story's step
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
    await waitFor(() => expect(listbox().scrollTop).toBe(40_000));
  });

  it('takes the mouse back button as Back', async () => {
    const { user } = renderApp();
    await screen.findByRole('listbox');
    await searchFor(user, 'budget');
    fireEvent.mouseDown(window, { button: 3 });
    fireEvent.mouseUp(window, { button: 3 });
    await waitFor(() => expect(searchBox()).toHaveValue(''));
    expect(await screen.findByRole('heading', { name: 'Latest stories' })).toBeInTheDocument();
  });

  it('is driven from the keyboard: /, j/k, Enter, Esc, [ and ], ?', async () => {
    const { user } = renderApp();
    await screen.findByRole('listbox');
    await user.keyboard('/');
    expect(searchBox()).toHaveFocus();
    await user.type(searchBox(), 'bridge');
    await waitFor(() => expect(summary()).toHaveTextContent('3 stories'));
    await user.keyboard('{ArrowDown}');
    expect(listbox()).toHaveFocus();
    expect(within(listbox()).getByRole('option', { selected: true })).toHaveAttribute(
      'aria-posinset',
      '1',
    );
    await user.keyboard('{Enter}');
    const heading = await findStoryHeading();
    await waitFor(() => expect(heading).toHaveFocus());
    const title = heading.textContent;

    await user.keyboard(']');
    await waitFor(() => expect(storyHeading().textContent).not.toBe(title));
    await user.keyboard('[[');
    await waitFor(() => expect(storyHeading().textContent).toBe(title));

    await user.keyboard('{Escape}');
    expect(listbox()).toHaveFocus();
    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(listbox()).toHaveFocus();
  });

  it('moves through results with j and k from anywhere outside a field', async () => {
    const { user } = renderApp();
    await screen.findByRole('listbox');
    document.body.focus();
    await user.keyboard('jjk');
    expect(listbox()).toHaveFocus();
    expect(within(listbox()).getByRole('option', { selected: true })).toHaveAttribute(
      'aria-posinset',
      '1',
    );
  });

  it('remembers the theme and follows the system by default', async () => {
    const listeners = new Set<() => void>();
    const media = {
      matches: true,
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    };
    vi.stubGlobal('matchMedia', (query: string) =>
      query.includes('dark') ? media : { ...media, matches: false },
    );
    try {
      const { user } = renderApp();
      await screen.findByRole('listbox');
      expect(document.documentElement.dataset.theme).toBe('dark');
      act(() => {
        media.matches = false;
        listeners.forEach((listener) => listener());
      });
      expect(document.documentElement.dataset.theme).toBe('light');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Sepia');
      expect(document.documentElement.dataset.theme).toBe('sepia');
      expect(JSON.parse(localStorage.getItem('clippings.readerSettings')!)).toMatchObject({
        theme: 'sepia',
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('shows a failed call as a message with a retry, never a blank pane', async () => {
    const api = storylineArchive();
    api.fail('browse', { code: 'E_UNAVAILABLE', message: 'Clippings cannot reach its server.' });
    const { user } = renderApp(api);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The stories could not be listed.');
    expect(alert).toHaveTextContent('Clippings cannot reach its server.');
    api.recover('browse');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    await waitFor(() => expect(listbox()).toHaveFocus());
  });

  it('shows indexing progress with counts, and refreshes the list as the archive grows', async () => {
    const api = storylineArchive();
    api.statusValue = {
      ...api.statusValue,
      state: 'indexing',
      stories: 2,
      progress: { phase: 'index', done: 2, total: 4 },
    };
    api.stories = api.stories.slice(0, 2);
    renderApp(api);
    const progress = await screen.findByRole('progressbar', { name: /Indexing stories: 2 of 4/ });
    expect(progress).toHaveAttribute('value', '2');
    await waitFor(() => expect(within(listbox()).getAllByRole('option')).toHaveLength(2));

    api.stories = storylineArchive().stories;
    act(() => api.pushStatus({ state: 'ready', stories: 4, progress: null, generation: 2 }));
    await waitFor(() => expect(within(listbox()).getAllByRole('option')).toHaveLength(4));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('scrolls 10,000 hits through a virtual list, fetching pages as needed', async () => {
    const api = new FakeApi(makeManyStories(10_000));
    renderApp(api);
    await waitFor(() => expect(summary()).toHaveTextContent('10,000 stories'));
    expect(within(listbox()).getAllByRole('option').length).toBeLessThan(30);
    listbox().focus();
    await userEvent.keyboard('{End}');
    await waitFor(() =>
      expect(within(listbox()).getByRole('option', { selected: true })).toHaveTextContent(
        /Harbour report/,
      ),
    );
    expect(within(listbox()).getByRole('option', { selected: true })).toHaveAttribute(
      'aria-posinset',
      '10000',
    );
  });

  it('offers to open an archive when none is open', async () => {
    const api = storylineArchive();
    api.statusValue = { ...api.statusValue, archive: null, state: 'empty', stories: 0 };
    renderApp(api);
    expect(await screen.findByRole('heading', { name: 'No archive is open' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open archive…' })).toBeInTheDocument();
  });
});
