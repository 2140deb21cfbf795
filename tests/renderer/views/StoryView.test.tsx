import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { changes, useStoryLibrary } from '../../../renderer/src/queries/use-library';
import { useStory } from '../../../renderer/src/queries/use-story';
import { StoryView } from '../../../renderer/src/views/StoryView';
import { FakeApi, makeStory, storylineArchive } from '../fake-api';
import { providers } from '../providers';

interface ReaderProps {
  id: string;
  query?: string;
  onOpen?: (id: string) => void;
  onTextSize?: (direction: 1 | -1) => void;
}

function Reader({ id, query = '', onOpen, onTextSize }: ReaderProps) {
  const answer = useStory(id, query, 1);
  const library = useStoryLibrary(id);
  return (
    <StoryView
      answer={answer}
      archivePath="/home/reader/Archive"
      textSize={3}
      onTextSize={onTextSize ?? (() => {})}
      onOpen={onOpen ?? (() => {})}
      onRetry={answer.retry}
      onBackToList={() => {}}
      focusToken={1}
      library={library}
      noteToken={0}
      onToggleStar={() => void library.change(changes.star(!library.state?.starred))}
      onToggleRead={() => void library.change(changes.read(!library.state?.read))}
      onExport={() => {}}
    />
  );
}

/** Renders the reader on a story and waits until the story and its related stories are in. */
async function openStory(props: ReaderProps) {
  const api = storylineArchive();
  render(<Reader {...props} />, { wrapper: providers(api) });
  await waitFor(() => expect(document.querySelector('[aria-busy]')).toBeNull());
  await waitFor(() => expect(screen.queryByText('Finding related stories…')).toBeNull());
  return { api };
}

