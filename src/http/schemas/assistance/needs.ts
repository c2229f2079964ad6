// Schemas of the needs routes: the view (with its matches), the filters, the new need and its changes.
import { z } from 'zod';
import { CONFIDENTIALITY_LEVELS } from '#domain/accounts/types.ts';
import { NEED_STATUSES } from '#domain/assistance/needs.ts';
import { THEMES } from '#domain/assistance/themes.ts';
import { NEED_CONFIDENTIALITY } from '#app/assistance/need-presenters.ts';
import { isoDate, listPage, paging, recordVersion, versionField } from '../common.ts';

const date = z.string().meta({ format: 'date' });
const dateTime = z.string().meta({ format: 'date-time' });
const stateCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be a three-letter participant code')
  .transform((s) => s.toUpperCase())
  .describe('ISO 3166-1 alpha-3 of the State assessed.');
const themes = z.array(z.enum(THEMES)).min(1).max(THEMES.length);
const instrumentIds = z.array(z.string().max(100)).max(50);
const confidentiality = z
  .enum(NEED_CONFIDENTIALITY)
  .describe('public | state-restricted (default: the State, the holder, coordinators) | un-internal. A need names nobody.');

export const needView = z
  .object({
    id: z.string(),
    stateCode: z.string(),
    themes: z.array(z.string()),
    instrumentIds: z.array(z.string()),
    description: z.string(),
    sourceTitle: z.string(),
    sourceOrganisationId: z.string().nullable(),
    sourceOrganisationName: z.string().nullable(),
    sourceDocumentId: z.string().nullable(),
    assessedOn: date,
    status: z.enum(NEED_STATUSES),
    confidentiality: z.enum(CONFIDENTIALITY_LEVELS),
    ownerOrganisationId: z.string(),
    ownerOrganisationName: z.string(),
    createdAt: dateTime,
    updatedAt: dateTime,
    version: versionField,
  })
  .meta({ id: 'Need' });

export const needMatches = z
  .object({
    covered: z.boolean().describe('An open request or an activity covers it (whoever may read them).'),
    requests: z.array(
      z.object({
        id: z.string(),
        reference: z.string().nullable().describe('Only when you may read the request.'),
        title: z.string().nullable().describe('Only when you may read the request.'),
        status: z.string(),
        organisationName: z.string().describe('The entity it is addressed to.'),
        themes: z.array(z.string()).describe('Themes shared with the need.'),
      }),
    ),
    activities: z.array(
      z.object({
        disclosed: z
          .boolean()
          .describe('Whether you may read the activity. When false, only that an activity of another entity covers it: every other field is empty.'),
        id: z.string().nullable(),
        title: z.string().nullable(),
        status: z.string().nullable(),
        organisationName: z.string().nullable(),
        startDate: date.nullable(),
        endDate: date.nullable(),
        themes: z.array(z.string()).describe('Themes shared with the need (empty when not disclosed).'),
      }),
    ),
  })
  .meta({ id: 'NeedMatches' });

const needAbilities = z.object({ update: z.boolean().describe('May change this need.') }).meta({ id: 'NeedAbilities' });

export const needResponse = z.object({ data: needView, abilities: needAbilities });
export const needDetailResponse = z.object({ data: needView.extend({ matches: needMatches }), abilities: needAbilities });

export const needPage = listPage(needView, {
  abilities: z.object({ create: z.boolean().describe('May record a need.') }),
});

export const needFilters = {
  stateCode: stateCode.optional(),
  theme: z.enum(THEMES).optional(),
  organisationId: z.uuid().optional().describe('Held by this organisation.'),
  q: z.string().max(200).optional().describe('Part of the description or of the source title.'),
};

export const needListQuery = z.strictObject({
  ...needFilters,
  status: z.enum(NEED_STATUSES).optional(),
  ...paging({ pageSize: 50, max: 200 }),
});
export const uncoveredQuery = z.strictObject({ ...needFilters, ...paging({ pageSize: 50, max: 200 }) });
export const uncoveredExportQuery = z.strictObject({ ...needFilters, format: z.enum(['csv', 'xlsx']).default('csv') });
export const needExportQuery = z.strictObject({
  ...needFilters,
  status: z.enum(NEED_STATUSES).optional(),
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

export const newNeed = z
  .strictObject({
    stateCode,
    themes,
    instrumentIds: instrumentIds.optional(),
    description: z.string().trim().min(1).max(10_000),
    sourceTitle: z.string().trim().min(1).max(300).describe('The assessment that found the need.'),
    sourceOrganisationId: z.uuid().nullable().optional().describe('Who made the assessment, when known.'),
    sourceDocumentId: z.uuid().nullable().optional().describe('The assessment as a document you may read, when it was uploaded.'),
    assessedOn: isoDate.describe('When it was assessed (not in the future).'),
    confidentiality: confidentiality.optional(),
    ownerOrganisationId: z.uuid().optional().describe('Default: your one organisation that may hold records.'),
  })
  .meta({ id: 'NewNeed' });

export const needPatch = z
  .strictObject({
    version: recordVersion,
    themes: themes.optional(),
    instrumentIds: instrumentIds.optional(),
    description: z.string().trim().min(1).max(10_000).optional(),
    sourceTitle: z.string().trim().min(1).max(300).optional(),
    sourceOrganisationId: z.uuid().nullable().optional().describe('null: no longer named.'),
    sourceDocumentId: z.uuid().nullable().optional().describe('null: no longer attached.'),
    assessedOn: isoDate.optional(),
    status: z.enum(NEED_STATUSES).optional(),
    confidentiality: confidentiality.optional(),
  })
  .meta({ id: 'NeedChanges' });

