import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../main/core/entities/extract-entities';
import type { EntitySource } from '../../../main/core/entities/extract-entities';

const story = (paragraphs: string[], title = 'Talks resume', dateline: string | null = null) =>
  ({ title, dateline, captions: [], paragraphs }) satisfies EntitySource;

const names = (list: { name: string; count: number }[]) => list.map((one) => one.name);

describe('extractEntities', () => {
  it('folds a country written three ways into one place, counting each mention', () => {
    const found = extractEntities(
      story([
        'Officials from the United States arrived on Monday.',
        'A U.S. delegate said the talks would go on, and US diplomats agreed.',
      ]),
    );
    expect(found.places).toContainEqual({ name: 'United States', count: 3 });
    expect(names(found.places)).not.toContain('U.S.');
  });

  it('folds the European Community and the EC into one organisation', () => {
    const found = extractEntities(
      story([
        'Farm ministers of the European Community met in Brussels. The EC said prices would fall.',
      ]),
    );
    expect(found.organisations).toContainEqual({ name: 'European Community', count: 2 });
  });

  it('joins "Mr Baker" and "Baker" to the full name given earlier, and later', () => {
    const found = extractEntities(
      story(
        [
          'Secretary of State James Baker flew to Tokyo on Tuesday for talks with Japanese officials.',
          'Mr Baker told reporters the visit went well. Later, Baker left for Seoul.',
        ],
        'Baker in Tokyo',
      ),
    );
    expect(found.people).toContainEqual({ name: 'James Baker', count: 4 });
    expect(names(found.people)).not.toContain('Baker');
    expect(names(found.places)).toEqual(expect.arrayContaining(['Tokyo', 'Seoul']));
  });

  it('takes the dateline as a place', () => {
    const found = extractEntities(
      story(
        ['Fishermen landed a record catch this week, the harbour office said.'],
        'Record catch',
        'TORSHAVN',
      ),
    );
    expect(names(found.places)).toContain('Torshavn');
  });

  it('gives nothing for a story in Urdu', () => {
    const found = extractEntities(
      story(['کراچی میں شدید بارش کے بعد شہر کے کئی علاقے زیر آب آ گئے۔'], 'کراچی میں بارش'),
    );
    expect(found).toEqual({ people: [], organisations: [], places: [] });
  });

  it('reads places in an all-caps wire headline without taking every word for a name', () => {
    const found = extractEntities(
      story(['Shares rose.'], 'JAPAN AND CHINA SIGN TRADE PACT IN TOKYO'),
    );
    expect(names(found.places).sort()).toEqual(['China', 'Japan', 'Tokyo']);
    expect(found.people).toEqual([]);
  });

  it('reads a team sport’s results table as teams, and a possessive as the name it ends', () => {
    const found = extractEntities(
      story(
        [
          'Leeds United 2 Harrowgate Rovers 1',
          'Kelmoor 0 Brantwick 3',
          "Britain's striker Tom Ellery scored twice.",
        ],
        'SOCCER - ENGLISH LEAGUE RESULTS',
      ),
    );
    expect(names(found.organisations).sort()).toEqual([
      'Brantwick',
      'Harrowgate Rovers',
      'Kelmoor',
      'Leeds United',
    ]);
    expect(names(found.places)).toEqual(['United Kingdom']);
    expect(names(found.people)).toEqual(['Tom Ellery']);
  });

  it('keeps the diacritics of a name', () => {
    const found = extractEntities(
      story(['Prime Minister José Ramos-Horta spoke in Dili, and Mr Ramos-Horta left on Friday.']),
    );
    expect(found.people).toContainEqual({ name: 'José Ramos-Horta', count: 2 });
  });

  it('answers quickly for a story of 50,000 capitalised words', () => {
    const words = Array.from(
      { length: 50_000 },
      (_, i) => `Word${String.fromCharCode(65 + (i % 26))}`,
    );
    const started = performance.now();
    const found = extractEntities(story([words.join(' ')]));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found.people.length).toBeLessThan(50);
  });

  it('finds listed places and people named by first name past the lead it tags', () => {
    const lead = 'The harbour office counted the boats again this week, one by one. '.repeat(30);
    const found = extractEntities(
      story([
        lead,
        'Later in the season the fleet sailed for Norway, where Maria Lindqvist met it.',
      ]),
    );
    expect(lead.length).toBeGreaterThan(1800);
    expect(names(found.places)).toContain('Norway');
    expect(names(found.people)).toContain('Maria Lindqvist');
  });
});
