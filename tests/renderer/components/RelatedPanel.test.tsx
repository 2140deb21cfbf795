/**
 * Related stories without repeats (issue 20, item 5): a story that the engine lists as linked,
 * citing and similar shows once, with its three relations as labels; a storyline story stays
 * in the timeline with its other relations there, and not again in the list.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RelatedResponse } from '../../../contract/api';
import { RelatedPanel } from '../../../renderer/src/components/RelatedPanel';

const ref = (id: string, title: string, date: string) => ({ id, title, date, section: 'ports' });

const related: RelatedResponse = {
  storyline: [
    { ...ref('strike-1', 'Dockers walk out at the harbour', '2024-03-01'), current: false },
    { ...ref('strike-2', 'Harbour strike enters second week', '2024-03-08'), current: true },
  ],
  linked: [
    { headline: 'Dockers walk out at the harbour', id: 'strike-1', alternatives: [] },
    { headline: 'Grain prices climb as ships wait', id: 'grain-1', alternatives: [] },
    { headline: 'A headline the archive lacks', id: null, alternatives: [] },
  ],
  citedBy: [ref('grain-1', 'Grain prices climb as ships wait', '2024-03-10')],
  similar: [
    { ...ref('grain-1', 'Grain prices climb as ships wait', '2024-03-10'), score: 0.4 },
    { ...ref('strike-1', 'Dockers walk out at the harbour', '2024-03-01'), score: 0.5 },
    { ...ref('ferry-1', 'Ferries cancelled in the strike', '2024-03-09'), score: 0.2 },
  ],
  duplicates: [],
};

describe('RelatedPanel', () => {
  it('shows each related headline once, with its relations as labels', () => {
    render(<RelatedPanel related={related} label="More From Ports" onOpen={() => {}} />);
    const aside = screen.getByRole('complementary', { name: 'Related stories' });
    const titles = within(aside)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.filter((title) => title === 'Grain prices climb as ships wait')).toHaveLength(1);

    const list = within(aside).getByRole('region', { name: 'More related stories' });
    const grain = within(list).getByRole('link', { name: 'Grain prices climb as ships wait' })
      .parentElement as HTMLElement;
    expect(grain).toHaveTextContent('10 Mar 2024'); // the facts come from the other lists
    expect([...grain.querySelectorAll('.relation')].map((label) => label.textContent)).toEqual([
      'linked',
      'cites this',
      'similar',
    ]);
    expect(within(list).getByText(/A headline the archive lacks/)).toHaveTextContent(
      'not in archive',
    );

    const timeline = within(aside).getByRole('region', { name: 'Storyline' });
    const dockers = within(timeline).getByRole('link', { name: 'Dockers walk out at the harbour' })
      .parentElement as HTMLElement;
    expect([...dockers.querySelectorAll('.relation')].map((label) => label.textContent)).toEqual([
      'linked',
      'similar',
    ]);
    expect(
      within(list).queryByRole('link', { name: 'Dockers walk out at the harbour' }),
    ).toBeNull();
  });
});
