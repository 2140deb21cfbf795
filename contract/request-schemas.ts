/**
 * The zod schemas of the API's requests, named in the method table (api-table.ts). Main parses
 * each payload with its method's schema before any work, whichever shell carried it (IPC,
 * HTTP); the CLI parses its arguments with the same schemas. Each schema `satisfies` the
 * model's request type, so the types and the validation cannot drift apart.
 *
 * Main only: the sandboxed preload and the renderer never load zod (see api-table.ts).
 */
import { z } from 'zod';
import { isCalendarDate } from '../main/core/model/calendar-date';
import { isTagName, MAX_TAG_LENGTH, normaliseTag } from '../main/core/model/tag-name';
import { wellFormed } from '../main/core/model/well-formed-text';
import type {
  AddHighlightRequest,
  AddNoteRequest,
  AnnotationsRequest,
  BrowseRequest,
  DeleteHighlightRequest,
  DeleteNoteRequest,
  EditNoteRequest,
  EntitiesRequest,
  EntityRequest,
  ExportRequest,
  HistoryRequest,
  MissingRequest,
  RelatedRequest,
  SavedSearchRequest,
  SaveSearchRequest,
  SearchRequest,
  SetReadRequest,
  SetStarredRequest,
  StoryIdRequest,
  StoryRequest,
  TagRequest,
} from '../main/core/model';

/** A story id is a file stem: never a path, so it cannot point outside the archive. */
export const storyIdSchema = z
  .string()
  .min(1, 'A story id cannot be empty.')
  .max(255, 'A story id is at most 255 characters.')
  .regex(/^[^/\\\0]+$/, 'A story id is a file name without folders.')
  .refine((id) => id !== '.' && id !== '..', 'A story id is a file name without folders.');

const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written YYYY-MM-DD.')
  .refine(isCalendarDate, 'That date does not exist.');

const filtersShape = {
  sections: z.array(z.string().min(1).max(100)).max(100).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
};

export const MAX_PAGE = 1000;

const pageShape = {
  limit: z.number().int().min(1).max(MAX_PAGE).optional(),
  offset: z.number().int().min(0).max(1_000_000).optional(),
};

export const searchRequestSchema = z
  .object({
    query: z.string().max(1000, 'A query is at most 1,000 characters.'),
    ...pageShape,
    ...filtersShape,
    sort: z.enum(['relevance', 'newest', 'oldest']).optional(),
  })
  .strict() satisfies z.ZodType<SearchRequest>;

export const browseRequestSchema = z
  .object({ ...pageShape, ...filtersShape, sort: z.enum(['newest', 'oldest']).optional() })
  .strict() satisfies z.ZodType<BrowseRequest>;

export const storyRequestSchema = z
  .object({ id: storyIdSchema, query: z.string().max(1000).optional() })
  .strict() satisfies z.ZodType<StoryRequest>;

export const relatedRequestSchema = z
  .object({ id: storyIdSchema })
  .strict() satisfies z.ZodType<RelatedRequest>;

export const missingRequestSchema = z
  .object({ limit: z.number().int().min(1).max(100_000).optional() })
  .strict() satisfies z.ZodType<MissingRequest>;

const entityKindSchema = z.enum(['person', 'organisation', 'place'], {
  error: 'A kind of name is person, organisation or place.',
});

