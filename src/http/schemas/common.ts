// Schemas shared by the routes: dates, paging, errors, abilities.
//
// Unknown query parameters are REJECTED (strict objects → 400 VALIDATION_FAILED naming each unknown key): a typo
// such as `?asof=2004-01-01` would otherwise silently answer for today, and a closed set of parameters keeps the
// URL-keyed caches (ETag, response cache) bounded.
import { z } from 'zod';
import { LANGUAGES } from '#domain/treaties/types.ts';
import { isIsoDate, todayIso } from '#domain/treaties/dates.ts';

/**
 * The dates any input may name. Every date the application handles lies well inside (the oldest instrument is of
 * 1963); the bounds keep date arithmetic (a day added to an inclusive end, a year around today) far from year 10000,
 * which neither JavaScript's ISO strings nor the database drivers carry.
 */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2999-12-31';
const DATE_RANGE_MESSAGE = `must be between ${MIN_DATE} and ${MAX_DATE}`;

export const isoDate = z
  .string()
  // abort: one issue per bad value ("yesterday" is not YYYY-MM-DD; saying it is also not a real date is noise).
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD', abort: true })
  .refine(isIsoDate, { message: 'must be a real calendar date', abort: true })
  .refine((v) => v >= MIN_DATE && v <= MAX_DATE, { message: DATE_RANGE_MESSAGE, abort: true })
  .meta({ format: 'date', example: '2014-07-10' });

const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A day (YYYY-MM-DD) or an ISO timestamp, both real and within MIN_DATE..MAX_DATE. */
export const isoDateOrInstant = z
  .string()
  .trim()
  .refine((v) => isIsoDate(v) || (INSTANT.test(v) && isIsoDate(INSTANT.exec(v)![1]!) && !Number.isNaN(Date.parse(v))), {
    message: 'must be YYYY-MM-DD or an ISO timestamp',
    abort: true,
  })
  .refine((v) => v.slice(0, 10) >= MIN_DATE && v.slice(0, 10) <= MAX_DATE, { message: DATE_RANGE_MESSAGE, abort: true })
  .meta({ example: '2026-03-01' });

/**
 * `asOf`: a real date, not in the future. The clock is injected (buildServer's `now`), so the check runs per request
 * and tests can pin "today".
 */
export function asOfParam(now: () => Date) {
  return isoDate
    .refine((v) => v <= todayIso(now()), { message: 'must not be in the future' })
    .optional()
    .describe('Status as of this date (YYYY-MM-DD, not in the future). Default: today.');
}

export const lang = z.enum(LANGUAGES).default('en').describe('Language of names in exported files.');

export function paging(defaults: { pageSize: number; max: number }) {
  return {
    page: z.coerce.number().int().min(1).default(1).describe('1-based page number.'),
    pageSize: z.coerce.number().int().min(1).max(defaults.max).default(defaults.pageSize),
  };
}

export const localizedText = z
  .object(Object.fromEntries(LANGUAGES.map((l) => [l, z.string().optional()])) as Record<
    (typeof LANGUAGES)[number],
    z.ZodOptional<z.ZodString>
  >)
  .meta({ id: 'LocalizedText', description: 'Text per UN language; a missing language falls back to English.' });

export const abilities = z
  .object({
    export: z.boolean().describe('May download this data as a file.'),
    import: z.boolean().describe('May import a status list.'),
  })
  .meta({ id: 'TreatyAbilities' });

export const errorBody = z
  .object({
    error: z.object({
      code: z.string().describe('NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx.'),
      message: z.string(),
      params: z.record(z.string(), z.unknown()),
      issues: z.array(
        z.object({
          path: z.array(z.union([z.string(), z.number()])),
          message: z.string(),
          code: z.string().optional(),
          params: z
            .record(z.string(), z.union([z.string(), z.number()]))
            .optional()
            .describe('The bounds of the rule broken: minimum, maximum, origin (string, number, array), format.'),
        }),
      ),
    }),
  })
  .meta({ id: 'ErrorBody' });

/** The 200 of a list's export (CSV or XLSX), sent as an attachment. */
export const tableFileResponse = {
  description: 'The file (Content-Disposition: attachment)',
  content: {
    'text/csv': { schema: z.string() },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().meta({ format: 'binary' }) },
  },
};

/** Error responses every public read route can give. */
export const readErrors = { 400: errorBody, 404: errorBody, 429: errorBody, 500: errorBody } as const;

/** Error responses of a route for signed-in people (a record outside the caller's scope is a 404). */
export const signedInErrors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 429: errorBody, 500: errorBody } as const;

/** Unknown ids answer 404 like hidden ones (checked by the use case), so the parameter takes any short string. */
export const idParams = z.strictObject({ id: z.string().max(100).meta({ format: 'uuid' }) });

/** A page of a list: its rows, the page, the total, and what else the list tells (its abilities, …). */
export function listPage<T extends z.ZodType, E extends z.ZodRawShape>(item: T, extra: E) {
  return z.object({ data: z.array(item), page: z.number().int(), pageSize: z.number().int(), total: z.number().int(), ...extra });
}

export function pageOf<T extends z.ZodType>(item: T) {
  return listPage(item, { abilities });
}

export function one<T extends z.ZodType>(data: T) {
  return z.object({ data, abilities });
}

/**
 * Optimistic concurrency (ADR 19). A write names the version it was made on: the `If-Match` header (the ETag of the
 * record's GET, `"v3"`) or, for clients that cannot set headers, this field of the body.
 */
export const recordVersion = z
  .number()
  .int()
  .min(1)
  .optional()
  .describe('The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match.');

export const versionField = z.number().int().min(1).describe('Bumped by every change; the GET’s ETag is "v" and this number.');

/**
 * The answers of a conditional write: 412 when another write came first (the body holds the record as it is now, in
 * the GET's shape, beside the error) and 428 when the write names no version.
 */
export function conditionalWriteErrors<T extends z.ZodObject>(current: T) {
  return { 412: current.extend({ error: errorBody.shape.error }), 428: errorBody } as const;
}
