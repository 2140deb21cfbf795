import { describe, expect, it } from 'vitest';
import { buildSegmentIndex } from '../../../main/core/search/segment-index';
import {
  decodeSegment,
  encodeSegment,
  SEGMENT_FORMAT_VERSION,
  SegmentFileError,
} from '../../../main/core/index/segment-file';
import type { SegmentContents } from '../../../main/core/index/segment-file';
import { syntheticTexts } from '../search/synthetic-texts';

function contents(count = 30): SegmentContents {
  const texts = syntheticTexts(count, 11);
  return {
    segmentId: '0123456789abcdef',
    stories: texts.map((text, i) => ({
      id: `s${i}`,
      file: `s${i}.txt`,
      size: 100 + i,
      mtimeMs: 1_700_000_000_000 + i,
      hash: `h${i}`,
      title: text.title,
      date: i % 5 === 0 ? null : '2022-11-01',
      section: text.section,
      byline: null,
      duplicateKey: i % 5 === 0 ? null : `2022-11-01\u0000${text.title.toLowerCase()}`,
    })),
    related: texts.map((_, i) => ({
      headlines: [`headline ${i}`],
      vector: { terms: ['oil'], counts: [i], length: 10 },
    })),
    skipped: [{ id: 'bad', file: 'bad.txt', reason: 'The file is empty.', size: 0, mtimeMs: 1 }],
    index: buildSegmentIndex(texts),
    texts,
  };
}

describe('encodeSegment / decodeSegment', () => {
  it('round-trips the stories, skipped files, index and texts', () => {
    const original = contents();
    const decoded = decodeSegment(encodeSegment(original));
    expect(decoded.segmentId).toBe(original.segmentId);
    expect(decoded.stories()).toEqual(original.stories);
    expect(JSON.parse(decoded.storiesJson())).toEqual(original.stories);
    expect(decoded.skipped).toEqual(original.skipped);
    expect(decoded.related()).toEqual(original.related);
    expect(decoded.index.terms).toEqual(original.index.terms);
    const rows = original.index.postingStarts.length - 1;
    for (let row = 0; row < rows; row += 1) {
      const read = decoded.index.postings(row);
      const built = original.index.postings(row);
      expect([...read.docs]).toEqual([...built.docs]);
      expect([...read.freqs]).toEqual([...built.freqs]);
    }
    for (let at = 0; at < original.index.streamStarts.length - 1; at += 1) {
      expect([...decoded.index.stream(at)]).toEqual([...original.index.stream(at)]);
    }
    expect(decoded.index.stopWords).toEqual(original.index.stopWords);
    original.texts.forEach((text, doc) => expect(decoded.text(doc)).toEqual(text));
  });

  it('decodes bytes that do not start on an aligned offset', () => {
    const bytes = encodeSegment(contents(5));
    const shifted = Buffer.alloc(bytes.length + 3);
    bytes.copy(shifted, 3);
    expect(decodeSegment(shifted.subarray(3)).stories()).toHaveLength(5);
  });

  it('refuses a truncated, altered or foreign file', () => {
    const bytes = encodeSegment(contents(10));
    expect(() => decodeSegment(bytes.subarray(0, bytes.length - 100))).toThrow(SegmentFileError);
    expect(() => decodeSegment(Buffer.from('not a segment at all'))).toThrow(SegmentFileError);
    const header = Buffer.from(bytes);
    header.write('{', 13); // break the header's JSON
    expect(() => decodeSegment(header)).toThrow(SegmentFileError);
    const version = Buffer.from(
      bytes.toString('latin1').replace(`"format":${SEGMENT_FORMAT_VERSION}`, '"format":99'),
      'latin1',
    );
    expect(() => decodeSegment(version)).toThrow(SegmentFileError);
  });
});
