// Schemas of the delivery routes: activities (with the coordination warning), their results and the summary of
// ratifications following assistance, and the mandates.
import { z } from 'zod';
import { CONFIDENTIALITY_LEVELS } from '#domain/accounts/types.ts';
import { INSTITUTION_KINDS } from '#domain/assistance/activities.ts';
import { ACTIVITY_STATUSES } from '#domain/assistance/delivery.ts';
import { RESULT_KINDS } from '#domain/assistance/results.ts';
import { ACTIVITY_KINDS, MANDATE_IDS, THEMES, UN_LANGUAGES, type MandateId } from '#domain/assistance/themes.ts';
import { isoDate, listPage, paging, recordVersion, versionField } from '../common.ts';

const uuid = z.uuid();
const mandateId = z.enum(MANDATE_IDS as [MandateId, ...MandateId[]]);
const dateTime = z.string().meta({ format: 'date-time' });
const stateCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be a three-letter participant code')
  .transform((s) => s.toUpperCase());
const ids = (what: string) => z.array(uuid).max(100).describe(what);
const count = z.number().int().min(0).max(1_000_000);

export const overlapView = z
  .object({
    disclosed: z
      .boolean()
      .describe('Whether you may read the other activity. When false, only that an activity of another entity overlaps: every other field is empty.'),
    otherActivityId: z.string().nullable(),
    organisationId: z.string().nullable(),
    organisationName: z.string().nullable().describe('The other entity, when disclosed.'),
    from: z.string().nullable().describe('First shared day, when disclosed.'),
    to: z.string().nullable().describe('Last shared day (inclusive), when disclosed.'),
    stateCodes: z.array(z.string()).describe('States both serve (empty when not disclosed).'),
    themes: z.array(z.string()).describe('Themes both cover (empty when not disclosed).'),
    title: z.string().nullable().describe('The other activity’s title, when disclosed.'),
  })
  .meta({ id: 'ActivityOverlap' });

const participants = z.object({
  total: count.nullable().optional(),
  bySex: z.object({ female: count, male: count, otherOrUndisclosed: count }).nullable().optional(),
  byInstitutionKind: z.partialRecord(z.enum(INSTITUTION_KINDS), count).nullable().optional(),
});

const activityFieldsShape = {
  title: z.string().trim().min(1).max(300),
  kind: z.enum(ACTIVITY_KINDS),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  organisationId: uuid.nullable().optional().describe('The delivering entity. Default: your one entity.'),
  requestId: uuid.nullable().optional().describe('The request it answers (accepted, planned or in delivery; addressed to the entity).'),
  programmeId: uuid.nullable().optional(),
  strategyId: uuid.nullable().optional().describe('The strategy it supports.'),
  stateCodes: z.array(stateCode).min(1).max(60),
  themes: z.array(z.enum(THEMES)).min(1),
  mandates: z.array(mandateId).optional(),
  instrumentIds: z.array(z.string().max(100)).max(30).optional(),
  startDate: isoDate,
  endDate: isoDate.describe('Inclusive.'),
  online: z.boolean().optional(),
  place: z.object({ city: z.string().max(200).nullable().optional(), countryCode: stateCode }).nullable().optional(),
  languages: z.array(z.enum(UN_LANGUAGES)).min(1),
  partnerOrganisationIds: ids('Partners delivering with it.').optional(),
  beneficiaries: z
    .array(z.object({ name: z.string().trim().min(1).max(300), kind: z.enum(INSTITUTION_KINDS).nullable() }))
    .max(200)
    .optional(),
  participants: participants.nullable().optional().describe('Counts only; every count given must agree with the others.'),
  outputs: z.string().max(20_000).optional(),
  followUp: z.string().max(20_000).optional(),
  confidentiality: z.enum(CONFIDENTIALITY_LEVELS).optional().describe('Default: state-restricted.'),
  sharedOrganisationIds: ids('Organisations it is shared with.').optional(),
  namedUserIds: ids('People named (you are always added).').optional(),
};

