import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  ResultSummary,
  summaryText,
  type ResultSummaryProps,
} from '../../../renderer/src/components/ResultSummary';

const props: ResultSummaryProps = {
  browsing: false,
  query: ' ferry ',
  total: 1234,
  tookMs: 12.4,
  loading: false,
  sort: 'relevance',
  onSort: () => {},
  filtersOpen: true,
  activeFilters: 0,
  onToggleFilters: () => {},
};

describe('summaryText', () => {
  it('counts the hits and says how long the search took', () => {
    expect(summaryText(props)).toBe('1,234 stories match “ferry” in 12 ms');
    expect(summaryText({ ...props, total: 1 })).toBe('1 story matches “ferry” in 12 ms');
    expect(summaryText({ ...props, browsing: true, tookMs: null, total: 69 })).toBe('69 stories');
    expect(summaryText({ ...props, total: null, loading: true })).toBe('Searching…');
  });

  it('says when few stories held every word and the search took those holding some', () => {
    expect(
      summaryText({ ...props, query: 'harbour ferry', total: 40, relaxed: { every: 3 } }),
    ).toBe('3 stories hold every word of “harbour ferry”, 37 more some of them in 12 ms');
    expect(summaryText({ ...props, query: 'zebra ferry', total: 5, relaxed: { every: 0 } })).toBe(
      'No story holds every word of “zebra ferry”; 5 stories hold some of them in 12 ms',
    );
  });
});

describe('ResultSummary', () => {
  it('announces the count politely and sorts', async () => {
    const onSort = vi.fn();
    render(<ResultSummary {...props} onSort={onSort} />);
    expect(screen.getByRole('status')).toHaveTextContent('1,234 stories match');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Oldest first');
    expect(onSort).toHaveBeenCalledWith('oldest');
  });

  it('offers no relevance sort when browsing', () => {
    render(<ResultSummary {...props} browsing />);
    expect(screen.queryByRole('option', { name: 'Best match' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveValue('newest');
  });

  it('says how many filters are set on the Filters disclosure', () => {
    render(<ResultSummary {...props} filtersOpen={false} activeFilters={2} />);
    expect(screen.getByRole('button', { name: 'Filters (2)' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});
