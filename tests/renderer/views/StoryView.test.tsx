import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useStory } from '../../../renderer/src/queries/use-story';
import { StoryView } from '../../../renderer/src/views/StoryView';
import { storylineArchive } from '../fake-api';
import { providers } from '../providers';

interface ReaderProps {
  id: string;
  query?: string;
  onOpen?: (id: string) => void;
  onTextSize?: (direction: 1 | -1) => void;
}

function Reader({ id, query = '', onOpen, onTextSize }: ReaderProps) {
  const answer = useStory(id, query, 1);
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
    const linked = within(related).getByRole('region', { name: 'In this story’s related list' });
    await userEvent.click(
      within(linked).getByRole('link', { name: 'Bridge works begin after winter floods' }),
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
      '2 Mar 2022Council approves the new river bridge',
      '15 Jun 2022Bridge works begin after winter floods this story',
      '20 Jan 2023River bridge opens to walkers',
    ]);
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    await userEvent.click(
      within(storyline).getByRole('link', { name: 'River bridge opens to walkers' }),
    );
    expect(onOpen).toHaveBeenCalledWith('bridge-3');
    expect(screen.getByRole('region', { name: 'Cited by' })).toHaveTextContent(
      'Council approves the new river bridge',
    );
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
