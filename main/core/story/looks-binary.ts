/**
 * looksBinary: is this decoded (not yet normalised) text a binary file rather than a story?
 * A story is text; an image, an archive or an executable renamed `.txt` decodes to text full
 * of NULs and control characters. The rule, stated so a user can predict it: in the first
 * 8,192 characters, more than 1% are NULs or control characters other than tab, line feed,
 * carriage return, form feed and vertical tab. A story with a few stray control characters
 * stays a story (normalisation removes them); a UTF-16 file is decoded before this check, so
 * its NUL bytes never count.
 */

const SAMPLE = 8192;
/** Any control character that counts; most stories have none, and a regex scan is fast. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const COUNTED_CONTROL = /[\u0000-\u0008\u000e-\u001f]/;

/** Returns a reason in words when the text looks binary, else null. */
export function looksBinary(rawText: string): string | null {
  const length = Math.min(rawText.length, SAMPLE);
  if (!COUNTED_CONTROL.test(length < rawText.length ? rawText.slice(0, length) : rawText)) {
    return null;
  }
  let controls = 0;
  let nuls = 0;
  for (let i = 0; i < length; i += 1) {
    const code = rawText.charCodeAt(i);
    if (code >= 0x20 || (code >= 0x09 && code <= 0x0d)) continue;
    controls += 1;
    if (code === 0) nuls += 1;
  }
  if (controls * 100 <= length) return null;
  return nuls > 0
    ? 'The file is binary (it contains NUL bytes), not a story text.'
    : 'The file is binary (it is full of control characters), not a story text.';
}
