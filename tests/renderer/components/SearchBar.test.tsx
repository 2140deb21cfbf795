import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SearchBar } from '../../../renderer/src/components/SearchBar';

function Harness(props: { error?: string | null; onEscape?: () => void; onSubmit?: () => void }) {
  const [value, setValue] = useState('');
  return (
    <SearchBar
      value={value}
      onChange={setValue}
      onSubmit={props.onSubmit ?? (() => {})}
      onEscape={props.onEscape ?? (() => {})}
      onArrowDown={() => {}}
      error={props.error ?? null}
    />
  );
}

describe('SearchBar', () => {
  it('is a labelled search box in a search landmark', () => {
    render(<Harness />);
    expect(screen.getByRole('search')).toContainElement(
      screen.getByRole('searchbox', { name: 'Search the archive' }),
    );
  });

  it('searches at once on Enter', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    await userEvent.type(screen.getByRole('searchbox'), 'ferry{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('clears on Esc, and on a second Esc leaves for the list', async () => {
    const onEscape = vi.fn();
    render(<Harness onEscape={onEscape} />);
    const box = screen.getByRole('searchbox');
    await userEvent.type(box, 'ferry{Escape}');
    expect(box).toHaveValue('');
    expect(onEscape).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    expect(onEscape).toHaveBeenCalledTimes(1);
  });

  it('explains a query error in words, tied to the box', () => {
    render(<Harness error="A quotation mark is not closed." />);
    const box = screen.getByRole('searchbox');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('A quotation mark is not closed.');
  });
});
