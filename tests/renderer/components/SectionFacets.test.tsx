import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SectionFacets } from '../../../renderer/src/components/SectionFacets';

const sections = [
  { name: 'world', count: 12 },
  { name: 'sport', count: 30 },
  { name: 'business', count: 7 },
  { name: 'science', count: 5 },
  { name: 'health', count: 4 },
  { name: 'culture', count: 3 },
  { name: 'pakistan', count: 2 },
  { name: 'technology', count: 1 },
];

describe('SectionFacets', () => {
  it('lists the commonest sections with counts, the rest behind a disclosure', async () => {
    render(
      <SectionFacets sections={sections} selected={[]} onToggle={() => {}} onClear={() => {}} />,
    );
    const buttons = screen.getAllByRole('button', { pressed: false });
    expect(buttons[0]).toHaveAccessibleName('Sport 30');
    expect(screen.queryByRole('button', { name: /Technology/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '2 more' }));
    expect(screen.getByRole('button', { name: 'Technology 1' })).toBeInTheDocument();
  });

  it('toggles a section, shows chosen ones pressed even when hidden or empty', async () => {
    const onToggle = vi.fn();
    render(
      <SectionFacets
        sections={sections}
        selected={['technology', 'opinion']}
        onToggle={onToggle}
        onClear={() => {}}
      />,
    );
    expect(screen.getByRole('button', { name: 'Technology 1' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Opinion 0' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(screen.getByRole('button', { name: 'World 12' }));
    expect(onToggle).toHaveBeenCalledWith('world');
  });

  it('keeps focus among the sections when "All sections" goes away with the filter', async () => {
    function Stateful() {
      const [selected, setSelected] = useState(['world']);
      return (
        <SectionFacets
          sections={sections}
          selected={selected}
          onToggle={() => {}}
          onClear={() => setSelected([])}
        />
      );
    }
    render(<Stateful />);
    await userEvent.click(screen.getByRole('button', { name: 'All sections' }));
    expect(screen.queryByRole('button', { name: 'All sections' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Sport 30' })).toHaveFocus();
  });

  it('names each chip by its visible text, so voice control can say what it shows', () => {
    render(
      <SectionFacets sections={sections} selected={[]} onToggle={() => {}} onClear={() => {}} />,
    );
    for (const chip of screen.getAllByRole('button', { pressed: false })) {
      expect(chip).toHaveAccessibleName(chip.textContent ?? '');
    }
  });
});
