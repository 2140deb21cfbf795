/**
 * The generator's file names, shared by the feature and wire plans: saved stories in order
 * (file number, then a random hex stem), each second save a few files after its first, as a
 * re-run of the scraper would place it; and the loose title key both plans keep titles apart by.
 */
import type { SeededRandom } from './seeded-random';
import { storyDate } from './story-dates';

/** A file's name, and which story it saves (a plan adds the file's related block and damage). */
export interface NamedFile {
  /** Relative to the archive root, `/` separators. */
  file: string;
  /** The file stem. */
  id: string;
  story: number;
  /** For a second save of a story: the file of the first save. */
  duplicateOf: string | null;
}

interface SavedStory {
  index: number;
  day: number;
}

/**
 * Files for `saved` (in archive order) and second saves of `duplicated` (some of them).
 * Draws from `random` in a fixed order, so a seed keeps writing the same archive.
 */
export function nameSavedFiles(
  random: SeededRandom,
  saved: readonly { story: SavedStory }[],
  duplicated: readonly { story: SavedStory }[],
  byYear: boolean | undefined,
): NamedFile[] {
  const positionOf = new Map(saved.map(({ story }, position) => [story.index, position]));
  const entries = [
    ...saved.map(({ story }, position) => ({ story, position, duplicate: false })),
    ...duplicated.map(({ story }) => ({
      story,
      position: (positionOf.get(story.index) ?? 0) + random.range(1, 5) + 0.5,
      duplicate: true,
    })),
  ].sort((a, b) => a.position - b.position);
  const digits = Math.max(3, String(Math.max(0, entries.length - 1)).length);
  const hexes = new Set<string>();
  const firstFile = new Map<number, string>();
  return entries.map((entry, number) => {
    let hex = random.hex16();
    while (hexes.has(hex)) hex = random.hex16();
    hexes.add(hex);
    const id = `${String(number).padStart(digits, '0')}_${hex}`;
    const file = byYear ? `${storyDate(entry.story.day).year}/${id}.txt` : `${id}.txt`;
    const first = firstFile.get(entry.story.index);
    if (!first) firstFile.set(entry.story.index, file);
    return {
      file,
      id,
      story: entry.story.index,
      duplicateOf: entry.duplicate ? (first ?? null) : null,
    };
  });
}

/** A loose key for keeping generated titles apart (not the app's title normaliser). */
export function titleKey(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
