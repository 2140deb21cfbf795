import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ClippingsApi, EntityPage, EntityRequest } from '../../../contract/api';
import { StoryEntities } from '../../../renderer/src/components/StoryEntities';
import { providers } from '../providers';

const PAGES: Record<string, EntityPage> = {
  'person/James Baker': {
    kind: 'person',
    name: 'James Baker',
    stories: 3,
    months: [
      { month: '1990-01', count: 2 },
      { month: '1990-03', count: 1 },
    ],
    related: [
      { kind: 'place', name: 'Tokyo', stories: 2 },
      { kind: 'organisation', name: 'OPEC', stories: 1 },
    ],
    recent: [
      { id: 'b1', title: 'Baker presses Tokyo on rice', date: '1990-03-06', section: 'world' },
    ],
  },
  'place/Tokyo': {
    kind: 'place',
    name: 'Tokyo',
    stories: 5,
    months: [{ month: '1990-03', count: 5 }],
    related: [],
    recent: [],
  },
};

function entityApi() {
  const entity = vi.fn(async (request: EntityRequest) => {
    const page = PAGES[`${request.kind}/${request.name}`];
    return page
      ? { ok: true as const, value: page }
      : { ok: false as const, error: { code: 'E_NOT_FOUND' as const, message: 'No such name.' } };
  });
  return { api: { entity } as unknown as ClippingsApi, entity };
}

const ENTITIES = {
  people: [{ name: 'James Baker', count: 4 }],
  organisations: [{ name: 'European Community', count: 1 }],
  places: [
    { name: 'Tokyo', count: 2 },
    { name: 'United States', count: 2 },
  ],
};

describe('StoryEntities', () => {
  it('shows the story’s names as chips by kind; a chip opens the name’s page', async () => {
    const { api, entity } = entityApi();
    const onOpenStory = vi.fn();
    render(
      <StoryEntities storyId="s1" generation={1} entities={ENTITIES} onOpenStory={onOpenStory} />,
      {
        wrapper: providers(api),
      },
    );
    expect(screen.getByRole('group', { name: 'Places' })).toHaveTextContent('TokyoUnited States');
    await userEvent.click(screen.getByRole('button', { name: 'James Baker' }));
    expect(entity).toHaveBeenCalledWith({ kind: 'person', name: 'James Baker' });
    expect(await screen.findByRole('heading', { name: 'James Baker' })).toBeInTheDocument();
    expect(screen.getByText('Named in 3 stories')).toBeInTheDocument();
    // Three months, the empty February included.
    expect(screen.getByRole('list', { name: 'Stories by month' }).children).toHaveLength(3);
    await userEvent.click(screen.getByRole('link', { name: 'Baker presses Tokyo on rice' }));
    expect(onOpenStory).toHaveBeenCalledWith('b1');
  });

  it('leads from a page to the page of a name named with it', async () => {
    const { api } = entityApi();
    render(
      <StoryEntities storyId="s1" generation={1} entities={ENTITIES} onOpenStory={() => {}} />,
      {
        wrapper: providers(api),
      },
    );
    await userEvent.click(screen.getByRole('button', { name: 'James Baker' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Tokyo 2' }));
    expect(await screen.findByRole('heading', { name: 'Tokyo' })).toBeInTheDocument();
    expect(screen.getByText('Named in 5 stories')).toBeInTheDocument();
  });

  it('says so when a page cannot be fetched, and closes', async () => {
    const { api } = entityApi();
    render(
      <StoryEntities storyId="s1" generation={1} entities={ENTITIES} onOpenStory={() => {}} />,
      {
        wrapper: providers(api),
      },
    );
    await userEvent.click(screen.getByRole('button', { name: 'European Community' }));
    expect(await screen.findByText('No such name.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 2 })).toBeNull());
  });

  it('shows nothing for a story that names no one', () => {
    const { api } = entityApi();
    const { container } = render(
      <StoryEntities
        storyId="s2"
        generation={1}
        entities={{ people: [], organisations: [], places: [] }}
        onOpenStory={() => {}}
      />,
      { wrapper: providers(api) },
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('refreshes an open name’s page after a reindex (a new archive generation)', async () => {
    const { api, entity } = entityApi();
    const props = { storyId: 's1', entities: ENTITIES, onOpenStory: () => {} };
    const { rerender } = render(<StoryEntities {...props} generation={1} />, {
      wrapper: providers(api),
    });
    await userEvent.click(screen.getByRole('button', { name: 'James Baker' }));
    expect(await screen.findByText('Named in 3 stories')).toBeInTheDocument();
    // The reindex found two more stories naming him.
    entity.mockImplementation(async () => ({
      ok: true as const,
      value: { ...(PAGES['person/James Baker'] as EntityPage), stories: 5 },
    }));
    rerender(<StoryEntities {...props} generation={2} />);
    expect(await screen.findByText('Named in 5 stories')).toBeInTheDocument();
    expect(entity).toHaveBeenCalledTimes(2);
  });
});
