/**
 * The zod schema of every API request. Main parses each payload with these before any work,
 * whichever shell carried it (IPC, HTTP, CLI); each schema `satisfies` the contract's type, so
 * the contract and the validation cannot drift apart.
 */
import { z } from 'zod';
import { isCalendarDate } from '../core/model/calendar-date';
import type {
  ApiMethod,
  ApiRequests,
  BrowseRequest,
  MissingRequest,
  RelatedRequest,
  SearchRequest,
  StoryRequest,
} from '../../preload/api';

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

/** Methods that take no request accept nothing (an absent or empty payload). */
export const noRequestSchema = z
  .union([z.undefined(), z.null(), z.object({}).strict()])
  .transform(() => undefined);

export const REQUEST_SCHEMAS: { [M in ApiMethod]: z.ZodType<ApiRequests[M], unknown> } = {
  status: noRequestSchema,
  openArchive: noRequestSchema,
  search: searchRequestSchema,
  story: storyRequestSchema,
  related: relatedRequestSchema,
  browse: browseRequestSchema,
  missing: missingRequestSchema,
};
