import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ArchiveStatus } from '../../../contract/api';
import { ArchiveStatusBar } from '../../../renderer/src/components/ArchiveStatusBar';

const ready: ArchiveStatus = {
  archive: '/home/reader/Saved/Archive',
  state: 'ready',
  stories: 1234,
  duplicateSaves: 0,
  skipped: 0,
  skippedFiles: [],
  segments: 2,
  progress: null,
  message: null,
  generation: 3,
};

describe('ArchiveStatusBar', () => {
  it("names the archive's folder and counts its stories", () => {
    render(<ArchiveStatusBar status={ready} />);
    expect(screen.getByTestId('archive-status')).toHaveTextContent('Archive · 1,234 stories');
    expect(screen.getByTestId('archive-status')).toHaveAttribute('title', ready.archive);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('counts each story once, and says how many files are another save of one', () => {
    render(<ArchiveStatusBar status={{ ...ready, stories: 70, duplicateSaves: 2 }} />);
    // The list folds the two saves into their stories: it says 68, and so does this.
    expect(screen.getByTestId('archive-status')).toHaveTextContent(
      'Archive · 68 stories (and 2 duplicate saves)',
    );
    render(<ArchiveStatusBar status={{ ...ready, stories: 3, duplicateSaves: 1 }} />);
    expect(screen.getByText('2 stories (and 1 duplicate save)')).toBeInTheDocument();
  });

  it('shows indexing progress with counts, searchable so far', () => {
    render(
      <ArchiveStatusBar
        status={{
          ...ready,
          state: 'indexing',
          stories: 400,
          progress: { phase: 'index', done: 400, total: 5000 },
        }}
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Indexing stories: 400 of 5,000' });
    expect(bar).toHaveAttribute('max', '5000');
    expect(screen.getByTestId('archive-status')).toHaveTextContent('400 stories searchable so far');
  });

  it("lists skipped files with reasons, and shows the engine's notes and errors", async () => {
    const { rerender } = render(
      <ArchiveStatusBar
        status={{
          ...ready,
          skipped: 1,
          skippedFiles: [{ file: 'bad/empty.txt', reason: 'The file is empty.' }],
          message: 'The index cache was damaged and has been rebuilt.',
        }}
      />,
    );
    expect(
      screen.getByText('The index cache was damaged and has been rebuilt.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByText('1 file skipped'));
    expect(screen.getByText('bad/empty.txt').parentElement).toHaveTextContent(
      'bad/empty.txt: The file is empty.',
    );

    rerender(
      <ArchiveStatusBar
        status={{ ...ready, state: 'error', message: 'The folder cannot be read.' }}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The folder cannot be read.');
  });
});
