import { describe, expect, it } from 'vitest';
import { idOfFile, normaliseLabels } from '../../../tools/eval/labels';

describe('normaliseLabels', () => {
  it('reads the 20 Newsgroups shape', () => {
    const labels = normaliseLabels({
      '00001_aa.txt': {
        topics: ['sci.space'],
        section: 'sci',
        thread: 'moon base',
        title: 'Moon base',
        date: '1993-01-04',
        split: 'test',
        related: ['00002_bb.txt'],
      },
    });
    expect(labels.shape).toBe('story-records');
    expect(labels.present).toEqual({ topics: true, thread: true, split: true, related: true });
    expect(labels.of('00001_aa.txt')).toEqual({
      topics: ['sci.space'],
      section: 'sci',
      thread: 'moon base',
      title: 'Moon base',
      date: '1993-01-04',
      split: 'test',
      related: ['00002_bb.txt'],
    });
  });

  it('reads the generator shape { file: topic } as topics only', () => {
    const labels = normaliseLabels({ 'a/001_x.txt': 't00001', 'a/002_y.txt': 't00002' });
    expect(labels.shape).toBe('file-to-topic');
    expect(labels.present).toEqual({ topics: true, thread: false, split: false, related: false });
    expect(labels.of('a/001_x.txt')).toMatchObject({
      topics: ['t00001'],
      thread: null,
      split: null,
      related: null,
    });
  });

  it('finds a story by its path or by its file name', () => {
    const labels = normaliseLabels({ '001_x.txt': 'space', 'deep/002_y.txt': 'food' });
    expect(labels.of('sub/001_x.txt')?.topics).toEqual(['space']);
    expect(labels.of('deep/002_y.txt')?.topics).toEqual(['food']);
    expect(labels.of('002_y.txt')?.topics).toEqual(['food']);
    expect(labels.of('003_z.txt')).toBeNull();
  });

  it('keeps a record without thread, split or related as absent labels', () => {
    const labels = normaliseLabels({ 'a.txt': { topics: ['x'] } });
    expect(labels.present).toEqual({ topics: true, thread: false, split: false, related: false });
    expect(labels.of('a.txt')).toMatchObject({ thread: null, split: null, related: null });
  });

  it('refuses what is neither shape', () => {
    expect(() => normaliseLabels([1, 2])).toThrow(/one object/);
    expect(() => normaliseLabels({ 'a.txt': 3 })).toThrow(/"a.txt"/);
  });

  it('turns a labelled file name into a story id', () => {
    expect(idOfFile('00000_7ad2a9965d4f1adf.txt')).toBe('00000_7ad2a9965d4f1adf');
    expect(idOfFile('dir/001_x.txt')).toBe('001_x');
  });
});
