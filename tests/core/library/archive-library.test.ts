/**
 * One archive's library: star, read, tags, notes and highlights stored per archive and story;
 * the in-memory snapshot that the search filters use follows this process's changes and
 * another process's; saved searches remember what they found; history keeps the latest visits.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HISTORY_KEPT } from '../../../main/core/library/archive-library';
import { Library } from '../../../main/core/library/library';

const open: Library[] = [];

async function library(dir?: string): Promise<Library> {
  const folder = dir ?? (await mkdtemp(join(tmpdir(), 'clippings-library-')));
  let tick = Date.parse('2026-11-27T10:00:00Z');
  const opened = await Library.open(folder, { now: () => new Date((tick += 1000)) });
  open.push(opened);
  return opened;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((opened) => opened.close()));
});

describe('ArchiveLibrary states (for export)', () => {
  it('answers each story’s state as state() does, in the order asked, in one read', async () => {
    const news = (await library()).forArchive('/archives/news');
    await news.setStarred('b', true);
    await news.tag('b', 'ports', true);
    await news.tag('b', 'docks', true);
    await news.addNote('a', 'first');
    await news.addNote('a', 'second');
    await news.addHighlight('c', { quote: 'q', prefix: '', suffix: '' }, null);
    await news.setRead('c', true);
    const ids = ['c', 'missing', 'a', 'b'];
    expect(await news.states(ids)).toEqual(await Promise.all(ids.map((id) => news.state(id))));
  });
});

describe('ArchiveLibrary state', () => {
  it('keeps star, read, tags, notes and highlights per story', async () => {
    const news = (await library()).forArchive('/archives/news');
    await news.setStarred('a', true);
    await news.setRead('a', true);
    await news.tag('a', '  Harbour   Strikes ', true);
    await news.tag('a', 'ports', true);
    await news.addNote('a', 'Compare with the 2019 strike.');
    const state = await news.addHighlight(
      'a',
      { quote: 'three weeks', prefix: 'strike after ', suffix: ' of talks' },
      'long',
    );
    expect(state).toMatchObject({
      id: 'a',
      starred: true,
      read: true,
      readAt: '2026-11-27T10:00:01Z',
      tags: ['harbour strikes', 'ports'],
      notes: [
        { text: 'Compare with the 2019 strike.', created: '2026-11-27T10:00:02Z', updated: null },
      ],
      highlights: [
        { quote: 'three weeks', prefix: 'strike after ', suffix: ' of talks', note: 'long' },
      ],
    });
    expect(await news.state('b')).toMatchObject({
      starred: false,
      read: false,
      tags: [],
      notes: [],
    });
  });

  it('keeps archives apart', async () => {
    const lib = await library();
    await lib.forArchive('/archives/one').setStarred('a', true);
    expect((await lib.forArchive('/archives/two').state('a')).starred).toBe(false);
  });

  it('keeps the first read time when marked read again, and forgets it when marked unread', async () => {
    const news = (await library()).forArchive('/archives/news');
    const first = await news.setRead('a', true);
    expect((await news.setRead('a', true)).readAt).toBe(first.readAt);
    expect(await news.setRead('a', false)).toMatchObject({ read: false, readAt: null });
  });

  it('edits and deletes notes; an unknown note is E_NOT_FOUND and changes nothing', async () => {
    const news = (await library()).forArchive('/archives/news');
    const added = await news.addNote('a', 'first');
    const noteId = added.notes[0]!.id;
    const edited = await news.editNote('a', noteId, 'second');
    expect(edited.notes[0]).toMatchObject({ text: 'second', updated: expect.any(String) });
    await expect(news.editNote('b', noteId, 'elsewhere')).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
    });
    await expect(news.deleteNote('a', noteId + 100)).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    expect((await news.deleteNote('a', noteId)).notes).toEqual([]);
  });
});

describe('ArchiveLibrary snapshot and filters', () => {
  it('answers is:, has: and tag: conditions, negated too', async () => {
    const news = (await library()).forArchive('/archives/news');
    await news.setStarred('a', true);
    await news.setRead('b', true);
    await news.tag('c', 'ports', true);
    await news.addNote('d', 'a note');
    await news.addHighlight('e', { quote: 'x', prefix: '', suffix: '' }, null);
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const matching = async (include: never[] | object[], exclude: object[] = []) => {
      const test = await news.filter({ include, exclude } as never);
      return ids.filter((id) => test?.(id));
    };
    expect(await matching([{ kind: 'starred' }])).toEqual(['a']);
    expect(await matching([{ kind: 'read' }])).toEqual(['b']);
    expect(await matching([{ kind: 'unread' }])).toEqual(['a', 'c', 'd', 'e']);
    expect(await matching([{ kind: 'tag', tag: 'ports' }])).toEqual(['c']);
    expect(await matching([{ kind: 'note' }])).toEqual(['d']);
    expect(await matching([{ kind: 'highlight' }])).toEqual(['e']);
    expect(await matching([{ kind: 'unread' }], [{ kind: 'starred' }])).toEqual(['c', 'd', 'e']);
    expect(await news.filter({ include: [], exclude: [] })).toBeNull();
  });

  it('follows its own changes without reloading, and another process’s by reloading', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-library-'));
    const here = (await library(dir)).forArchive('/archives/news');
    const there = (await library(dir)).forArchive('/archives/news');
    const before = await here.snapshot();
    await here.setStarred('a', true);
    const afterOwn = await here.snapshot();
    expect(afterOwn).toBe(before); // updated in place
    expect(afterOwn.starred.has('a')).toBe(true);

    await there.setStarred('b', true);
    await there.tag('b', 'ports', true);
    const afterOther = await here.snapshot();
    expect(afterOther).not.toBe(before); // reloaded: the file changed under it
    expect([...afterOther.starred].sort()).toEqual(['a', 'b']);
    expect(afterOther.tags.get('ports')?.has('b')).toBe(true);
  });

  it('gives result rows their star and read marks', async () => {
    const news = (await library()).forArchive('/archives/news');
    await news.setStarred('a', true);
    await news.setRead('b', true);
    expect(await news.marks(['a', 'b', 'c'])).toEqual([
      { starred: true, read: false },
      { starred: false, read: true },
      { starred: false, read: false },
    ]);
  });
});

describe('ArchiveLibrary saved searches and history', () => {
  it('saves a search once per name and remembers what it found when last opened', async () => {
    const news = (await library()).forArchive('/archives/news');
    const savedId = await news.saveSearch('Ports', 'harbour tag:ports', { sections: ['world'] });
    await expect(news.saveSearch('Ports', 'other', {})).rejects.toMatchObject({
      code: 'E_INVALID',
    });
    expect(await news.savedSearch(savedId)).toMatchObject({
      name: 'Ports',
      query: 'harbour tag:ports',
      filters: { sections: ['world'] },
      lastOpened: null,
      seen: null,
    });
    await news.markSavedSearchOpened(savedId, ['a', 'b']);
    const opened = await news.savedSearch(savedId);
    expect(opened.lastOpened).not.toBeNull();
    expect([...(opened.seen ?? [])]).toEqual(['a', 'b']);
    await news.deleteSavedSearch(savedId);
    expect(await news.savedSearches()).toEqual([]);
    await expect(news.deleteSavedSearch(savedId)).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
  });

  it('keeps the latest visits, newest first, one entry per story', async () => {
    const news = (await library()).forArchive('/archives/news');
    await news.recordVisit('a');
    await news.recordVisit('b');
    await news.recordVisit('a');
    expect((await news.history(10)).map((visit) => visit.id)).toEqual(['a', 'b']);
    expect(HISTORY_KEPT).toBeGreaterThanOrEqual(100);
  });

  it('lists recently opened archives, newest first', async () => {
    const lib = await library();
    await lib.recordArchiveOpened('/archives/one');
    await lib.recordArchiveOpened('/archives/two');
    expect((await lib.recentArchives()).map((recent) => recent.path)).toEqual([
      '/archives/two',
      '/archives/one',
    ]);
  });
});
