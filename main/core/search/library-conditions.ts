/**
 * The query language's words for the reader's library: `is:starred`, `is:read`, `is:unread`,
 * `has:note`, `has:highlight`, `tag:NAME` (a quoted `tag:"long name"` too). The parser turns
 * them into conditions; the service answers them from the library and filters the hits, so
 * the index and its workers never need to know the library exists.
 */
import { ClippingsError } from '../model/errors';
import { normaliseTag } from '../model/tag-name';

/** A condition on the reader's own library. */
export type LibraryCondition =
  { kind: 'starred' | 'read' | 'unread' | 'note' | 'highlight' } | { kind: 'tag'; tag: string };

/** Fields that ask the library rather than the text. */
export const LIBRARY_FIELDS: ReadonlySet<string> = new Set(['is', 'has', 'tag']);

const IS_VALUES: Readonly<Record<string, LibraryCondition>> = {
  starred: { kind: 'starred' },
  star: { kind: 'starred' },
  read: { kind: 'read' },
  unread: { kind: 'unread' },
};
const HAS_VALUES: Readonly<Record<string, LibraryCondition>> = {
  note: { kind: 'note' },
  notes: { kind: 'note' },
  highlight: { kind: 'highlight' },
  highlights: { kind: 'highlight' },
};

/** `is:starred`, `has:note`, `tag:Ports` → a condition; anything else is a sentence (E_QUERY). */
export function libraryCondition(field: string, value: string): LibraryCondition {
  if (field === 'tag') {
    const tag = normaliseTag(value);
    if (tag === '') {
      throw new ClippingsError('E_QUERY', 'Write a tag name after tag:, as in tag:ports.');
    }
    return { kind: 'tag', tag };
  }
  const word = value.toLowerCase();
  const table = field === 'is' ? IS_VALUES : HAS_VALUES;
  const condition = Object.hasOwn(table, word) ? table[word] : undefined;
  if (condition) return condition;
  throw new ClippingsError(
    'E_QUERY',
    field === 'is'
      ? `is: takes starred, read or unread (as in is:unread), not "${value}".`
      : `has: takes note or highlight (as in has:note), not "${value}".`,
  );
}
