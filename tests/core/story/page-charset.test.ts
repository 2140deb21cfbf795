/**
 * decodePageBytes (main/core/story/page-charset.ts): a page's bytes in the charset it
 * declares, a byte-order mark first.
 */
import { describe, expect, it } from 'vitest';
import { decodePageBytes } from '../../../main/core/story/page-charset';

const latin = (text: string) => Buffer.from(text, 'latin1');

describe('decodePageBytes', () => {
  it('reads <meta charset> and the HTTP-equiv Content-Type; Latin-1 labels mean Windows-1252', () => {
    expect(decodePageBytes(latin('<meta charset="windows-1252"><p>\x93Hi\x94 \x80')).text).toBe(
      '<meta charset="windows-1252"><p>“Hi” €',
    );
    expect(
      decodePageBytes(
        latin(
          '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>caf\xe9 \x96',
        ),
      ).text,
    ).toContain('café –');
  });

  it('lets a byte-order mark win over a declaration', () => {
    const page = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('<meta charset="windows-1252"><p>café'),
    ]);
    expect(decodePageBytes(page)).toEqual({
      text: '<meta charset="windows-1252"><p>café',
      warnings: [],
    });
  });

  it('decodes other declared charsets with the platform decoder', () => {
    const koi8 = Buffer.concat([
      Buffer.from('<meta charset="koi8-r"><p>'),
      Buffer.from([0xf0, 0xd2, 0xc9]),
    ]);
    expect(decodePageBytes(koi8).text).toBe('<meta charset="koi8-r"><p>При');
  });

  it('reads an undeclared page as UTF-8, else Windows-1252, and an unknown charset with a warning', () => {
    expect(decodePageBytes(Buffer.from('<p>café')).text).toBe('<p>café');
    expect(decodePageBytes(latin('<p>caf\xe9')).text).toBe('<p>café');
    expect(decodePageBytes(Buffer.from('<meta charset="x-klingon"><p>café'))).toEqual({
      text: '<meta charset="x-klingon"><p>café',
      warnings: [
        'The page declares the charset "x-klingon", which Clippings cannot read; it was read as UTF-8.',
      ],
    });
  });
});
