/**
 * A story's source URL, as the reader may show and the OS browser may open it: absolute,
 * http or https, without credentials, at most 2,048 characters. Anything else a page or a
 * clipping names as its source (`javascript:`, `data:`, a relative path with no base, a
 * mangled value) is no source at all: the Story says null rather than pass it on.
 */

const MAX_URL_LENGTH = 2048;

/** `value` resolved against `base` (when relative and a base is known), or null. */
export function sourceUrlOf(value: string | null | undefined, base?: string | null): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '' || text.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = base ? new URL(text, base) : new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href.length > MAX_URL_LENGTH ? null : url.href;
}