export const entitiesRequestSchema = z
  .object({
    query: z.string().max(1000, 'A query is at most 1,000 characters.').optional(),
    kind: entityKindSchema.optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict() satisfies z.ZodType<EntitiesRequest>;

export const entityRequestSchema = z
  .object({
    kind: entityKindSchema,
    name: z
      .string()
      .max(200, 'A name is at most 200 characters.')
      .refine((name) => name.trim() !== '', 'Say which name.'),
  })
  .strict() satisfies z.ZodType<EntityRequest>;

// ───────────────────────────── the library ─────────────────────────────

/** The longest note (and highlight note), in characters. */
export const MAX_NOTE_LENGTH = 10_000;
/** The longest highlighted passage, and the context kept on either side of it. */
export const MAX_QUOTE_LENGTH = 2_000;
export const MAX_QUOTE_CONTEXT = 64;
export const MAX_EXPORT_IDS = 1_000;

/** True when the text holds a C0 or C1 control character (line breaks and tabs allowed if asked). */
function hasControls(text: string, allowLines = false): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (allowLines && (code === 0x09 || code === 0x0a || code === 0x0d)) continue;
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}
const CONTROLS = { test: (text: string) => hasControls(text) };
const CONTROLS_BUT_LINES = { test: (text: string) => hasControls(text, true) };

const tagSchema = z
  .string()
  .max(1_000, `A tag is at most ${MAX_TAG_LENGTH} characters.`)
  .refine((tag) => !CONTROLS.test(tag), 'A tag cannot contain control characters.')
  .transform(normaliseTag)
  .refine(isTagName, 'A tag needs at least one letter or digit.')
  .refine((tag) => tag.length <= MAX_TAG_LENGTH, `A tag is at most ${MAX_TAG_LENGTH} characters.`);

const noteTextSchema = z
  .string()
  .max(MAX_NOTE_LENGTH, `A note is at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters.`)
  .refine(
    (text) => !CONTROLS_BUT_LINES.test(text),
    'A note cannot contain control characters (line breaks and tabs are fine).',
  )
  .refine((text) => text.trim() !== '', 'A note cannot be empty.')
  // Stored as UTF-8: a lone surrogate becomes U+FFFD here, so what is stored is what is shown.
  .transform(wellFormed);

const rowIdSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

const quotePartSchema = (max: number, what: string) =>
  z
    .string()
    .max(max, `${what} is at most ${max.toLocaleString('en')} characters.`)
    .refine((text) => !CONTROLS.test(text), `${what} cannot contain control characters.`)
    .transform(wellFormed);

const savedFiltersShape = {
  ...filtersShape,
  sort: z.enum(['relevance', 'newest', 'oldest']).optional(),
};

export const storyIdRequestSchema = z
  .object({ id: storyIdSchema })
  .strict() satisfies z.ZodType<StoryIdRequest>;

export const setStarredRequestSchema = z
  .object({ id: storyIdSchema, starred: z.boolean() })
  .strict() satisfies z.ZodType<SetStarredRequest>;

export const setReadRequestSchema = z
  .object({ id: storyIdSchema, read: z.boolean() })
  .strict() satisfies z.ZodType<SetReadRequest>;

export const tagRequestSchema = z
  .object({ id: storyIdSchema, tag: tagSchema })
  .strict() satisfies z.ZodType<TagRequest, unknown>;

export const addNoteRequestSchema = z
  .object({ id: storyIdSchema, text: noteTextSchema })
  .strict() satisfies z.ZodType<AddNoteRequest>;

export const editNoteRequestSchema = z
  .object({ id: storyIdSchema, noteId: rowIdSchema, text: noteTextSchema })
  .strict() satisfies z.ZodType<EditNoteRequest>;

export const deleteNoteRequestSchema = z
  .object({ id: storyIdSchema, noteId: rowIdSchema })
  .strict() satisfies z.ZodType<DeleteNoteRequest>;

export const addHighlightRequestSchema = z
  .object({
    id: storyIdSchema,
    quote: quotePartSchema(MAX_QUOTE_LENGTH, 'A highlight').refine(
      (quote) => quote.trim() !== '',
      'Select some text to highlight.',
    ),
    prefix: quotePartSchema(MAX_QUOTE_CONTEXT, 'The text before a highlight'),
    suffix: quotePartSchema(MAX_QUOTE_CONTEXT, 'The text after a highlight'),
    note: noteTextSchema.optional(),
  })
  .strict() satisfies z.ZodType<AddHighlightRequest>;

export const deleteHighlightRequestSchema = z
  .object({ id: storyIdSchema, highlightId: rowIdSchema })
  .strict() satisfies z.ZodType<DeleteHighlightRequest>;

const listLimitShape = { limit: z.number().int().min(1).max(MAX_PAGE).optional() };

export const annotationsRequestSchema = z
  .object(listLimitShape)
  .strict() satisfies z.ZodType<AnnotationsRequest>;

export const historyRequestSchema = z
  .object(listLimitShape)
  .strict() satisfies z.ZodType<HistoryRequest>;

export const saveSearchRequestSchema = z
  .object({
    name: z
      .string()
      .transform((name) => name.trim())
      .pipe(
        z
          .string()
          .min(1, 'A saved search needs a name.')
          .max(100, 'A saved search name is at most 100 characters.')
          .refine((name) => !CONTROLS.test(name), 'A name cannot contain control characters.')
          .transform(wellFormed),
      ),
    // Stored as written: a NUL (or another control character) would be cut or mangled on
    // the way into the library, so the search saved would not be the one typed.
    query: z
      .string()
      .max(1000, 'A query is at most 1,000 characters.')
      .refine(
        (query) => !CONTROLS_BUT_LINES.test(query),
        'A saved query cannot contain control characters.',
      )
      .transform(wellFormed),
    filters: z.object(savedFiltersShape).strict().optional(),
  })
  .strict() satisfies z.ZodType<SaveSearchRequest, unknown>;

export const savedSearchRequestSchema = z
  .object({ savedId: rowIdSchema })
  .strict() satisfies z.ZodType<SavedSearchRequest>;

export const exportRequestSchema = z
  .object({
    format: z.enum(['md', 'html', 'json', 'csv'], 'The format is md, html, json or csv.'),
    ids: z
      .array(storyIdSchema)
      .min(1, 'Choose at least one story to export.')
      .max(
        MAX_EXPORT_IDS,
        `A selection holds at most ${MAX_EXPORT_IDS} stories; export a search instead.`,
      )
      .optional(),
    query: z.string().max(1000, 'A query is at most 1,000 characters.').optional(),
    ...savedFiltersShape,
  })
  .strict() satisfies z.ZodType<ExportRequest>;

/** Methods that take no request accept nothing (an absent or empty payload). */
export const noRequestSchema = z
  .union([z.undefined(), z.null(), z.object({}).strict()])
  .transform(() => undefined);
