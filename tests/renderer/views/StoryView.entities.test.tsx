import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changes, useStoryLibrary } from '../../../renderer/src/queries/use-library';
import { useStory } from '../../../renderer/src/queries/use-story';
import { StoryView } from '../../../renderer/src/views/StoryView';
import { FakeApi, makeStory } from '../fake-api';
import { providers } from '../providers';

function Reader({ id }: { id: string }) {
  const answer = useStory(id, '', 1);
  const library = useStoryLibrary(id);
  return (
    <StoryView
      answer={answer}
      archivePath="/home/reader/Archive"
      textSize={3}
      onTextSize={() => {}}
      onOpen={() => {}}
      onRetry={answer.retry}
      onBackToList={() => {}}
      focusToken={1}
      library={library}
      noteToken={0}
      onToggleStar={() => void library.change(changes.star(!library.state?.starred))}
      onToggleRead={() => void library.change(changes.read(!library.state?.read))}
      onExport={() => {}}
    />
  );
}

describe('StoryView: names in the story', () => {
  it('shows the people, organisations and places the story names as chips', async () => {
    const api = new FakeApi([
      makeStory({
        id: 'baker',
        title: 'Baker presses Tokyo on rice imports',
        paragraphs: ['Secretary of State James Baker pressed Japan on Tuesday.'],
        entities: {
          people: [{ name: 'James Baker', count: 2 }],
          organisations: [],
          places: [{ name: 'Japan', count: 1 }],
        },
      }),
    ]);
    render(<Reader id="baker" />, { wrapper: providers(api) });
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Named in this story' })).toBeInTheDocument(),
    );
    expect(screen.getByRole('group', { name: 'People' })).toHaveTextContent('James Baker');
    expect(screen.getByRole('button', { name: 'Japan' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('group', { name: 'Organisations' })).toBeNull();
  });
});
