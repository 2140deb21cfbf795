/**
 * The reader for the text layout (shared/design/story-format.md), and for plain text: decode
 * (decode-story-bytes.ts), refuse binary and blank files, normalise, parse (parse-story.ts).
 */
import { decodeStoryBytes } from './decode-story-bytes';
import { looksBinary } from './looks-binary';
import { isPlainStoryText, normaliseStoryText } from './normalise-story-text';
import { parseStory } from './parse-story';
import type { OneStoryReader } from './story-reader';

export const readTextStory: OneStoryReader = (bytes, file, options) => {
  const decoded = decodeStoryBytes(bytes);
  const plain = isPlainStoryText(decoded.text);
  const binary = plain ? null : looksBinary(decoded.text);
  if (binary) return { ok: false, reason: binary };
  const text = normaliseStoryText(decoded.text, plain);
  if (text.trim() === '')
    return { ok: false, reason: 'The file holds only blank space, no story.' };
  const story = parseStory(text, file, options);
  if (decoded.warnings.length > 0) story.warnings.unshift(...decoded.warnings);
  return { ok: true, story };
};
