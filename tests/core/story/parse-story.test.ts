import { describe, expect, it } from 'vitest';
import { parseStory } from '../../../main/core/story/parse-story';
import { stemOf } from '../../../main/core/story/story-files';
import { CANONICAL, STORY_KEYS, fixtureStory } from './story-fixtures';

describe('parseStory', () => {
  it('reads every part of a story file in the standard layout', () => {
    const story = fixtureStory('canonical.txt');
    expect(story).toEqual({
      id: 'canonical',
      file: 'canonical.txt',
      format: 'text',
      source: null,
      date: CANONICAL.date,
      section: 'world',
      byline: 'Harbour Wire',
      title: CANONICAL.title,
      dateline: 'TORSHAVN',
      captions: [CANONICAL.caption],
      paragraphs: [
        CANONICAL.firstParagraph,
        expect.stringMatching(/^The island's council/),
        expect.stringMatching(/^"A machine cannot/),
        expect.stringMatching(/^The keepers, a retired/),
        CANONICAL.lastParagraph,
      ],
      related: { label: 'More From World', headlines: CANONICAL.headlines },
      warnings: [],
    });
    expect(Object.keys(story)).toEqual(STORY_KEYS);
  });

  it.each([
    'crlf-line-endings.txt',
    'cr-line-endings.txt',
    'utf8-bom.txt',
    'utf16le-bom.txt',
    'utf16be-bom.txt',
  ])('reads %s exactly like the UTF-8 original, with no warning', (name) => {
    const { id: _id, file: _file, ...story } = fixtureStory(name);
    const { id: _i, file: _f, ...canonical } = fixtureStory('canonical.txt');
    expect(story).toEqual(canonical);
  });

  it('reads a Windows-1252 file with its curly quotes, accents and euro sign, and says so', () => {
    const story = fixtureStory('windows-1252.txt');
    expect(story.title).toBe('Paris café reopens with a “new” menu');
    expect(story.paragraphs[0]).toBe(
      'The café on the corner reopened on Monday with a “new” menu and prices from €4.',
    );
    expect(story.paragraphs[1]).toContain('Zoë Martín');
    expect(story.paragraphs[2]).toBe('Regulars queued from seven o’clock.');
    expect(JSON.stringify(story)).not.toMatch(/[\ufffd\u0080-\u009f]/);
    expect(story.warnings).toEqual(['The file is not valid UTF-8; it was read as Windows-1252.']);
  });

  it('takes the display date when the date header is missing, and says so', () => {
    const story = fixtureStory('no-date-header.txt');
    expect(story.date).toBe(CANONICAL.date);
    expect(story.section).toBe('world');
    expect(story.title).toBe(CANONICAL.title);
    expect(story.warnings).toEqual([
      'The file has no date header; the date was read from "Tuesday Mar 14, 2023".',
    ]);
  });

  it('takes the display date when the date header is not a real date, and quotes it', () => {
    const story = fixtureStory('malformed-date-header.txt');
    expect(story.date).toBe(CANONICAL.date);
    expect(story.warnings).toEqual([
      'The date header "date 2023-02-30" is not a valid date; the date was read from "Tuesday Mar 14, 2023".',
    ]);
  });

  it('has no date (null), with a warning, when the file has no date at all', () => {
    const story = fixtureStory('no-dates.txt');
    expect(story.date).toBeNull();
    expect(story.title).toBe(CANONICAL.title);
    expect(story.warnings).toEqual([
      'The file has no date header and no written date; the story has no date.',
    ]);
  });

  it('files a story without a section as unfiled', () => {
    const story = fixtureStory('no-section.txt');
    expect(story.section).toBe('unfiled');
    expect(story.date).toBe(CANONICAL.date);
    expect(story.title).toBe(CANONICAL.title);
    expect(story.warnings).toEqual([]);
  });

  it('reads a story without a byline', () => {
    const story = fixtureStory('no-byline.txt');
    expect(story.byline).toBeNull();
    expect(story.title).toBe(CANONICAL.title);
    expect(story.captions).toEqual([CANONICAL.caption]);
    expect(story.warnings).toEqual([]);
  });

  it('reads a story without captions: the first paragraph stays a paragraph', () => {
    const story = fixtureStory('no-captions.txt');
    expect(story.captions).toEqual([]);
    expect(story.paragraphs[0]).toBe(CANONICAL.firstParagraph);
    expect(story.dateline).toBe('TORSHAVN');
  });

  it('keeps the caption (second line) of each of several alt-text/caption pairs', () => {
    const story = fixtureStory('several-caption-pairs.txt');
    expect(story.captions).toEqual([
      CANONICAL.caption,
      'Mykines lighthouse at dusk, seen from the ferry, March 12, 2023. Harbour Wire',
      "The new keepers' logbook, opened for the first time since 1983. Harbour Wire",
    ]);
    expect(story.paragraphs[0]).toBe(CANONICAL.firstParagraph);
  });

  it('keeps a caption that appears once, before the dateline that opens the body', () => {
    const story = fixtureStory('single-caption.txt');
    expect(story.captions).toEqual([
      'Puffins nest on the cliffs below the tower on Mykines, March 13, 2023',
    ]);
    expect(story.paragraphs).toHaveLength(5);
  });

  it('keeps a caption that appears once with a photo credit, when no dateline follows', () => {
    const story = fixtureStory('single-caption-credit.txt');
    expect(story.captions).toEqual([
      'Puffins nest on the cliffs below the tower on Mykines, March 13, 2023. Photo: Harbour Wire',
    ]);
    expect(story.dateline).toBeNull();
    expect(story.paragraphs[0]).toBe(CANONICAL.firstParagraph);
  });

  it('never takes the first paragraph for a caption when there is no dateline', () => {
    const story = fixtureStory('no-dateline.txt');
    expect(story.dateline).toBeNull();
    expect(story.captions).toEqual([CANONICAL.caption]);
    expect(story.paragraphs[0]).toBe(CANONICAL.firstParagraph);
    expect(story.paragraphs).toHaveLength(5);
  });

  it('reads a dateline with a region after the place, in any script', () => {
    const story = fixtureStory('dateline-with-region.txt');
    expect(story.dateline).toBe('SÃO PAULO, Brazil');
    expect(story.paragraphs[0]).toMatch(/^Ferry operators from six countries/);
  });

  it('reads the wire datelines: place, date, agency and dash kept out of the first paragraph', () => {
    const dated = fixtureStory('wire-dateline-date.txt');
    expect(dated.dateline).toBe('SALVADOR');
    expect(dated.paragraphs[0]).toMatch(/^Showers continued over the Bahia cocoa zone/);
    const agency = fixtureStory('wire-dateline-agency.txt');
    expect(agency.dateline).toBe('WASHINGTON');
    expect(agency.paragraphs[0]).toMatch(/^The Treasury said on Wednesday/);
    const both = fixtureStory('wire-dateline-date-agency.txt');
    expect(both.dateline).toBe('NEW YORK');
    expect(both.paragraphs[0]).toMatch(/^Tin prices eased on Thursday/);
    for (const story of [dated, agency, both]) expect(story.warnings).toEqual([]);
  });

  it('decodes HTML character references in every part, and leaves a bare ampersand alone', () => {
    const story = fixtureStory('character-references.txt');
    expect(story.title).toBe('Café owners & growers meet in São Paulo');
    expect(story.byline).toBe('José Ramírez');
    expect(story.dateline).toBe('SÃO PAULO');
    expect(story.paragraphs).toEqual([
      'Coffee growers & café owners met on Tuesday to talk about prices – and the weather.',
      'AT&T was not involved; the meeting <ended> at noon.',
    ]);
    expect(story.related.headlines).toEqual(["Farmers' union calls for rain insurance"]);
  });

  it('reads a story without a related block: the last paragraph is the body', () => {
    const story = fixtureStory('no-related-block.txt');
    expect(story.related).toEqual({ label: null, headlines: [] });
    expect(story.paragraphs.at(-1)).toBe(CANONICAL.lastParagraph);
  });

  it('keeps the label of a related block and skips a second label line', () => {
    const story = fixtureStory('related-other-labels.txt');
    expect(story.related).toEqual({
      label: 'More From Pakistan',
      headlines: [
        'Karachi ferry service resumes after repairs',
        'Shipping costs ease as new berths open',
      ],
    });
    expect(story.paragraphs.at(-1)).toBe(CANONICAL.lastParagraph);
  });

  it('keeps a related headline that appears only once, in order', () => {
    const story = fixtureStory('related-headline-once.txt');
    expect(story.related.headlines).toEqual([
      CANONICAL.headlines[0],
      CANONICAL.headlines[1],
      CANONICAL.headlines[3],
    ]);
  });

  it('keeps headlines with quotes, colons, digits, dashes and non-Latin letters intact', () => {
    const story = fixtureStory('related-varied-headlines.txt');
    expect(story.related.headlines).toEqual([
      'Q&A: 5 things to know about the 2023 "Arctic Pact"',
      'Lahore’s “food street” reopens: what’s new',
      '東京の花見シーズンが始まる',
      'Κρήτη: νέο μουσείο ανοίγει',
      'Storm Ciarán – 3 killed, 100,000 without power',
    ]);
  });

  it('reads a plain text file: first line = title, blocks = paragraphs, and says it had no header', () => {
    const story = fixtureStory('plain-text.txt');
    expect(story.title).toBe('Notes from a winter on Mykines');
    expect(story.section).toBe('unfiled');
    expect(story.byline).toBeNull();
    expect(story.date).toBeNull();
    expect(story.paragraphs).toEqual([
      'The ferry runs twice a week in winter, when the sea allows it, and the island shop keeps a shelf of tinned food for the weeks when it does not.',
      'Most evenings the only light on the western cliffs is the lighthouse.',
    ]);
    expect(story.warnings).toEqual([
      'The file has no story header (date, section, byline); its first line is taken as the title.',
      'The file has no date header and no written date; the story has no date.',
    ]);
  });

  it('removes control characters and odd spaces from the text', () => {
    const story = fixtureStory('control-characters.txt');
    expect(story.dateline).toBe('TORSHAVN');
    expect(story.paragraphs).toEqual([
      'Two keepers moved into the lighthouse on the western tip of Mykines on Monday, the first people to live there since 1983.',
      "The island's council asked for the posts to be restored after storms.",
    ]);
    expect(story.warnings).toEqual([]);
  });

  it('says what is missing when the file stops after its header', () => {
    const story = fixtureStory('truncated-header.txt');
    expect(story.date).toBe(CANONICAL.date);
    expect(story.byline).toBe('Harbour Wire');
    expect(story.title).toBe('');
    expect(story.paragraphs).toEqual([]);
    expect(story.warnings).toEqual(['The file has no title line.', 'The story has no body text.']);
  });

  it('answers an empty story with a warning instead of throwing', () => {
    expect(parseStory('', 'a/b/empty.txt')).toMatchObject({
      id: 'empty',
      file: 'a/b/empty.txt',
      title: '',
      section: 'unfiled',
      paragraphs: [],
      warnings: expect.arrayContaining(['The file has no text.']),
    });
  });

  it('uses the id it is given instead of the stem', () => {
    expect(parseStory('Title\n\nBody.', 'x/y.txt', { id: 'y~abc123' }).id).toBe('y~abc123');
  });

  it('does not take a paragraph that starts like a label for the related block', () => {
    const text = [
      ' date 2023-03-14 ',
      'world',
      '',
      'A title',
      '',
      'More from the harbour:',
      '',
      `${'A long paragraph that follows the line. '.repeat(10)}`,
    ].join('\n');
    const story = parseStory(text, 'x.txt');
    expect(story.related.label).toBeNull();
    expect(story.paragraphs).toHaveLength(2);
  });
});

describe('stemOf', () => {
  it('drops the folders and the last extension', () => {
    expect(stemOf('world/2022/000_820f4edab050e0c0.txt')).toBe('000_820f4edab050e0c0');
    expect(stemOf('notes.v2.txt')).toBe('notes.v2');
    expect(stemOf('.hidden')).toBe('.hidden');
    expect(stemOf('a\\b\\c.txt')).toBe('c');
  });
});
