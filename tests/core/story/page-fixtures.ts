/**
 * The saved-page and clipping fixtures (tests/fixtures/pages, tests/fixtures/clippings, written
 * for the project) read as the scanner reads them: bytes through storyFromBytes, so the
 * format is chosen from the name and the first bytes as in a real scan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '../../../contract/api';
import { storyFromBytes } from '../../../main/core/story/read-story-file';

export const PAGE_FIXTURES = join(__dirname, '../../fixtures/pages');
export const CLIPPING_FIXTURES = join(__dirname, '../../fixtures/clippings');
export const MIXED_ARCHIVE = join(__dirname, '../../fixtures/mixed-archive');

/** Reads `name` under `folder` as a story, or returns the skip reason. */
export function readFixture(folder: string, name: string): Story | { skipped: string } {
  const read = storyFromBytes(readFileSync(join(folder, name)), name, {});
  return read.ok ? read.story : { skipped: read.skipped.reason };
}

/** Reads `name` under `folder`; fails the test when it was skipped. */
export function fixtureStoryIn(folder: string, name: string): Story {
  const read = readFixture(folder, name);
  if ('skipped' in read) throw new Error(`${name} was skipped: ${read.skipped}`);
  return read;
}
