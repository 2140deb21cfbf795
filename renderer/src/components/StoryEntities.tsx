/**
 * The reader's names: the story's entity chips, and below them the page of the name chosen
 * (EntityPageView), which can lead on to other names' pages and to stories. Choosing the open
 * name again closes its page.
 */
import { useState } from 'react';
import type { EntityKind, StoryEntities as Entities } from '../../../contract/api';
import { EntityPageView } from '../views/EntityPageView';
import { EntityChips } from './EntityChips';

export interface StoryEntitiesProps {
  storyId: string;
  /** The archive generation (the open name's page follows it). */
  generation: number;
  entities: Entities | undefined;
  onOpenStory: (id: string) => void;
}

export function StoryEntities({ storyId, generation, entities, onOpenStory }: StoryEntitiesProps) {
  const [chosen, setChosen] = useState<{ storyId: string; kind: EntityKind; name: string } | null>(
    null,
  );
  // A page belongs to the story it was opened from: another story starts with none open.
  const open = chosen?.storyId === storyId ? { kind: chosen.kind, name: chosen.name } : null;
  const setOpen = (entity: { kind: EntityKind; name: string } | null): void =>
    setChosen(entity && { storyId, ...entity });
  const choose = (kind: EntityKind, name: string): void =>
    setOpen(open?.kind === kind && open.name === name ? null : { kind, name });
  return (
    <>
      <EntityChips entities={entities} open={open} onChoose={choose} />
      {open && (
        <EntityPageView
          entity={open}
          generation={generation}
          onOpenStory={onOpenStory}
          onChooseEntity={(kind, name) => setOpen({ kind, name })}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
