import { describe, expect, it } from 'vitest';
import { sourceLink } from '../../../renderer/src/model/story-source';

describe('sourceLink', () => {
  it('links web addresses, labelled without the scheme', () => {
    expect(sourceLink('https://news.example.com/a/b?id=3')).toEqual({
      href: 'https://news.example.com/a/b?id=3',
      label: 'news.example.com/a/b?id=3',
    });
    expect(sourceLink('http://news.example.com/')).toEqual({
      href: 'http://news.example.com/',
      label: 'news.example.com',
    });
  });

  it('never links anything else', () => {
    for (const url of [
      null,
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'news',
      'https://user:pw@example.com/',
    ]) {
      expect(sourceLink(url)).toBeNull();
    }
  });
});