describe('StoryView', () => {
  it('shows a story’s subheadings as headings and its struck words struck', async () => {
    const api = new FakeApi([
      makeStory({
        id: 'dredging',
        title: 'Harbour dredging starts next week',
        paragraphs: [
          'Dredgers will arrive on Monday.',
          'Why now',
          'The work was planned for two three years.',
        ],
        subheadings: [{ paragraph: 1, level: 2 }],
        struck: [{ paragraph: 2, start: 25, end: 28 }],
      }),
    ]);
    render(<Reader id="dredging" />, { wrapper: providers(api) });
    const article = await screen.findByRole('article', {
      name: 'Harbour dredging starts next week',
    });
    expect(within(article).getByRole('heading', { level: 2, name: 'Why now' })).toBeVisible();
    const struck = article.querySelector('.story__body s');
    expect(struck).toHaveTextContent(/^two$/);
    expect(struck!.closest('p')).toHaveTextContent('The work was planned for two three years.');
  });

  it('says No date for a story without one, and shows why plainly, not folded away', async () => {
    const api = new FakeApi([
      makeStory({
        id: 'broken-front-matter',
        title: 'Broken front matter still has a body',
        date: null,
        paragraphs: ['The body is read even when the front matter is not.'],
        warnings: [
          'The front matter could not be read: it is not YAML.',
          'The clipping has no date, so the story has none.',
        ],
      }),
    ]);
    render(<Reader id="broken-front-matter" />, { wrapper: providers(api) });
    const article = await screen.findByRole('article', {
      name: 'Broken front matter still has a body',
    });
    expect(article.querySelector('.story__kicker time')).toHaveTextContent(/^No date$/);
    const warnings = within(article).getByRole('region', {
      name: 'Parts of this file could not be read',
    });
    expect(warnings.closest('details')).toBeNull();
    expect(
      within(warnings).getByText('The clipping has no date, so the story has none.'),
    ).toBeVisible();
  });

  it('shows where a story of an export sits, its publication, and opens its original', async () => {
    const api = new FakeApi([
      makeStory({
        id: 'export@3a5f7268',
        title: 'Harbour cranes return to the old quay',
        file: 'downloads/nexis.txt',
        byline: 'Ada Lund',
        publication: 'The Northport Gazette',
        position: { index: 12, count: 161 },
        paragraphs: ['The first of four cranes arrived on Tuesday.'],
      }),
    ]);
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    render(<Reader id="export@3a5f7268" />, { wrapper: providers(api) });
    const article = await screen.findByRole('article', {
      name: 'Harbour cranes return to the old quay',
    });
    expect(article).toHaveTextContent('The Northport Gazette');
    expect(article.querySelector('.story__footer')).toHaveTextContent(
      /12 of 161 · Text file downloads\/nexis\.txt/,
    );
    await userEvent.click(within(article).getByRole('button', { name: 'Open original' }));
    await waitFor(() =>
      expect(open).toHaveBeenCalledWith('/original/export%403a5f7268', '_blank', 'noopener'),
    );
    expect(api.callsOf('openOriginal')).toEqual([{ id: 'export@3a5f7268' }]);
    open.mockRestore();
  });

  it('reads as a story: kicker, headline, byline, caption as a figure caption, dateline, paragraphs', async () => {
    await openStory({ id: 'bridge-1' });
    const article = screen.getByRole('article', { name: 'Council approves the new river bridge' });
    expect(within(article).getByRole('heading', { level: 1 })).toHaveFocus();
    expect(article).toHaveTextContent('Local · Wednesday, 2 March 2022');
    expect(article).toHaveTextContent('By Ada Marsh');
    expect(article.querySelector('figure figcaption')).toHaveTextContent(
      'The old crossing at dusk',
    );
    const paragraphs = article.querySelectorAll('.story__body p');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toHaveTextContent(/^MILLFORD — The council voted/);
  });

  it("shows the file's place in the archive and its format", async () => {
    await openStory({ id: 'bridge-1' });
    expect(screen.getByText('bridge-1.txt')).toBeInTheDocument();
    expect(screen.getByText('/home/reader/Archive')).toBeInTheDocument();
    expect(screen.getByText('bridge-1.txt').parentElement).toHaveTextContent(
      /^Text file bridge-1\.txt in/,
    );
    expect(screen.queryByText(/Saved from/)).toBeNull();
  });

  it("links a saved page's source address, to open outside the app", async () => {
    await openStory({ id: 'bridge-2' });
    expect(screen.getByText('saved/bridge-2.html').parentElement).toHaveTextContent(
      /^Saved web page saved\/bridge-2\.html/,
    );
    const link = screen.getByRole('link', { name: 'news.example.com/local/bridge-works-begin' });
    expect(link).toHaveAttribute('href', 'https://news.example.com/local/bridge-works-begin');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it("marks the search's words and steps through them with Enter and Shift+Enter", async () => {
    await openStory({ id: 'bridge-1', query: 'bridge' });
    const marks = document.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['bridge', 'bridge', 'bridge']);
    expect(screen.getByText('3 matches')).toBeInTheDocument();

    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('1 of 3')).toBeInTheDocument();
    expect(marks[0]).toHaveAttribute('aria-current', 'true');
    await userEvent.keyboard('{Enter}{Enter}{Enter}');
    expect(screen.getByText('1 of 3')).toBeInTheDocument(); // wraps around
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByText('3 of 3')).toBeInTheDocument();
    expect(document.querySelector('mark[aria-current]')).toBe(marks[2]);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Match 3 of 3');
  });

  it('has no match navigation without a search', async () => {
    await openStory({ id: 'bridge-1' });
    expect(document.querySelector('mark')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Matches in this story' })).toBeNull();
  });

  it('links related headlines held in the archive and marks the others not in archive', async () => {
    const onOpen = vi.fn();
    await openStory({ id: 'bridge-1', onOpen });
    const related = screen.getByRole('complementary', { name: 'Related stories' });
    const linked = within(related).getByRole('region', { name: /Related stories|More related/ });
    // A storyline story is linked from the timeline (labelled "linked" there).
    await userEvent.click(
      within(related).getByRole('link', { name: 'Bridge works begin after winter floods' }),
    );
    expect(onOpen).toHaveBeenCalledWith('bridge-2');
    expect(within(linked).queryByRole('link', { name: /Ferry timetable/ })).toBeNull();
    expect(within(linked).getByText(/Ferry timetable cut for the summer/)).toHaveTextContent(
      'not in archive',
    );
  });

  it('shows the storyline as a dated timeline with this story marked', async () => {
    const onOpen = vi.fn();
    await openStory({ id: 'bridge-2', onOpen });
    const storyline = screen.getByRole('region', { name: 'Storyline' });
    const items = within(storyline).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      // Its other relations to this story as labels (each story shown once).
      '2 Mar 2022Council approves the new river bridgelinkedcites this',
      '15 Jun 2022Bridge works begin after winter floods this story',
      '20 Jan 2023River bridge opens to walkers',
    ]);
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    await userEvent.click(
      within(storyline).getByRole('link', { name: 'River bridge opens to walkers' }),
    );
    expect(onOpen).toHaveBeenCalledWith('bridge-3');
  });

  it('copies the story as text', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openStory({ id: 'bridge-2' });
    await userEvent.click(screen.getByRole('button', { name: 'Copy text' }));
    expect(writeText).toHaveBeenCalledWith(
      expect.stringMatching(/^Bridge works begin after winter floods\n\nLocal/),
    );
    await waitFor(() => expect(screen.getByText('Copied the story as text.')).toBeInTheDocument());
  });

  it('changes the text size', async () => {
    const onTextSize = vi.fn();
    await openStory({ id: 'bridge-2', onTextSize });
    await userEvent.click(screen.getByRole('button', { name: 'Larger text' }));
    await userEvent.click(screen.getByRole('button', { name: 'Smaller text' }));
    expect(onTextSize.mock.calls).toEqual([[1], [-1]]);
  });

  it('explains a story that is gone, with a retry that can bring it back', async () => {
    const { api } = await openStory({ id: 'gone' });
    expect(screen.getByRole('alert')).toHaveTextContent('This story is no longer in the archive.');
    api.stories.push({ ...api.stories[0]!, id: 'gone', title: 'Found again' });
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Found again' })).toBeInTheDocument();
  });
});

