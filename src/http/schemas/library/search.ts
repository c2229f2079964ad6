// Schemas of the search route: the query (text, facets as comma-separated lists, page) and the answer (hits with
// their snippets and match ranges, facet counts).
import { z } from 'zod';
import { MANDATE_IDS, THEMES } from '#domain/assistance/themes.ts';
import { SEARCH_KINDS } from '#domain/library/records.ts';
import { listPage } from '../common.ts';

/** `a,b,c` → ['a', 'b', 'c'], each item checked by `item`. */
function list<O extends string | number>(item: z.ZodType<O, string>, description: string) {
  return z
    .string()
    .max(2000)
    .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(item).max(50))
    .optional()
    .describe(`${description} Several values separated by commas: any of them.`);
}

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(200).describe('The words sought, in any of the six languages (1–200 characters).'),
  state: list(z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter participant code'), 'States (ISO 3166-1 alpha-3).'),
  instrument: list(z.string().regex(/^[a-z0-9]{2,40}$/, 'must be an instrument id'), 'Instrument ids (financing1999).'),
  requirement: list(
    z.string().regex(/^[a-z0-9]{2,40}:[a-z0-9-]{2,60}$/, 'must be a requirement id (instrument:requirement)'),
    'Requirement ids of the checklists (financing1999:offences).',
  ),
  kind: list(z.enum(SEARCH_KINDS), 'Kinds of record.'),
  language: list(z.string().regex(/^[a-z]{2,3}$/, 'must be a language code'), 'Languages of the records (ISO 639-1).'),
  year: list(
    z.string().regex(/^\d{4}$/, 'must be a year').transform(Number).pipe(z.number().int().min(1900).max(2999)),
    'Years of the records.',
  ),
  theme: list(z.enum(THEMES), 'Themes.'),
  mandate: list(z.enum(MANDATE_IDS as [string, ...string[]]), 'Mandates of resolution 68/187 (68/187/OP1).'),
  lang: z.string().regex(/^[a-z]{2,3}$/).optional().describe("The reader's language, to segment the query (optional)."),
  page: z.coerce.number().int().min(1).max(500).default(1).describe('1-based page number.'),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

const range = z.object({ start: z.number().int(), end: z.number().int() });

export const searchHit = z
  .object({
    sourceKind: z.enum(['document', 'provision', 'article', 'assistance-request', 'activity', 'programme']),
    sourceId: z.string(),
    href: z.string().describe("The record's page in the web app, without the language prefix (/documents/…)."),
    title: z.string(),
    titleMatches: z.array(range).describe('Ranges of the title that match (UTF-16 offsets).'),
    kind: z.string(),
    language: z.string().nullable(),
    year: z.number().int().nullable(),
    stateCodes: z.array(z.string()),
    instrumentIds: z.array(z.string()),
    score: z.number().describe('≥ 1 for a direct text match; below 1 when found through an instrument the query names.'),
    snippets: z.array(
      z.object({
        text: z.string().describe('A slice of the original text.'),
        matches: z.array(range).describe('Ranges of `text` that match (UTF-16 offsets).'),
        leading: z.boolean().describe('Text was cut before it.'),
        trailing: z.boolean().describe('Text was cut after it.'),
      }),
    ),
  })
  .meta({ id: 'SearchHit' });

const facetCounts = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const searchAnswer = listPage(searchHit, {
  facets: z.object({
    state: facetCounts,
    instrument: facetCounts,
    requirement: facetCounts,
    kind: facetCounts,
    language: facetCounts,
    year: facetCounts,
    theme: facetCounts,
    mandate: facetCounts,
  }),
  more: z.boolean().describe('True when the query matches more entries than are ranked and counted (1,000 text matches and 200 found through a named instrument): `total` and the facet counts are then of those, and a filter narrows the search.'),
  instrumentsNamed: z.array(z.string()).describe('Instruments the query names in any language: entries tagged with them are found too.'),
}).meta({ id: 'SearchAnswer' });
