/**
 * The reader for a Markdown clipping (a web clipper's or a note app's `.md`) and for a story
 * Clippings exported as Markdown, which it reads back with the same title, date, section,
 * byline, dateline, captions, related block and paragraphs (the export format: docs/formats.md,
 * "The Markdown export format, read back"; markdown-escape.ts writes paragraphs that read back exactly).
 *
 * - Front matter (front-matter.ts) gives the fields it has. A first `#` heading equal to its
 *   title is the title repeated, and is dropped.
 * - Without a front-matter title, the first `#` heading is the title; without one either, the
 *   first block is, with a warning (as for a plain text file).
 * - Other headings stay, as paragraphs of their own marked as subheadings (a `#` after the
 *   title reads as a level-2 subheading: the story's title is its only level 1).
 * - The dateline: the front matter's `dateline` when it has one (an export states it, and its
 *   body is already without it); else the one that opens the first paragraph (dateline.ts,
 *   the same rule that read the exported story, so an export without one reads back without).
 */
import { decodeStoryBytes } from './decode-story-bytes';
import type { FrontMatter } from './front-matter';
import { readFrontMatter, splitFrontMatter } from './front-matter';
import { looksBinary } from './looks-binary';
import { readMarkdownBlocks } from './markdown-blocks';
import { normaliseStoryText } from './normalise-story-text';
import { normaliseTitle } from './normalise-title';
import { cleanMarks, headingMark } from './paragraph-marks';
import { sectionFromPath } from './section-from-path';
import type { OneStoryReader } from './story-reader';
import { storyFromParts } from './story-parts';

export const readMarkdownClipping: OneStoryReader = (bytes, file, options) => {
  const decoded = decodeStoryBytes(bytes);
  const binary = looksBinary(decoded.text);
  if (binary) return { ok: false, reason: binary };
  const text = normaliseStoryText(decoded.text);
  if (text.trim() === '')
    return { ok: false, reason: 'The file holds only blank space, no story.' };

  const warnings = [...decoded.warnings];
  const split = splitFrontMatter(text);
  let front: FrontMatter | null = null;
  if (split) {
    const read = readFrontMatter(split.yaml);
    front = read.fields;
    warnings.push(...read.warnings);
    if (front.unreadDate !== null) {
      warnings.push(`The date "${front.unreadDate.slice(0, 40)}" could not be read.`);
    }
  }
  const read = readMarkdownBlocks(split ? split.body : text, options.budget);
  const blocks = read.blocks;
  if (read.warning) warnings.push(read.warning);

  let title = front?.title ?? null;
  const first = blocks[0];
  if (title !== null) {
    if (
      first &&
      first.heading === 1 &&
      normaliseTitle(cleanMarks(first.text)) === normaliseTitle(title)
    ) {
      blocks.shift();
    }
  } else {
    const headingAt = blocks.findIndex((block) => block.heading === 1);
    if (headingAt >= 0) {
      title = blocks.splice(headingAt, 1)[0]!.text;
    } else if (first) {
      title = blocks.shift()!.text;
      warnings.push('The clipping has no title; its first line is taken as the title.');
    }
  }

  const story = storyFromParts(
    {
      title,
      date: front?.date ?? null,
      section: front?.section ?? sectionFromPath(front?.source ?? null, file),
      byline: front?.byline ?? null,
      ...(front?.dateline !== undefined ? { dateline: front.dateline } : {}),
      captions: front?.captions ?? [],
      paragraphs: blocks.map((block) =>
        block.heading > 0 ? `${headingMark(Math.max(2, block.heading))}${block.text}` : block.text,
      ),
      marked: true,
      related: front?.related ?? { label: null, headlines: [] },
      source: front?.source ?? null,
      warnings,
    },
    'markdown',
    file,
    options,
    'clipping',
  );
  return { ok: true, story };
};
