import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '../../../contract/api';
import { ResultList, ROW_HEIGHT_REM } from '../../../renderer/src/components/ResultList';
import { EMPTY_LIST_QUERY } from '../../../renderer/src/model/list-query';
import { PAGE_SIZE, type ShownList } from '../../../renderer/src/model/shown-list';

const TOTAL = 10_000;
const ROW = 16 * ROW_HEIGHT_REM;

function hit(index: number): SearchHit {
  return {
    id: `s${index}`,
    title: `Harbour report ${index}`,
    date: '2022-11-08',
    section: 'world',
    byline: null,
    score: 1,
    snippet: { text: `Tides and ferries, report ${index}.`, highlights: [[0, 5]] },
    duplicates: [],
  };
}

/** A list of 10,000 hits with only the pages in `pages` fetched. */
function shownList(pages: number[] = [0]): ShownList {
  return {
    key: 'k',
    query: { ...EMPTY_LIST_QUERY, query: 'tides' },
    generation: 1,
    total: TOTAL,
    tookMs: 2,
    relaxed: null,
    facets: { sections: [], months: [] },
    pages: new Map(
      pages.map((page) => [
        page,
        Array.from({ length: PAGE_SIZE }, (_, i) => hit(page * PAGE_SIZE + i)),
      ]),
    ),
  };
}

function Harness(props: {
  shown?: ShownList;
  onOpen?: (index: number) => void;
  onNeedRange?: (start: number, end: number) => void;
  restoreOffset?: number;
}) {
  const [selected, setSelected] = useState(-1);
  return (
    <ResultList
      shown={props.shown ?? shownList()}
      label="Search results"
      selected={selected}
      openStoryId={null}
      restoreOffset={props.restoreOffset ?? 0}
      restoreToken="step"
      onSelect={setSelected}
      onOpen={props.onOpen ?? (() => {})}
      onScrollOffset={() => {}}
      onNeedRange={props.onNeedRange ?? (() => {})}
    />
  );
}

describe('ResultList', () => {
  it('is a listbox that renders only a window of its 10,000 rows', () => {
    render(<Harness />);
    const listbox = screen.getByRole('listbox', { name: 'Search results' });
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(3);
    expect(options.length).toBeLessThan(30);
    expect(options[0]).toHaveAttribute('aria-setsize', String(TOTAL));
    expect(options[0]).toHaveAttribute('aria-posinset', '1');
    expect(listbox).toHaveTextContent('Harbour report 0');
    expect(options[0]?.querySelector('mark')).toHaveTextContent('Tides');
  });

  it('moves the selection with the arrow keys and j/k, and opens with Enter', async () => {
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} />);
    const listbox = screen.getByRole('listbox');
    listbox.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}jk');
    const selected = screen.getByRole('option', { selected: true });
    expect(selected).toHaveTextContent('Harbour report 1');
    expect(listbox).toHaveAttribute('aria-activedescendant', selected.id);
    await userEvent.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(1);
  });

  it('jumps to the last row with End, asking for its page', async () => {
    const onNeedRange = vi.fn();
    render(<Harness onNeedRange={onNeedRange} />);
    screen.getByRole('listbox').focus();
    await userEvent.keyboard('{End}');
    await waitFor(() =>
      expect(screen.getByRole('option', { selected: true })).toHaveAttribute(
        'aria-posinset',
        String(TOTAL),
      ),
    );
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent('Loading…');
    await waitFor(() =>
      expect(onNeedRange).toHaveBeenLastCalledWith(expect.any(Number), TOTAL - 1),
    );
  });

  it('opens a row when it is clicked', async () => {
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} />);
    await userEvent.click(screen.getByText('Harbour report 2'));
    expect(onOpen).toHaveBeenCalledWith(2);
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent('Harbour report 2');
  });

  it('starts at the scroll position it is given (coming back to the list)', async () => {
    render(<Harness shown={shownList([0, 1, 2])} restoreOffset={ROW * 150} />);
    await waitFor(() => expect(screen.getByText('Harbour report 150')).toBeInTheDocument());
    expect(screen.queryByText('Harbour report 0')).toBeNull();
  });

  it('follows scrolling: rows far down render when scrolled to', async () => {
    render(<Harness shown={shownList([0, 30])} />);
    const listbox = screen.getByRole('listbox');
    act(() => {
      listbox.scrollTop = ROW * 3000;
      fireEvent.scroll(listbox);
    });
    await waitFor(() => expect(screen.getByText('Harbour report 3000')).toBeInTheDocument());
  });
});
