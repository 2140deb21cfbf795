import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences } from '../../../main/core/story/character-references';

describe('decodeCharacterReferences', () => {
  it('decodes numeric and named references', () => {
    expect(decodeCharacterReferences('Jos&#233; Mart&iacute; &amp; Co.')).toBe('José Martí & Co.');
    expect(decodeCharacterReferences('Caf&#xE9; &lt;b&gt;')).toBe('Café <b>');
  });

  it('leaves ampersands that are not references alone', () => {
    expect(decodeCharacterReferences('AT&T and Q&A, &copy 2022')).toBe('AT&T and Q&A, &copy 2022');
    expect(decodeCharacterReferences('no ampersand')).toBe('no ampersand');
  });

  it('never lets a reference add a line break, a control character or a no-break space', () => {
    expect(decodeCharacterReferences('one&#10;two&#0;three&nbsp;four')).toBe('one two three four');
  });
});
