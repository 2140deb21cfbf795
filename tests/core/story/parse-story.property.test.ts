/**
 * Property tests: whatever the bytes, reading a story never throws and always answers the
 * Story shape the CLI prints — for arbitrary bytes, arbitrary text, and real story files
 * mutated the ways files get damaged (lines dropped, duplicated, re-encoded, truncated).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../contract/api';
import { normaliseTitle } from '../../../main/core/story/normalise-title';
import { parseStory } from '../../../main/core/story/parse-story';
import { storyFromBytes } from '../../../main/core/story/read-story-file';
import { STORY_KEYS, fixtureBytes, storyText } from './story-fixtures';

/** The shape of a Story, and the promises every field keeps (one line, trimmed, non-empty). */
function expectStoryShape(story: Story, file: string): void {
  expect(Object.keys(story)).toEqual(STORY_KEYS);
  expect(story.file).toBe(file);
  expect(typeof story.id).toBe('string');
  if (story.date !== null) {
    expect(story.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${story.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(story.date);
  }
  expect(story.section).toMatch(/\S/);
  expect(story.section).toBe(story.section.toLowerCase());
  for (const value of [story.byline, story.dateline]) {
    if (value !== null) expect(isLine(value) && value !== '').toBe(true);
  }
  expect(isLine(story.title)).toBe(true);
  for (const list of [story.captions, story.paragraphs, story.related.headlines]) {
    expect(Array.isArray(list)).toBe(true);
    for (const item of list) expect(isLine(item) && item !== '').toBe(true);
  }
  expect(Object.keys(story.related)).toEqual(['label', 'headlines']);
  if (story.related.label !== null) expect(story.related.label).toMatch(/^more from\s/i);
  for (const warning of story.warnings) expect(warning).toMatch(/^[A-Z].*\.$/s);
}

/** One trimmed line: what the reader can show as it is. */
function isLine(value: string): boolean {
  return typeof value === 'string' && !value.includes('\n') && value === value.trim();
}

const STORY_FILES = [
  'canonical.txt',
  'several-caption-pairs.txt',
  'related-varied-headlines.txt',
  'windows-1252.txt',
  'plain-text.txt',
  'no-dates.txt',
];

type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number }
  | { kind: 'blank'; at: number }
  | { kind: 'truncate'; fraction: number };

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('blank' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('truncate' as const),
    fraction: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
);

const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'latin1', 'crlf', 'cr'] as const;
type Encoding = (typeof ENCODINGS)[number];

function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  for (const mutation of mutations) {
    if (lines.length === 0) break;
    if (mutation.kind === 'truncate') {
      const joined = lines.join('\n');
      lines = joined.slice(0, Math.floor(joined.length * mutation.fraction)).split('\n');
      continue;
    }
    const at = mutation.at % lines.length;
    if (mutation.kind === 'drop') lines.splice(at, 1);
    else if (mutation.kind === 'duplicate') lines.splice(at, 0, lines[at]!);
    else if (mutation.kind === 'blank') lines.splice(at, 0, '');
    else if (at + 1 < lines.length) [lines[at], lines[at + 1]] = [lines[at + 1]!, lines[at]!];
  }
  return lines.join('\n');
}

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'latin1':
      return Buffer.from(text, 'latin1');
    case 'crlf':
      return Buffer.from(text.replaceAll('\n', '\r\n'), 'utf8');
    case 'cr':
      return Buffer.from(text.replaceAll('\n', '\r'), 'utf8');
  }
}

describe('parseStory (properties)', () => {
  it('never throws and keeps the shape for arbitrary bytes, decoded', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        const story = parseStory(storyText(bytes), 'x/arbitrary.txt', {});
        expectStoryShape(story, 'x/arbitrary.txt');
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and keeps the shape for arbitrary text, line-structured or not', () => {
    const lineish = fc
      .array(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 60 }),
          fc.constantFrom(
            '',
            'By',
            'More From World:',
            ' date 2022-11-08 ',
            'Tuesday Nov 08, 2022',
            'SEOUL: x',
          ),
        ),
        { maxLength: 40 },
      )
      .map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 2000 }), lineish), (text) => {
        expectStoryShape(parseStory(text, 'text.txt'), 'text.txt');
      }),
      { numRuns: 400 },
    );
  });
});

describe('storyFromBytes (properties)', () => {
  it('never throws for arbitrary bytes: a story of the right shape, or a reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        const read = storyFromBytes(bytes, 'arbitrary.txt');
        if (read.ok) expectStoryShape(read.story, 'arbitrary.txt');
        else expect(read.skipped.reason).toMatch(/^[A-Z].*\.$/);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws for story files with lines dropped, duplicated, swapped, re-encoded, truncated', () => {
    const originals = STORY_FILES.map((name) => storyText(fixtureBytes(name)));
    fc.assert(
      fc.property(
        fc.nat({ max: originals.length - 1 }),
        fc.array(mutationArbitrary, { maxLength: 6 }),
        fc.constantFrom(...ENCODINGS),
        fc.option(fc.nat(), { nil: undefined }),
        (which, mutations, encoding, cutByte) => {
          let bytes = encode(mutate(originals[which]!, mutations), encoding);
          if (cutByte !== undefined) bytes = bytes.subarray(0, cutByte % (bytes.length + 1));
          const read = storyFromBytes(bytes, 'mutated.txt', {});
          if (read.ok) {
            expectStoryShape(read.story, 'mutated.txt');
            expect(JSON.stringify(read.story)).not.toContain('\ufffd');
          } else expect(read.skipped.reason).toMatch(/^[A-Z].*\.$/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a story the same in every lossless encoding and line ending', () => {
    const originals = STORY_FILES.filter((name) => name !== 'windows-1252.txt').map((name) =>
      storyText(fixtureBytes(name)),
    );
    fc.assert(
      fc.property(
        fc.nat({ max: originals.length - 1 }),
        fc.constantFrom<Encoding>('utf-8-bom', 'utf-16le', 'utf-16be', 'crlf', 'cr'),
        (which, encoding) => {
          const text = originals[which]!;
          const plain = storyFromBytes(Buffer.from(text), 'same.txt', {});
          const encoded = storyFromBytes(encode(text, encoding), 'same.txt', {});
          expect(encoded.ok && encoded.story).toEqual(plain.ok && plain.story);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('normaliseTitle (properties)', () => {
  it('is idempotent and has no edge or double spaces, in any script', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (title) => {
        const key = normaliseTitle(title);
        expect(normaliseTitle(key)).toBe(key);
        expect(key).toBe(key.trim());
        expect(key).not.toMatch(/\s\s/);
      }),
      { numRuns: 500 },
    );
  });

  it('gives a headline the same key in any case, with any quotes, dashes and spacing', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
    const separator = fc.constantFrom(' ', '  ', '-', ' – ', '—', '\t');
    const quote = fc.constantFrom('', "'", '’', '"', '“', '”');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(quote, word, separator), { minLength: 1, maxLength: 8 }),
        (parts) => {
          const plain = parts.map(([, text]) => text.toLowerCase()).join(' ');
          const dressed = parts
            .map(([mark, text, gap]) => `${mark}${text.toUpperCase()}${mark}${gap}`)
            .join('');
          expect(normaliseTitle(dressed)).toBe(plain);
        },
      ),
      { numRuns: 300 },
    );
  });
});
