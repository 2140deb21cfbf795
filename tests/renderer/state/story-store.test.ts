import { describe, expect, it } from 'vitest';
import { currentValue, StoryStore } from '../../../renderer/src/state/story-store';
import { settle, storylineArchive } from '../fake-api';

describe('StoryStore', () => {
  it('fetches the story with highlights for the query, and its related stories', async () => {
    const api = storylineArchive();
    const store = new StoryStore(api);
    store.show('bridge-1', 'bridge', 1);
    await settle();
    const { story, related } = store.getSnapshot();
    expect(currentValue(story)?.highlights?.title).toEqual([[31, 37]]);
    expect(currentValue(related)?.linked[0]).toMatchObject({ id: 'bridge-2' });
    expect(api.callsOf('story')).toEqual([{ id: 'bridge-1', query: 'bridge' }]);
  });

  it('applies only the answer for the story asked last', async () => {
    const api = storylineArchive();
    api.hold('story');
    const store = new StoryStore(api);
    store.show('bridge-1', '', 1);
    store.show('bridge-2', '', 1);
    api.held[1]!.answer();
    api.held[0]!.answer();
    await settle();
    expect(currentValue(store.getSnapshot().story)?.story.id).toBe('bridge-2');
  });

  it('keeps showing the story while new highlights load, not while another story loads', async () => {
    const api = storylineArchive();
    const store = new StoryStore(api);
    store.show('bridge-1', 'bridge', 1);
    await settle();
    api.hold('story');
    store.show('bridge-1', 'river', 1);
    expect(currentValue(store.getSnapshot().story)?.story.id).toBe('bridge-1');
    store.show('bridge-2', 'river', 1);
    expect(currentValue(store.getSnapshot().story)).toBeNull();
  });

  it('shows a story seen before at once', async () => {
    const api = storylineArchive();
    const store = new StoryStore(api);
    store.show('bridge-1', '', 1);
    await settle();
    store.show('bridge-2', '', 1);
    await settle();
    store.show('bridge-1', '', 1);
    expect(store.getSnapshot().story.phase).toBe('ready');
    expect(api.callsOf('story')).toHaveLength(2);
  });

  it('reports a missing story, and retries what failed', async () => {
    const api = storylineArchive();
    const store = new StoryStore(api);
    store.show('gone', '', 1);
    await settle();
    expect(store.getSnapshot().story).toMatchObject({
      phase: 'error',
      error: { code: 'E_NOT_FOUND' },
    });
    api.stories.push({ ...api.stories[0]!, id: 'gone' });
    store.retry();
    await settle();
    expect(store.getSnapshot().story.phase).toBe('ready');
  });
});