export const activityBody = z.strictObject(activityFieldsShape).meta({ id: 'NewActivity' });
export const activityPatch = z
  .strictObject(Object.fromEntries(Object.entries(activityFieldsShape).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof activityFieldsShape]: z.ZodOptional<(typeof activityFieldsShape)[K]>;
  })
  .extend({ version: recordVersion })
  .meta({ id: 'ActivityChanges' });

export const overlapCheckBody = z
  .object({
    activityId: uuid.nullable().optional().describe('The activity being edited (left out of its own check).'),
    organisationId: uuid.nullable().optional(),
    stateCodes: z.array(stateCode).min(1).max(60),
    themes: z.array(z.enum(THEMES)).min(1),
    startDate: isoDate,
    endDate: isoDate,
  })
  .describe('The activity’s fields (others are ignored).')
  .meta({ id: 'OverlapCheck' });

export const activityView = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    status: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    organisationAcronym: z.string().nullable(),
    requestId: z.string().nullable(),
    programmeId: z.string().nullable(),
    strategyId: z.string().nullable(),
    stateCodes: z.array(z.string()),
    themes: z.array(z.string()),
    mandates: z.array(z.string()),
    instrumentIds: z.array(z.string()),
    startDate: z.string(),
    endDate: z.string(),
    online: z.boolean(),
    place: z.object({ city: z.string().nullable(), countryCode: z.string() }).nullable(),
    languages: z.array(z.string()),
    partnerOrganisationIds: z.array(z.string()),
    beneficiaries: z.array(z.object({ name: z.string(), kind: z.string().nullable() })),
    participants: z.object({
      total: z.number().nullable(),
      bySex: z.object({ female: z.number(), male: z.number(), otherOrUndisclosed: z.number() }).nullable(),
      byInstitutionKind: z.record(z.string(), z.number()).nullable(),
    }),
    outputs: z.string(),
    followUp: z.string(),
    confidentiality: z.enum(CONFIDENTIALITY_LEVELS),
    sharedOrganisationIds: z.array(z.string()),
    namedUserIds: z.array(z.string()),
    createdBy: z.string().nullable(),
    createdAt: dateTime,
    updatedAt: dateTime,
    version: versionField,
  })
  .meta({ id: 'Activity' });

export const activityAbilities = z
  .object({ update: z.boolean(), recordResult: z.boolean().describe('May record a result of this activity.') })
  .meta({ id: 'ActivityAbilities' });

export const resultView = z
  .object({
    id: z.string(),
    kind: z.string(),
    activityId: z.string().nullable(),
    activityTitle: z.string().nullable(),
    requestId: z.string().nullable(),
    stateCode: z.string(),
    date: z.string(),
    participationEventId: z.number().nullable(),
    participationEvent: z.object({ id: z.number(), kind: z.string(), date: z.string().nullable(), instrumentId: z.string() }).nullable(),
    instrumentId: z.string().nullable(),
    status: z.enum(['confirmed', 'expected']).nullable().describe('For a ratification: confirmed by a deposit in the record, or still expected.'),
    confirmedAt: z.string().nullable().describe('The confirming deposit’s date.'),
    expectedDate: z.string().nullable(),
    strategyId: z.string().nullable(),
    documentId: z.string().nullable(),
    description: z.string(),
    createdBy: z.string().nullable(),
    createdAt: dateTime,
  })
  .meta({ id: 'AssistanceResult' });

export const activityDetail = activityView
  .extend({
    results: z.array(resultView),
    request: z.object({ id: z.string(), reference: z.string(), title: z.string(), status: z.string() }).nullable().describe('Only if you may read it.'),
    programme: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
    strategy: z.object({ id: z.string(), title: z.string(), stage: z.string() }).nullable(),
  })
  .meta({ id: 'ActivityDetail' });

export const activityResponse = z.object({ data: activityDetail, abilities: activityAbilities });
export const savedActivityResponse = z.object({
  data: activityView,
  abilities: activityAbilities,
  overlaps: z.array(overlapView).describe('Other entities’ activities for the same State and theme over dates that meet.'),
});
export const activityPage = listPage(activityView, {
  abilities: z.object({ create: z.boolean(), export: z.boolean() }).meta({ id: 'ActivityListAbilities' }),
});

