/**
 * `clippings library …`: the reader's library from a terminal, on the same file the app and the
 * browser mode use (`--data D`, default the app's data folder):
 *
 *   library star|unstar|read|unread ID      library tag|untag ID NAME
 *   library note ID --text T                library show ID
 *   library saved add NAME QUERY            library saved list
 *
 * Each takes `--archive DIR [--cache C] [--data D] [--json]`. Requests are checked by the API's
 * own schemas, so a bad tag or note is refused here in the same words as in the app; `--json`
 * prints the story's library state (or the saved search, or the list).
 */
import type { z } from 'zod';
import type { SavedSearch, StoryLibraryState } from '../../../contract/api';
import { describeIssues } from '../../api/run-api-call';
import {
  addNoteRequestSchema,
  saveSearchRequestSchema,
  setReadRequestSchema,
  setStarredRequestSchema,
  storyIdRequestSchema,
  tagRequestSchema,
} from '../../../contract/request-schemas';
import type { ArchiveService } from '../../core/engine';
import type { CliCommand, CliValues } from '../command';
import { CliUsageError, stringOption } from '../command';
import { ARCHIVE_ARGUMENTS, ARCHIVE_OPTIONS, withArchive } from '../archive-option';

const USAGE =
  'library star|unstar|read|unread ID | tag|untag ID NAME | note ID --text T | show ID | saved add NAME QUERY | saved list  --archive DIR [--cache C] [--data D]';

type Action = (service: ArchiveService) => Promise<StoryLibraryState | SavedSearch | SavedSearch[]>;

export const libraryCommand: CliCommand = {
  name: 'library',
  usage: 'library VERB … --archive DIR [--cache C] [--data D]',
  summary: 'Star, mark read, tag and annotate stories; save searches (see --help).',
  arguments: [
    ['star|unstar ID', 'star the story, or take its star away'],
    ['read|unread ID', 'mark the story read, or unread'],
    ['tag|untag ID NAME', 'give the story a tag, or take it away'],
    ['note ID --text T', 'add a dated note to the story'],
    ['show ID', "the story's state: starred, read, tags, notes, highlights"],
    ['saved add NAME QUERY', 'save a search under a name'],
    ['saved list', 'the saved searches, with how many new stories each finds'],
    ...ARCHIVE_ARGUMENTS,
  ],
  options: { ...ARCHIVE_OPTIONS, text: { type: 'string' } },
  positionals: { min: 1, max: 100 },
  async run({ positionals, values, log }) {
    const action = actionOf(positionals, values);
    const answer = await withArchive(values, log, action, { library: true });
    return { json: answer, text: describe(answer) };
  },
};

function actionOf(positionals: string[], values: CliValues): Action {
  const [verb, ...args] = positionals;
  const arity = (count: number, usage: string): void => {
    if (args.length !== count) throw new CliUsageError(`usage: clippings library ${usage}`);
  };
  switch (verb) {
    case 'star':
    case 'unstar': {
      arity(1, `${verb} ID`);
      const request = parse(setStarredRequestSchema, { id: args[0], starred: verb === 'star' });
      return (service) => service.library.setStarred(request);
    }
    case 'read':
    case 'unread': {
      arity(1, `${verb} ID`);
      const request = parse(setReadRequestSchema, { id: args[0], read: verb === 'read' });
      return (service) => service.library.setRead(request);
    }
    case 'tag':
    case 'untag': {
      arity(2, `${verb} ID NAME`);
      const request = parse(tagRequestSchema, { id: args[0], tag: args[1] });
      return (service) =>
        verb === 'tag' ? service.library.tag(request) : service.library.untag(request);
    }
    case 'note': {
      arity(1, 'note ID --text T');
      const text = stringOption(values, 'text');
      if (text === undefined)
        throw new CliUsageError('--text is required: library note ID --text T');
      const request = parse(addNoteRequestSchema, { id: args[0], text });
      return (service) => service.library.addNote(request);
    }
    case 'show': {
      arity(1, 'show ID');
      const request = parse(storyIdRequestSchema, { id: args[0] });
      return (service) => service.library.state(request);
    }
    case 'saved': {
      const [sub, ...rest] = args;
      if (sub === 'list' && rest.length === 0) return (service) => service.library.savedSearches();
      if (sub === 'add' && rest.length >= 2) {
        const request = parse(saveSearchRequestSchema, {
          name: rest[0],
          query: rest.slice(1).join(' '),
        });
        return (service) => service.library.saveSearch(request);
      }
      throw new CliUsageError('usage: clippings library saved add NAME QUERY | saved list');
    }
    default:
      throw new CliUsageError(`usage: clippings ${USAGE}`);
  }
}

function parse<T>(schema: z.ZodType<T, unknown>, candidate: unknown): T {
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) throw new CliUsageError(describeIssues(parsed.error));
  return parsed.data;
}

function describe(answer: StoryLibraryState | SavedSearch | SavedSearch[]): string {
  if (Array.isArray(answer)) {
    if (answer.length === 0) return 'No saved searches.';
    return answer.map(describeSaved).join('\n');
  }
  if ('query' in answer) return describeSaved(answer);
  const lines = [
    `${answer.id}: ${answer.starred ? 'starred' : 'not starred'}, ${answer.read ? `read (${answer.readAt})` : 'unread'}`,
    answer.tags.length > 0 ? `tags: ${answer.tags.join(', ')}` : 'no tags',
    ...answer.notes.map((note) => `note ${note.id} (${note.created}): ${note.text}`),
    ...answer.highlights.map(
      (highlight) =>
        `highlight ${highlight.id}: “${highlight.quote}”${highlight.note ? ` — ${highlight.note}` : ''}${highlight.anchor ? '' : ' (no longer in the story)'}`,
    ),
  ];
  return lines.join('\n');
}

function describeSaved(saved: SavedSearch): string {
  return `${saved.id}  ${saved.name}: ${saved.query}  (${saved.total} stories, ${saved.newMatches} new)`;
}
