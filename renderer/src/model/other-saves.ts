import type { StoryRef } from '../../../contract/api';

/** The story's other saves, from the story and its related answer, once each, not itself. */
export function otherSaves(
  shownId: string | null,
  ...lists: (readonly StoryRef[] | undefined)[]
): StoryRef[] {
  const duplicates: StoryRef[] = [];
  for (const ref of lists.flatMap((list) => list ?? [])) {
    if (ref.id !== shownId && !duplicates.some((known) => known.id === ref.id)) {
      duplicates.push(ref);
    }
  }
  return duplicates;
}
