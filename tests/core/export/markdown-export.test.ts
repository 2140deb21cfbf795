/**
 * The Markdown export, in the exact shape the Markdown reader reads back: YAML front matter
 * (free text double-quoted, empty keys left out), the `# Title` heading, then each paragraph
 * exactly, with line-start Markdown escaped.
 */
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ExportItem } from '../../../main/core/export/export-item';
import { storiesAsMarkdown, storyAsMarkdown } from '../../../main/core/export/markdown-export';

const FULL: ExportItem = {
  story: {
    id: '000_1a2b3c4d5e6f7081',
    file: 'world/000_1a2b3c4d5e6f7081.txt',
    date: '2022-11-08',
    section: 'world',
    byline: 'Desk Reporter',
    title: 'Harbour pilots end strike after three weeks',
    dateline: 'SEOUL',
    captions: ['Pilots wait at the harbour gate on Tuesday.'],
    paragraphs: ['First paragraph of the body (without its dateline prefix).', 'Second paragraph.'],
    related: { label: 'More From World:', headlines: ['Port strike talks resume'] },
    warnings: [],
    format: 'text',
    source: 'https://example.com/news/harbour-pilots',
  },
  source: 'https://example.com/news/harbour-pilots',
  state: {
    starred: true,
    read: true,
    tags: ['ports', 'strikes'],
    notes: [{ created: '2026-11-27T10:15:00Z', text: 'Compare with the 2019 strike.' }],
    highlights: [
      { quote: 'three weeks', prefix: 'strike after ', suffix: ' of talks', note: 'long' },
    ],
  },
};

const EXPECTED = `---
title: "Harbour pilots end strike after three weeks"
date: 2022-11-08
section: world
byline: Desk Reporter
dateline: SEOUL
source: https://example.com/news/harbour-pilots
id: 000_1a2b3c4d5e6f7081
file: world/000_1a2b3c4d5e6f7081.txt
captions:
  - "Pilots wait at the harbour gate on Tuesday."
related:
  label: "More From World:"
  headlines:
    - "Port strike talks resume"
tags: [ports, strikes]
starred: true
read: true
notes:
  - created: 2026-11-27T10:15:00Z
    text: "Compare with the 2019 strike."
highlights:
  - quote: "three weeks"
    prefix: "strike after "
    suffix: " of talks"
    note: "long"
---

# Harbour pilots end strike after three weeks

First paragraph of the body (without its dateline prefix).

Second paragraph.
`;

describe('storyAsMarkdown', () => {
  it('writes the agreed format exactly', () => {
    expect(storyAsMarkdown(FULL)).toBe(EXPECTED);
  });

  it('leaves out what is empty or absent (no byline, source, captions, state)', () => {
    const bare: ExportItem = {
      story: {
        ...FULL.story,
        byline: null,
        dateline: null,
        captions: [],
        related: { label: null, headlines: [] },
      },
      state: { starred: false, read: false, tags: [], notes: [], highlights: [] },
    };
    const front = storyAsMarkdown(bare).split('---\n')[1]!;
    expect(front).toBe(
      'title: "Harbour pilots end strike after three weeks"\ndate: 2022-11-08\nsection: world\nid: 000_1a2b3c4d5e6f7081\nfile: world/000_1a2b3c4d5e6f7081.txt\n',
    );
  });

  it('reads back as the same values, whatever the title and notes hold', () => {
    const tricky: ExportItem = {
      ...FULL,
      story: {
        ...FULL.story,
        title: 'Q&A: "Yes" — or no? #1 of 2',
        byline: 'O’Brien: Desk',
        section: '2022',
      },
      state: {
        ...FULL.state,
        notes: [{ created: '2026-11-27T10:15:00Z', text: 'two\nlines: and "quotes"' }],
      },
    };
    const front = parseYaml(storyAsMarkdown(tricky).split('---\n')[1]!) as Record<string, unknown>;
    expect(front['title']).toBe('Q&A: "Yes" — or no? #1 of 2');
    expect(front['byline']).toBe('O’Brien: Desk');
    expect(front['section']).toBe('2022');
    expect(front['notes']).toEqual([
      { created: '2026-11-27T10:15:00Z', text: 'two\nlines: and "quotes"' },
    ]);
  });

  it('puts several stories one after the other, each with its front matter', () => {
    const two = storiesAsMarkdown([FULL, FULL]);
    expect(two).toBe(`${EXPECTED}\n${EXPECTED}`);
  });
});
