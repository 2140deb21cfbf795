/** The reader pane: the open story (StoryView), or a placeholder when none is open. */
import type { useAppNavigation } from '../hooks/use-app-navigation';
import type { useLibraryCommands } from '../hooks/use-library-commands';
import type { PaneFocus } from '../hooks/use-pane-focus';
import type { useStoryActions } from '../hooks/use-story-actions';
import type { StoryLibrary } from '../queries/use-library';
import type { StoryAnswer } from '../queries/use-story';
import type { ReaderSettings, ReaderSettingsStore } from '../state/reader-settings';
import { ReaderPlaceholder } from './ReaderPlaceholder';
import { StoryView } from './StoryView';

export interface ReaderPaneProps {
  storyId: string | null;
  story: StoryAnswer;
  archivePath: string | null;
  settings: ReaderSettings;
  settingsStore: ReaderSettingsStore;
  storyLibrary: StoryLibrary;
  focus: PaneFocus;
  moves: ReturnType<typeof useAppNavigation>;
  actions: ReturnType<typeof useStoryActions>;
  commands: ReturnType<typeof useLibraryCommands>;
  onShowShortcuts: () => void;
}

export function ReaderPane({
  storyId,
  story,
  archivePath,
  settings,
  settingsStore,
  storyLibrary,
  focus,
  moves,
  actions,
  commands,
  onShowShortcuts,
}: ReaderPaneProps) {
  return (
    <main className="reader-pane" aria-label="Reader">
      {storyId ? (
        <StoryView
          answer={story}
          archivePath={archivePath}
          textSize={settings.textSize}
          onTextSize={(direction) => settingsStore.stepTextSize(direction)}
          onOpen={(id) => moves.openStory(id)}
          onRetry={() => {
            story.retry();
            focus.focusReader();
          }}
          onBackToList={moves.backToList}
          focusToken={focus.readerToken}
          library={storyLibrary}
          noteToken={actions.noteToken}
          onToggleStar={() => actions.toggleStar(storyLibrary.state ?? undefined)}
          onToggleRead={() => actions.toggleRead(storyLibrary.state ?? undefined)}
          onExport={(format) => {
            if (storyId) void commands.exportStory(storyId, format);
          }}
        />
      ) : (
        <ReaderPlaceholder onShowShortcuts={onShowShortcuts} />
      )}
    </main>
  );
}