export const activityFilters = {
  stateCode: stateCode.optional(),
  theme: z.enum(THEMES).optional(),
  kind: z.enum(ACTIVITY_KINDS).optional(),
  organisationId: uuid.optional().describe('Delivered by or shared with this organisation.'),
  mandate: mandateId.optional().describe('e.g. 68/187/OP9'),
  year: z.coerce.number().int().min(1900).max(2200).optional().describe('Held (at least partly) in this year.'),
  from: isoDate.optional().describe('Held at least partly on or after this day.'),
  to: isoDate.optional().describe('Held at least partly on or before this day.'),
  requestId: uuid.optional(),
  programmeId: uuid.optional(),
  strategyId: uuid.optional(),
  status: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe(`One or several of ${ACTIVITY_STATUSES.join(', ')} (repeat, or comma-separated).`),
  q: z.string().max(200).optional().describe('Part of the title or outputs.'),
};
export const activityListQuery = z.strictObject({ ...activityFilters, ...paging({ pageSize: 50, max: 200 }) });
export const activityExportQuery = z.strictObject({ ...activityFilters, format: z.enum(['csv', 'xlsx', 'ics']).default('csv') });

export const resultBody = z
  .strictObject({
    kind: z.enum(RESULT_KINDS),
    stateCode: stateCode.nullable().optional().describe('Default: the event’s State, or the activity’s one State.'),
    date: isoDate.nullable().optional().describe('Default: the event’s date for a ratification.'),
    participationEventId: z.number().int().positive().nullable().optional().describe('For ratification-deposited: the deposit.'),
    expected: z
      .boolean()
      .optional()
      .describe('For ratification-deposited not yet deposited: name the instrument; confirmed when the State’s deposit is imported.'),
    expectedDate: isoDate.nullable().optional().describe('For an expected result: when the deposit is expected.'),
    instrumentId: z.string().max(100).nullable().optional(),
    strategyId: uuid.nullable().optional().describe('For strategy-adopted.'),
    documentId: uuid.nullable().optional(),
    description: z.string().max(10_000).optional(),
  })
  .meta({ id: 'NewAssistanceResult' });

const resultFilters = {
  kind: z.enum(RESULT_KINDS).optional(),
  stateCode: stateCode.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
};
export const resultListQuery = z.strictObject({ ...resultFilters, ...paging({ pageSize: 50, max: 200 }) });
export const resultExportQuery = z.strictObject({ ...resultFilters, format: z.enum(['csv', 'xlsx']).default('csv') });
export const resultPage = listPage(resultView, {});
export const resultWarning = z
  .object({ path: z.array(z.string()), code: z.enum(['future_date']), message: z.string() })
  .meta({ id: 'ResultWarning' });
export const recordedResult = z.object({ data: resultView, warnings: z.array(resultWarning).describe('Recorded, but worth a second look.') });

const figure = {
  ratifications: z.number().int().describe('Distinct deposits counted.'),
  eventIds: z.array(z.number()).describe('The participation events counted.'),
  resultIds: z.array(z.string()).describe('The results linking them to activities.'),
};
export const resultsSummaryQuery = z.strictObject({ stateCode: stateCode.optional(), from: isoDate.optional(), to: isoDate.optional() });
export const resultsSummary = z.object({
  data: z
    .object({
      total: z.object(figure),
      byYear: z.array(z.object({ year: z.number().int(), ...figure })),
      byState: z.array(z.object({ stateCode: z.string(), ...figure })),
      byInstrument: z.array(z.object({ instrumentId: z.string(), instrumentName: z.string(), ...figure })),
      expected: z
        .object({ results: z.number().int(), resultIds: z.array(z.string()) })
        .describe('Expected ratifications no deposit in the record confirms yet: not counted above.'),
    })
    .meta({ id: 'RatificationsFollowingAssistance' }),
});

export const mandatesQuery = z.strictObject({ year: z.coerce.number().int().min(1900).max(2200).optional() });
export const mandatesResponse = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      resolution: z.string(),
      paragraph: z.number().int(),
      description: z.string(),
      activities: z.number().int().describe('Activities you may see tagged with it (held in `year` when given).'),
      programmes: z.number().int(),
    }),
  ),
  year: z.number().int().nullable(),
});

