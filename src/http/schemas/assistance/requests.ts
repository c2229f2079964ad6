// Schemas of the assistance-request routes: the request and its detail (timeline, conversation, activities, results),
// the filters of the list and the export, the draft and its changes, a transition, a message. Vocabularies (themes,
// mandates, languages, modality, urgency) are closed sets from the domain, so an unknown one is a 400 naming it.
import { z } from 'zod';
import { DECLINE_REASONS, REQUEST_EVENTS, REQUEST_STATUSES } from '#domain/assistance/request-workflow.ts';
import { MANDATE_IDS, MODALITIES, THEMES, UN_LANGUAGES, URGENCY_LEVELS } from '#domain/assistance/themes.ts';
import { listPage, paging, recordVersion, versionField } from '../common.ts';

const dateTime = z.string().meta({ format: 'date-time' });
const day = z.string().meta({ format: 'date' });
const uuid = z.uuid();
const stateCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be a three-letter participant code')
  .transform((s) => s.toUpperCase())
  .describe('ISO 3166-1 alpha-3 of the requesting State.');
const theme = z.enum(THEMES);
const status = z.enum(REQUEST_STATUSES);
const event = z.enum(REQUEST_EVENTS);
const mandate = z.enum(MANDATE_IDS as [string, ...string[]]);
const text = (max: number) => z.string().max(max);
const idList = (what: string) => z.array(uuid).max(50).describe(what);

export const requestView = z
  .object({
    id: z.string(),
    reference: z.string().describe('<State>-<year>-<serial of the State in that year>, unique (FRA-2026-0003); requests made before per-State numbering keep REQ-<year>-<serial>.'),
    stateCode: z.string(),
    stateName: z.string(),
    requestingOrganisationId: z.string().nullable(),
    requestingOrganisationName: z.string().nullable(),
    requestingAuthorityName: z.string().nullable(),
    addressedToOrganisationId: z.string(),
    addressedToOrganisationName: z.string(),
    addressedToOrganisationAcronym: z.string().nullable(),
    title: z.string(),
    themes: z.array(z.string()),
    instrumentIds: z.array(z.string()),
    mandates: z.array(z.string()),
    needs: z.string(),
    priorities: z.string(),
    modality: z.string(),
    languages: z.array(z.string()),
    urgency: z.string(),
    status,
    statusChangedAt: dateTime,
    recordedOnBehalf: z.boolean(),
    noteVerbaleDocumentId: z.string().nullable(),
    attachmentDocumentIds: z.array(z.string()),
    confidentiality: z.string(),
    sharedOrganisationIds: z.array(z.string()),
    referredFromRequestId: z.string().nullable(),
    submittedAt: dateTime.nullable(),
    createdBy: z.string().nullable(),
    createdAt: dateTime,
    updatedAt: dateTime,
    version: versionField,
  })
  .meta({ id: 'AssistanceRequestView' });

const timelineEntry = z
  .object({
    id: z.number().int(),
    from: z.string().nullable().describe('null for the creation of the request.'),
    to: z.string(),
    event: z.string().describe('A workflow event, or `create`.'),
    at: dateTime,
    byUserId: z.string().nullable(),
    byName: z.string().nullable(),
    comment: z.string().nullable(),
    reason: z.string().nullable(),
    referredToOrganisationId: z.string().nullable(),
    referredToOrganisationName: z.string().nullable(),
    referralRequestId: z.string().nullable().describe('The request opened for the entity it was referred to.'),
  })
  .meta({ id: 'AssistanceRequestTimelineEntry' });

export const messageView = z
  .object({
    id: z.string(),
    body: z.string(),
    authorId: z.string().nullable(),
    authorName: z.string().nullable(),
    authorOrganisationId: z.string().nullable(),
    authorOrganisationName: z.string().nullable(),
    createdAt: dateTime,
  })
  .meta({ id: 'AssistanceRequestMessage' });

const activityRef = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    startDate: day,
    endDate: day,
    status: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
  })
  .meta({ id: 'AssistanceRequestActivity' });

const resultRef = z
  .object({
    id: z.string(),
    kind: z.string(),
    activityId: z.string().nullable(),
    requestId: z.string().nullable(),
    stateCode: z.string(),
    participationEventId: z.number().int().nullable(),
    instrumentId: z.string().nullable(),
    date: day,
    description: z.string(),
  })
  .meta({ id: 'AssistanceRequestResult' });

const attachment = z
  .object({
    id: z.string(),
    title: z.string().nullable().describe('null when you may not read the document itself.'),
    fileName: z.string().nullable(),
    mediaType: z.string().nullable(),
  })
  .meta({ id: 'AssistanceRequestAttachment' });

