// Schemas of the coordination routes: "who does what, where", the overlap queue and its resolution, and the gaps
// (ranked, and one State's).
import { z } from 'zod';
import { OVERLAP_RESOLUTIONS } from '#domain/assistance/overlap-resolutions.ts';
import { THEMES } from '#domain/assistance/themes.ts';
import type { CoordinationCellView, OverlapView } from '#app/assistance/coordination-presenters.ts';
import type { ParticipantGapsView } from '#app/treaties/get-participant-gaps.ts';
import type { StateGapsRow } from '#app/assistance/list-coordination-gaps.ts';
import { isoDate, listPage, localizedText, paging } from '../common.ts';
import { needView } from './needs.ts';
import { instrumentSummary, participantSummary, participationStatus } from '../treaties/treaties.ts';

const date = z.string().meta({ format: 'date' });
const dateTime = z.string().meta({ format: 'date-time' });
const stateCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be a three-letter participant code')
  .transform((s) => s.toUpperCase());
const regionalGroup = z.string().max(100).describe('UN regional group, e.g. "African States".');

export const cellFilters = {
  from: isoDate.optional().describe('Activities whose dates meet the period from this day (default: a year ago).'),
  to: isoDate.optional().describe('… to this day, inclusive (default: a year from today).'),
  theme: z.enum(THEMES).optional(),
  regionalGroup: regionalGroup.optional(),
  stateCode: stateCode.optional(),
};

export const cellQuery = z.strictObject({ ...cellFilters, ...paging({ pageSize: 1000, max: 5000 }) });
export const cellExportQuery = z.strictObject({ ...cellFilters, format: z.enum(['csv', 'xlsx']).default('csv') });

export const cellView = z
  .object({
    stateCode: z.string(),
    theme: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    organisationAcronym: z.string().nullable(),
    activities: z.number().int().describe('Activities (not cancelled) of this entity for this State and theme in the period.'),
    firstDate: date.describe('The earliest start among them.'),
    lastDate: date.describe('The latest end among them.'),
  })
  .meta({ id: 'CoordinationCell' });

export const cellPage = listPage(cellView, {
  period: z.object({ from: date, to: date }),
  abilities: z.object({ export: z.boolean() }),
});

const overlapSide = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    title: z.string().nullable().describe('Only when you may read this activity.'),
    status: z.string(),
    startDate: date,
    endDate: date,
  })
  .meta({ id: 'OverlapSide' });

export const overlapView = z
  .object({
    id: z.string(),
    status: z.enum(['open', 'resolved']),
    activity: overlapSide.describe('The activity whose saving found the pair.'),
    other: overlapSide,
    stateCodes: z.array(z.string()),
    themes: z.array(z.string()),
    from: date.describe('The shared period, inclusive.'),
    to: date,
    detectedAt: dateTime,
    resolution: z.string().nullable().describe(`One of: ${OVERLAP_RESOLUTIONS.join(', ')}.`),
    resolutionComment: z.string().nullable(),
    resolvedByName: z.string().nullable(),
    resolvedAt: dateTime.nullable(),
    abilities: z.object({ resolve: z.boolean() }),
  })
  .meta({ id: 'Overlap' });

const overlapFilters = {
  status: z.enum(['open', 'resolved']).default('open'),
  stateCode: stateCode.optional(),
  organisationId: z.uuid().optional().describe('Pairs where this entity delivers one of the two activities.'),
};
export const overlapQuery = z.strictObject({ ...overlapFilters, ...paging({ pageSize: 50, max: 200 }) });
export const overlapExportQuery = z.strictObject({ ...overlapFilters, format: z.enum(['csv', 'xlsx']).default('csv') });

export const overlapPage = listPage(overlapView, {
  abilities: z.object({ resolve: z.boolean() }),
});

export const overlapResolution = z
  .strictObject({
    resolution: z.enum(OVERLAP_RESOLUTIONS),
    comment: z.string().trim().min(1).max(5000).describe('How it was resolved (required).'),
  })
  .meta({ id: 'OverlapResolution' });

// The web app shows the instruments once someone has assessed the State's legislation; until then, not known.
const legislation = z
  .discriminatedUnion('known', [
    z.object({ known: z.literal(false) }),
    z.object({
      known: z.literal(true),
      notIncorporated: z.number().int().min(0).describe('Instruments ratified but not incorporated.'),
      ratifiedNotIncorporated: z.array(z.string()),
      incorporatedNotRatified: z.array(z.string()),
      ratifiedNotKnown: z.array(z.string()).describe('Instruments the State is a party to whose incorporation is not known.'),
    }),
  ])
  .describe('Legislative incorporation from assessments: not known until the State has been assessed (never counted as zero).');

export const gapsRow = z
  .object({
    stateCode: z.string(),
    names: localizedText,
    regionalGroup: z.string().nullable(),
    instrumentsNotJoined: z.number().int().describe('Universal instruments not joined today (signatory, withdrawn or no act).'),
    instrumentsUnknown: z.number().int().describe('Universal instruments whose status is unknown: not gaps.'),
    legislation,
    needsWithoutOpenRequest: z.number().int(),
    openGaps: z.number().int().describe('instrumentsNotJoined + needsWithoutOpenRequest.'),
    openRequests: z.number().int(),
    recentActivities: z.number().int().describe('Activities (not cancelled) in the last 24 months.'),
    plannedActivities: z.number().int().describe('Activities (not cancelled) planned to start after today.'),
    withoutAssistance: z.boolean().describe('No open request, no activity in the last 24 months and none planned.'),
  })
  .meta({ id: 'StateGapsRow' });

const gapsFilters = {
  regionalGroup: regionalGroup.optional(),
  include: z.enum(['without-assistance', 'all']).default('without-assistance'),
};
export const gapsQuery = z.strictObject({ ...gapsFilters, ...paging({ pageSize: 50, max: 500 }) });
export const gapsExportQuery = z.strictObject({ ...gapsFilters, format: z.enum(['csv', 'xlsx']).default('csv') });

export const gapsPage = listPage(gapsRow, {
  asOf: date,
  assistanceSince: date,
});

export const participantGaps = z
  .object({
    asOf: date,
    participant: participantSummary,
    instrumentsNotJoined: z.array(instrumentSummary.extend({ status: participationStatus })),
    instrumentsUnknown: z.array(instrumentSummary),
    legislation,
    needsWithoutOpenRequest: z.object({
      total: z.number().int().describe('Every such need, whoever may read it.'),
      items: z.array(needView).describe('Those you may read.'),
    }),
    openRequests: z.number().int(),
    recentActivities: z.number().int(),
    plannedActivities: z.number().int(),
    assistanceSince: date,
    withoutAssistance: z.boolean(),
    openGaps: z.number().int(),
  })
  .meta({ id: 'ParticipantGaps' });

export const participantCodeParams = z.strictObject({
  code: z.string().regex(/^[A-Za-z]{3}$/, 'must be a three-letter code (ISO 3166-1 alpha-3 or an X-code)'),
});

// Compile-time checks: the schemas describe the use cases' views.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _cell: Same<z.output<typeof cellView>, CoordinationCellView> = true;
const _overlap: Same<z.output<typeof overlapView>['activity'], OverlapView['activity']> = true;
const _row: Same<z.output<typeof gapsRow>, StateGapsRow> = true;
const _gaps: Same<keyof z.output<typeof participantGaps>, keyof ParticipantGapsView> = true;
void [_cell, _overlap, _row, _gaps];
