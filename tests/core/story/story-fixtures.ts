/**
 * Where the story fixtures live and how tests read them: tests/fixtures/stories holds one small
 * file per variation of shared/design/story-format.md (written for the project; see its
 * names), read here as bytes so each test goes through decoding like a real scan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '../../../contract/api';
import { decodeStoryBytes } from '../../../main/core/story/decode-story-bytes';
import { normaliseStoryText } from '../../../main/core/story/normalise-story-text';
import { storyFromBytes } from '../../../main/core/story/read-story-file';

export const STORY_FIXTURES = join(__dirname, '../../fixtures/stories');
export const SAMPLE_ARCHIVE = join(__dirname, '../../../archive');

export function fixtureBytes(name: string): Buffer {
  return readFileSync(join(STORY_FIXTURES, name));
}

/** Reads a fixture as the scanner would (decode + parse); fails the test if it is skipped. */
export function fixtureStory(name: string): Story {
  const read = storyFromBytes(fixtureBytes(name), name);
  if (!read.ok) throw new Error(`${name} was skipped: ${read.skipped.reason}`);
  return read.story;
}

/** The canonical fixture's parts, which most variations keep. */
export const CANONICAL = {
  title: 'Lighthouse keepers return to remote Faroe station after 40 years',
  date: '2023-03-14',
  caption: "The keepers' cottage beside the lighthouse on Mykines, March 13, 2023. Harbour Wire",
  firstParagraph:
    'Two keepers moved into the lighthouse on the western tip of Mykines on Monday, the first people to live at the station since it was automated in 1983.',
  lastParagraph: 'The harbour authority said the posts would be reviewed after two years.',
  headlines: [
    'Fishing fleet returns early as Atlantic storm closes in',
    'Norway opens its longest road tunnel beneath the sea',
    "Iceland's puffin count rises for a second year",
    'Ferry timetables change as winter schedule begins',
  ],
};

/** The Story's fields, in the contract's order (the CLI prints them in this order). */
export const STORY_KEYS = [
  'id',
  'file',
  'format',
  'source',
  'date',
  'section',
  'byline',
  'title',
  'dateline',
  'captions',
  'paragraphs',
  'related',
  'warnings',
];

/** The Story's keys without those present only when the text has them (subheadings, struck). */
export function storyKeys(story: object): string[] {
  return Object.keys(story).filter((key) => key !== 'subheadings' && key !== 'struck');
}

/** A story file's bytes as the parser sees them: decoded, then normalised. */
export function storyText(bytes: Uint8Array): string {
  return normaliseStoryText(decodeStoryBytes(bytes).text);
}