export const requestDetail = requestView
  .extend({
    timeline: z.array(timelineEntry),
    messages: z.array(messageView),
    activities: z.array(activityRef).describe('Activities under the request that you may see.'),
    results: z.array(resultRef),
    attachments: z.array(attachment),
    referredFrom: z.object({ id: z.string(), reference: z.string() }).nullable(),
  })
  .meta({ id: 'AssistanceRequestDetail' });

export const requestAbilities = z
  .object({
    update: z.boolean().describe('May change the draft.'),
    comment: z.boolean().describe('May write in the conversation.'),
    events: z.array(event).describe('The workflow events you may fire now.'),
  })
  .meta({ id: 'AssistanceRequestAbilities' });

export const requestListAbilities = z
  .object({
    create: z.boolean().describe('May open a request (a focal point) or record one (an officer).'),
    export: z.boolean().describe('May download this list as CSV or XLSX.'),
  })
  .meta({ id: 'AssistanceRequestListAbilities' });

export const requestResponse = z.object({ data: requestDetail, abilities: requestAbilities });

export const requestPage = listPage(requestView, {
  abilities: requestListAbilities,
});

/** `status=submitted&status=accepted` or `status=submitted,accepted`. */
const statusList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(status).max(REQUEST_STATUSES.length))
  .describe('Any of these statuses (repeat the parameter, or separate with commas).');

export const requestFilters = {
  status: statusList.optional(),
  stateCode: stateCode.optional(),
  theme: theme.optional(),
  addressedTo: uuid.optional().describe('Addressed to this organisation.'),
  urgency: z.enum(URGENCY_LEVELS).optional(),
  q: z.string().max(200).optional().describe('Part of the reference, title, needs or priorities.'),
  view: z
    .enum(['queue', 'mine'])
    .optional()
    .describe('queue: addressed to your entities and awaiting them (submitted to in delivery); mine: your State’s.'),
};

export const requestListQuery = z.strictObject({ ...requestFilters, ...paging({ pageSize: 50, max: 200 }) });
export const requestExportQuery = z.strictObject({ ...requestFilters, format: z.enum(['csv', 'xlsx']).default('csv') });

/** Unknown ids answer 404 like hidden ones (checked by the use case), so the parameter takes any short string. */
export const requestIdParams = z.strictObject({
  id: z.string().max(100).meta({ format: 'uuid' }).describe('The request id (a UUID).'),
});

const contentFields = {
  requestingOrganisationId: uuid.nullable().optional().describe('An authority of the State. Default for a focal point: theirs.'),
  requestingAuthorityName: text(300).nullable().optional().describe('As named in a note verbale, when the authority is not in Accord.'),
  addressedToOrganisationId: uuid.describe('A UN entity or a regional organisation.'),
  title: z.string().trim().min(1).max(300),
  themes: z.array(theme).max(THEMES.length).optional(),
  instrumentIds: z.array(z.string().max(100)).max(50).optional().describe('Instruments concerned (ids of /instruments).'),
  mandates: z.array(mandate).max(MANDATE_IDS.length).optional(),
  needs: text(20_000).optional(),
  priorities: text(20_000).optional(),
  modality: z.enum(MODALITIES).optional(),
  languages: z.array(z.enum(UN_LANGUAGES)).max(UN_LANGUAGES.length).optional(),
  urgency: z.enum(URGENCY_LEVELS).optional(),
  attachmentDocumentIds: idList('Documents you may read (upload them first through /documents).').optional(),
  noteVerbaleDocumentId: uuid.nullable().optional().describe('The note verbale (required when recorded on behalf).'),
};

export const requestDraft = z
  .strictObject({
    stateCode,
    ...contentFields,
    recordedOnBehalf: z
      .boolean()
      .default(false)
      .describe('Recorded by an officer of the addressed entity from the State’s note verbale.'),
  })
  .meta({ id: 'AssistanceRequestDraft' });

export const requestPatch = z
  .strictObject({
    version: recordVersion,
    ...contentFields,
    addressedToOrganisationId: contentFields.addressedToOrganisationId.optional(),
    title: contentFields.title.optional(),
  })
  .meta({ id: 'AssistanceRequestChanges' });

export const requestTransition = z
  .strictObject({
    version: recordVersion,
    event,
    comment: text(10_000).nullable().optional().describe('Required to decline, refer or withdraw.'),
    reason: z.enum(DECLINE_REASONS).nullable().optional().describe('Required to decline.'),
    referToOrganisationId: uuid.nullable().optional().describe('Required to refer: a UN entity or regional organisation.'),
  })
  .meta({ id: 'AssistanceRequestTransition' });

export const requestMessage = z.strictObject({ body: z.string().max(10_000) }).meta({ id: 'AssistanceRequestNewMessage' });

