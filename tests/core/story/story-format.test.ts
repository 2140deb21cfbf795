/**
 * What counts as a story file and in which format (main/core/story/story-files.ts,
 * story-format.ts): names, size limits, a saved page's assets folder, and content that
 * overrules a name.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_PAGE_BYTES,
  MAX_FILE_BYTES,
  MAX_STORY_BYTES,
  assetsFolderOf,
  formatOfName,
  isPageAssetsFolder,
  oneStoryLimitOf,
  sizeLimitOf,
} from '../../../main/core/story/story-files';
import { storyFormatOf } from '../../../main/core/story/story-format';

const bytes = (text: string) => Buffer.from(text);

describe('formatOfName', () => {
  it('names the format of every story file name, any case, and null for others', () => {
    expect(
      ['a.txt', 'a.TXT', 'b.html', 'b.HTM', 'c.md', 'c.Markdown', 'd.jpg', 'notes', 'e.md.bak'].map(
        formatOfName,
      ),
    ).toEqual(['text', 'text', 'html', 'html', 'markdown', 'markdown', null, null, null]);
  });
});

describe('sizeLimitOf', () => {
  it('gives a clipping 1 MiB and every format that may hold many stories 256 MiB', () => {
    expect(sizeLimitOf('world/page.htm')).toEqual({ maxBytes: MAX_FILE_BYTES, what: 'files' });
    expect(oneStoryLimitOf('html')).toEqual({ maxBytes: MAX_PAGE_BYTES, what: 'saved pages' });
    expect(oneStoryLimitOf('text')).toEqual({ maxBytes: MAX_STORY_BYTES, what: 'story files' });
    expect(sizeLimitOf('a.txt')).toEqual({ maxBytes: MAX_FILE_BYTES, what: 'files' });
    expect(sizeLimitOf('export.PDF')).toEqual({ maxBytes: MAX_FILE_BYTES, what: 'files' });
    expect(sizeLimitOf('a.md')).toEqual({ maxBytes: MAX_STORY_BYTES, what: 'story files' });
  });
});

describe('isPageAssetsFolder', () => {
  it('is a NAME_files folder beside NAME.html or NAME.htm, and nothing else', () => {
    const siblings = new Set(['story.html', 'story_files', 'old.htm', 'old_files', 'press_files']);
    expect(isPageAssetsFolder('story_files', siblings)).toBe(true);
    expect(isPageAssetsFolder('Old_files', siblings)).toBe(true);
    expect(isPageAssetsFolder('press_files', siblings)).toBe(false);
    expect(isPageAssetsFolder('_files', new Set(['.html']))).toBe(false);
    expect(assetsFolderOf('Ferry timetable.html')).toBe('Ferry timetable_files');
    expect(assetsFolderOf('story.txt')).toBeNull();
  });
});

describe('storyFormatOf', () => {
  it('reads a page saved under another name as a page, whatever the name says', () => {
    expect(storyFormatOf('a.txt', bytes('<!DOCTYPE html><html><body>x'))).toBe('html');
    expect(
      storyFormatOf(
        'a.md',
        bytes('\ufeff  <!-- saved from url=(0010)http://x -->\n<html lang="en">'),
      ),
    ).toBe('html');
    expect(
      storyFormatOf(
        'a.txt',
        bytes('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'),
      ),
    ).toBe('html');
    expect(
      storyFormatOf(
        'a.txt',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html>', 'utf16le')]),
      ),
    ).toBe('html');
  });

  it('keeps the name otherwise: text that merely mentions markup stays text', () => {
    expect(storyFormatOf('a.txt', bytes(' date 2022-11-08\nworld\n<html> is a tag'))).toBe('text');
    expect(storyFormatOf('a.md', bytes('# <html> in a heading'))).toBe('markdown');
    expect(storyFormatOf('a.html', bytes('just text'))).toBe('html');
    expect(storyFormatOf('notes', bytes('plain'))).toBe('text');
  });
});
