import { describe, expect, it } from 'vitest';
import { normaliseStoryText } from '../../../main/core/story/normalise-story-text';

describe('normaliseStoryText', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normaliseStoryText('a\r\nb\rc\n\r\nd')).toBe('a\nb\nc\n\nd');
  });

  it('turns no-break, figure and narrow spaces, tabs and form feeds into spaces', () => {
    expect(normaliseStoryText('a\u00a0b\u2007c\u202fd\te\u000bf\u000cg')).toBe('a b c d e f g');
  });

  it('turns line and paragraph separators into line breaks', () => {
    expect(normaliseStoryText('a\u2028b\u2029c')).toBe('a\nb\nc');
  });

  it('removes C0 and C1 controls, DEL, zero-width spaces and stray byte-order marks', () => {
    expect(normaliseStoryText('\ufeffa\u0000b\u0007c\u001bd\u007fe\u0081f\u009dg\u200bh')).toBe(
      'abcdefgh',
    );
  });

  it('keeps everything else, including emoji, joiners and combining marks', () => {
    const text = 'Zürich – “quoted” 東京 नमस्ते 👩‍🔬 e\u0301\n';
    expect(normaliseStoryText(text)).toBe(text);
  });
});