describe('StoryView: the reader’s library', () => {
  it('stars and unstars the story with a pressed button', async () => {
    const { api } = await openStory({ id: 'bridge-1' });
    const star = await screen.findByRole('button', { name: 'Star' });
    expect(star).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(star);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Starred' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    expect(api.stateOf('bridge-1').starred).toBe(true);
  });

  it('adds and removes tags', async () => {
    const { api } = await openStory({ id: 'bridge-1' });
    const field = await screen.findByRole('textbox', { name: 'Add a tag' });
    await userEvent.type(field, 'Bridges{Enter}');
    expect(await screen.findByRole('button', { name: 'Remove tag bridges' })).toBeInTheDocument();
    expect(api.stateOf('bridge-1').tags).toEqual(['bridges']);
    await userEvent.click(screen.getByRole('button', { name: 'Remove tag bridges' }));
    await waitFor(() => expect(api.stateOf('bridge-1').tags).toEqual([]));
  });

  it('writes a note in the notes panel, dated, and deletes it', async () => {
    const { api } = await openStory({ id: 'bridge-1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Notes' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: 'New note' }),
      'Check the vote count.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    const panel = screen.getByRole('region', { name: 'Notes and highlights' });
    expect(await within(panel).findByText('Check the vote count.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'New note' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Notes (1)' })).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: /Delete the note/ }));
    await waitFor(() => expect(api.stateOf('bridge-1').notes).toEqual([]));
  });

  it('highlights selected text with a note, and marks it in the story', async () => {
    const { api } = await openStory({ id: 'bridge-1' });
    await screen.findByRole('button', { name: 'Star' });
    const paragraph = document.querySelector('[data-part="paragraph"][data-index="1"]')!;
    const text = paragraph.firstChild!;
    const start = (text.textContent ?? '').indexOf('three years');
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 'three years'.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    fireEvent.mouseUp(screen.getByRole('article'));
    const prompt = await screen.findByRole('form', { name: 'Highlight the selection' });
    expect(prompt).toHaveTextContent('“three years”');
    await userEvent.type(within(prompt).getByRole('textbox'), 'long');
    await userEvent.click(within(prompt).getByRole('button', { name: 'Highlight' }));
    await waitFor(() =>
      expect(document.querySelector('mark.user-highlight')).toHaveTextContent('three years'),
    );
    expect(api.stateOf('bridge-1').highlights).toMatchObject([
      {
        quote: 'three years',
        prefix: 'eers said the bridge would take ',
        suffix: ' to finish.',
        note: 'long',
      },
    ]);
  });

  it('says so when a selection spans two paragraphs', async () => {
    await openStory({ id: 'bridge-1' });
    await screen.findByRole('button', { name: 'Star' });
    const first = document.querySelector('[data-part="paragraph"][data-index="0"]')!.firstChild!;
    const second = document.querySelector('[data-part="paragraph"][data-index="1"]')!.firstChild!;
    const range = document.createRange();
    range.setStart(first, 3);
    range.setEnd(second, 5);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    fireEvent.mouseUp(screen.getByRole('article'));
    expect(
      await screen.findByText('Select text within one paragraph to highlight it.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Highlight the selection' })).toBeNull();
  });
});
