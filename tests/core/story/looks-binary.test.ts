import { describe, expect, it } from 'vitest';
import { looksBinary } from '../../../main/core/story/looks-binary';

describe('looksBinary', () => {
  it('says a text with NUL bytes is binary', () => {
    expect(looksBinary('PNG\u0000\u0000\u0000\rIHDR')).toMatch(/binary \(it contains NUL bytes\)/);
  });

  it('says a text full of control characters is binary', () => {
    expect(looksBinary('ab\u0001\u0002\u0003\u0004cd')).toMatch(/full of control characters/);
  });

  it('accepts a story with a few stray control characters', () => {
    expect(looksBinary(`${'A long story line. '.repeat(100)}\u0007\u001b`)).toBeNull();
  });

  it('accepts tabs, line breaks and form feeds, and an empty text', () => {
    expect(looksBinary('a\tb\nc\r\nd\u000be\u000cf')).toBeNull();
    expect(looksBinary('')).toBeNull();
  });
});
