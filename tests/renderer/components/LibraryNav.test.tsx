/**
 * The library's nav keeps every button in its place when the first tag appears: Tags is always
 * there, last, and unfolds the tags (or says there are none yet).
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LibraryOverview } from '../../../contract/api';
import { LibraryNav } from '../../../renderer/src/components/LibraryNav';

function overview(tags: LibraryOverview['tags']): LibraryOverview {
  return {
    stories: 3,
    starred: 0,
    read: 0,
    unread: 3,
    withNotes: 0,
    withHighlights: 0,
    tags,
    message: null,
  };
}

function buttonNames(): string[] {
  const nav = screen.getByRole('navigation', { name: 'Library' });
  return within(nav)
    .getAllByRole('button')
    .map((button) => (button.textContent ?? '').replace(/\d+/g, '').trim());
}

const props = { saved: [], query: '', panel: null, onQuery: () => {}, onPanel: () => {} };

describe('LibraryNav', () => {
  it('has the same buttons in the same order with no tags and with one', () => {
    const { rerender } = render(<LibraryNav {...props} overview={overview([])} />);
    const before = buttonNames();
    expect(before[before.length - 1]).toBe('Tags');
    rerender(<LibraryNav {...props} overview={overview([{ name: 'ports', count: 1 }])} />);
    expect(buttonNames()).toEqual(before);
  });

  it('unfolds the tags as searches, or says there are none yet', async () => {
    const user = userEvent.setup();
    const queries: string[] = [];
    const { rerender } = render(
      <LibraryNav {...props} overview={overview([])} onQuery={(query) => queries.push(query)} />,
    );
    await user.click(screen.getByRole('button', { name: /^Tags/ }));
    expect(screen.getByText(/No tags yet/)).toBeInTheDocument();
    rerender(
      <LibraryNav
        {...props}
        overview={overview([{ name: 'long form', count: 2 }])}
        onQuery={(query) => queries.push(query)}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'long form 2' }));
    expect(queries).toEqual(['tag:"long form"']);
  });
});
