import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStory } from '../../../renderer/src/queries/use-story';
import { storylineArchive, type FakeApi } from '../fake-api';
import { providers } from '../providers';

interface Asked {
  id: string | null;
  query: string;
  generation: number;
}

function renderStory(api: FakeApi, asked: Asked) {
  return renderHook(({ id, query, generation }: Asked) => useStory(id, query, generation), {
    wrapper: providers(api),
    initialProps: asked,
  });
}

describe('useStory', () => {
  it('fetches the story with highlights for the query, and its related stories', async () => {
    const api = storylineArchive();
    const { result } = renderStory(api, { id: 'bridge-1', query: 'bridge', generation: 1 });
    await waitFor(() => expect(result.current.related.value).not.toBeNull());
    await waitFor(() => expect(result.current.story.value).not.toBeNull());
    expect(result.current.story.value?.highlights?.title).toEqual([[31, 37]]);
    expect(result.current.related.value?.linked[0]).toMatchObject({ id: 'bridge-2' });
    expect(api.callsOf('story')).toEqual([{ id: 'bridge-1', query: 'bridge' }]);
  });

  it('applies only the answer for the story asked last', async () => {
    const api = storylineArchive();
    api.hold('story');
    const { result, rerender } = renderStory(api, { id: 'bridge-1', query: '', generation: 1 });
    rerender({ id: 'bridge-2', query: '', generation: 1 });
    await waitFor(() => expect(api.held).toHaveLength(2));
    act(() => api.held[1]!.answer());
    await waitFor(() => expect(result.current.story.value?.story.id).toBe('bridge-2'));
    act(() => api.held[0]!.answer());
    await waitFor(() => expect(result.current.related.loading).toBe(false));
    expect(result.current.story.value?.story.id).toBe('bridge-2');
  });

  it('keeps showing the story while new highlights load, not while another story loads', async () => {
    const api = storylineArchive();
    const { result, rerender } = renderStory(api, {
      id: 'bridge-1',
      query: 'bridge',
      generation: 1,
    });
    await waitFor(() => expect(result.current.story.value).not.toBeNull());
    api.hold('story');
    rerender({ id: 'bridge-1', query: 'river', generation: 1 });
    expect(result.current.story).toMatchObject({
      loading: true,
      value: { story: { id: 'bridge-1' } },
    });
    rerender({ id: 'bridge-2', query: 'river', generation: 1 });
    expect(result.current.story).toMatchObject({ loading: true, value: null });
  });

  it('shows a story seen before at once', async () => {
    const api = storylineArchive();
    const { result, rerender } = renderStory(api, { id: 'bridge-1', query: '', generation: 1 });
    await waitFor(() => expect(result.current.story.value).not.toBeNull());
    rerender({ id: 'bridge-2', query: '', generation: 1 });
    await waitFor(() => expect(result.current.story.value?.story.id).toBe('bridge-2'));
    rerender({ id: 'bridge-1', query: '', generation: 1 });
    expect(result.current.story).toMatchObject({
      loading: false,
      value: { story: { id: 'bridge-1' } },
    });
    expect(api.callsOf('story')).toHaveLength(2);
  });

  it('asks again at a new archive generation, showing the story meanwhile', async () => {
    const api = storylineArchive();
    const { result, rerender } = renderStory(api, { id: 'bridge-1', query: '', generation: 1 });
    await waitFor(() => expect(result.current.story.value).not.toBeNull());
    api.stories = api.stories.map((story) =>
      story.id === 'bridge-1' ? { ...story, title: 'Council approves the bridge, again' } : story,
    );
    rerender({ id: 'bridge-1', query: '', generation: 2 });
    expect(result.current.story.value?.story.title).toBe('Council approves the new river bridge');
    await waitFor(() =>
      expect(result.current.story.value?.story.title).toBe('Council approves the bridge, again'),
    );
    expect(api.callsOf('story')).toHaveLength(2);
    expect(api.callsOf('related')).toHaveLength(2);
  });

  it('reports a missing story, and retries what failed', async () => {
    const api = storylineArchive();
    const { result } = renderStory(api, { id: 'gone', query: '', generation: 1 });
    await waitFor(() => expect(result.current.story.error).toMatchObject({ code: 'E_NOT_FOUND' }));
    expect(result.current.story.value).toBeNull();
    api.stories.push({ ...api.stories[0]!, id: 'gone' });
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.story.value?.story.id).toBe('gone'));
    expect(result.current.story.error).toBeNull();
    await waitFor(() => expect(result.current.related.value).not.toBeNull());
  });
});
