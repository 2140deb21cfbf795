/**
 * Layout details of real exports, met in public samples (the tm.plugin.lexisnexis and
 * tm.plugin.factiva test files) and written here as small exports of our own: the French
 * interface's ENCART (a standfirst before the body), and Factiva's SE (a story's section,
 * written before its HD, after the story before it).
 */
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../main/core/model/story';
import { readStories } from '../../../main/core/story/read-stories';

async function storiesOf(text: string, file: string): Promise<Story[]> {
  const read = await readStories(Buffer.from(text), file, {});
  if (!read.ok) throw new Error(read.skipped.reason);
  return read.stories;
}

const centre = (line: string) => `${' '.repeat(30)}${line}`;

describe('export layouts', () => {
  it('reads the body after a French ENCART field, not as trailing fields', async () => {
    const story = (n: number, title: string, lead: string[]) =>
      [
        centre(`${n} of 2 DOCUMENTS`),
        '',
        centre('Le Journal du Port'),
        '',
        centre('14 octobre 2013 jeudi'),
        '',
        title,
        '',
        'AUTEUR: Une Journaliste',
        '',
        'RUBRIQUE: ECONOMIE; Pg. 6',
        '',
        'LONGUEUR: 70 mots',
        '',
        ...lead,
        'Les grues du quai nord reprennent le travail cette semaine.',
        '',
        'Les dockers attendent deux navires avant la fin du mois.',
        '',
        'DATE-CHARGEMENT: 15 octobre 2013',
        '',
        'LANGUE: FRENCH',
        '',
        centre('Copyright 2013 Le Journal du Port'),
        '',
        '',
      ].join('\n');
    const text = [
      'Download Request: Selected Items',
      '',
      story(1, 'Les grues reviennent au port', ['ENCART: Un chapeau pour commencer', '']),
      story(2, 'Le port sans chapeau', []),
    ].join('\n');
    const [withLead, without] = await storiesOf(text, 'journal.txt');
    expect(withLead!.byline).toBe('Une Journaliste');
    expect(withLead!.paragraphs).toEqual(without!.paragraphs);
    expect(withLead!.paragraphs).toEqual([
      'Les grues du quai nord reprennent le travail cette semaine.',
      'Les dockers attendent deux navires avant la fin du mois.',
    ]);
  });

  it("gives a Factiva story the section written before its HD, not the story before's", async () => {
    const story = (n: number, title: string) =>
      [
        `HD\t${title}`,
        'WC\t120 words',
        `PD\t${n} March 2021`,
        'SN\tThe Northport Gazette',
        'LA\tEnglish',
        'CY\t(c) 2021 The Northport Gazette',
        // Factiva's text: one paragraph a line, long lines.
        `LP\tThe opening paragraph of story ${n} tells what happened at the quay on Tuesday morning, and who was there.`,
        `TD\tThe rest of story ${n} tells why it matters to the town, what the harbour board said, and what comes next.`,
        `AN\tDocument NPGZ000020210303eh330000${n}`,
        '',
      ].join('\n');
    const text = [
      'SE\tHarbour',
      story(1, 'Cranes return'),
      'SE\tTransport',
      story(2, 'Trains resume'),
    ];
    const stories = await storiesOf(text.join('\n'), 'factiva.txt');
    expect(stories.map((s) => [s.title, s.section])).toEqual([
      ['Cranes return', 'harbour'],
      ['Trains resume', 'transport'],
    ]);
  });
});
