import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EntityFacets } from '../../../renderer/src/components/EntityFacets';
import { withEntityFilter } from '../../../renderer/src/model/entity-query';

describe('EntityFacets', () => {
  it('groups the results’ top names by kind with their counts, and a click chooses one', async () => {
    const onChoose = vi.fn();
    render(
      <EntityFacets
        entities={[
          { kind: 'place', name: 'Japan', stories: 12 },
          { kind: 'person', name: 'James Baker', stories: 7 },
          { kind: 'organisation', name: 'OPEC', stories: 3 },
        ]}
        onChoose={onChoose}
      />,
    );
    expect(screen.getByRole('group', { name: 'People' })).toHaveTextContent('James Baker 7');
    expect(screen.getByRole('group', { name: 'Places' })).toHaveTextContent('Japan 12');
    await userEvent.click(screen.getByRole('button', { name: 'OPEC 3' }));
    expect(onChoose).toHaveBeenCalledWith('organisation', 'OPEC');
  });

  it('shows nothing when the results name no one', () => {
    const { container } = render(<EntityFacets entities={[]} onChoose={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('withEntityFilter', () => {
  it('adds the name’s filter to the search once', () => {
    expect(withEntityFilter('oil prices', 'person', 'James Baker')).toBe(
      'oil prices person:"James Baker"',
    );
    expect(withEntityFilter('', 'organisation', 'OPEC')).toBe('org:"OPEC"');
    expect(withEntityFilter('place:"Japan"', 'place', 'Japan')).toBe('place:"Japan"');
  });
});
