// Requests for MLA and extradition (issue 12): the API contract of drafting, documents and tracking. The web app
// renders exactly this. Text fields take what people write, kept as written (never rewritten or translated).
import { z } from 'zod';
import { COOPERATION_KINDS } from '#domain/cooperation/types.ts';
import {
  ALL_REQUEST_STEPS,
  ASSURANCE_KINDS,
  MLA_MEASURES,
  REFUSAL_GROUNDS,
  REQUEST_EVENTS,
  REQUEST_SIDES,
  REQUEST_STATUSES,
  URGENCIES,
  WARRANT_KINDS,
} from '#domain/cooperation/requests.ts';
import { REQUEST_ITEM_KEYS, REQUIREMENT_LEVELS } from '#domain/cooperation/request-completeness.ts';
import { CONDUCT_IDS } from '#domain/cooperation/conducts.ts';
import { isoDate, localizedText, paging, recordVersion, versionField } from '../common.ts';

const stateCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be a State code of three capital letters, such as FRA')
  .describe('ISO 3166-1 alpha-3 code of a State.');
const uuid = z.string().uuid().describe('An id Accord gave.');
const short = (max = 300) => z.string().trim().max(max);
const long = (max = 20_000) => z.string().max(max);

export const requestStatus = z.enum(REQUEST_STATUSES).meta({ id: 'CooperationRequestStatus' });
export const requestEvent = z.enum(REQUEST_EVENTS);
export const requestSide = z.enum(REQUEST_SIDES);
export const refusalGround = z.enum(REFUSAL_GROUNDS);
export const requestStep = z.enum(ALL_REQUEST_STEPS as [string, ...string[]]);
export const requestItem = z.enum(REQUEST_ITEM_KEYS as [string, ...string[]]);

// --- Content, as each step writes it (every field optional in a patch; the whole shape in a response) -------------

export const requestingPart = z.strictObject({
  authorityName: short(),
  reference: short(120),
  contactName: short(),
  contactEmail: short(254),
  contactPhone: short(60),
  urgency: z.enum(URGENCIES),
  urgencyReason: long(2_000),
});
export const requestedPart = z.strictObject({
  authorityId: uuid.nullable().describe('A directory entry of the requested State; fills name, address, channel and language.'),
  authorityName: short(),
  address: long(2_000),
  channel: short(60),
  language: z.string().regex(/^([a-z]{2})?$/, 'must be an ISO 639-1 code such as fr').describe('Language of the output document.'),
});
export const legalBasisPart = z.strictObject({
  instrumentId: z.string().max(60).nullable(),
  bilateralTreatyId: uuid.nullable(),
  articles: short(200),
  reciprocity: z.boolean(),
  note: long(4_000),
});
export const factsPart = z.strictObject({
  subject: long(4_000),
  conductingAuthority: short(),
  summary: long(),
  purpose: long(4_000),
});
export const offencePart = z.strictObject({
  name: short(),
  lawReference: short(),
  lawText: long(),
  penalty: short(1_000),
});
export const assistancePart = z.strictObject({
  measures: z.array(z.enum(MLA_MEASURES)).max(MLA_MEASURES.length),
  details: z.partialRecord(z.enum(MLA_MEASURES), long(8_000)),
  personsConcerned: long(4_000),
  transferConsent: long(2_000),
});
export const personPart = z.strictObject({
  name: short(),
  aliases: short(1_000),
  dateOfBirth: short(40),
  nationality: short(120),
  identification: long(4_000),
  location: long(2_000),
});
export const warrantPart = z.strictObject({
  kind: z.enum(WARRANT_KINDS).nullable(),
  issuedBy: short(),
  issuedOn: isoDate.or(z.literal('')),
  reference: short(120),
  sentence: long(2_000),
  timeLimits: long(4_000),
});
export const assurancePart = z.strictObject({
  kind: z.enum(ASSURANCE_KINDS),
  direction: z.enum(['asked', 'offered']),
  text: long(4_000),
});
export const proceduresPart = z.strictObject({
  procedures: long(8_000),
  confidentiality: long(4_000),
  contacts: long(4_000),
});

export const requestContent = z
  .object({
    requesting: requestingPart,
    requested: requestedPart,
    legalBasis: legalBasisPart,
    facts: factsPart,
    offences: z.array(offencePart).max(50),
    assistance: assistancePart,
    person: personPart,
    warrant: warrantPart,
    assurances: z.array(assurancePart).max(20),
    procedures: proceduresPart,
  })
  .meta({ id: 'CooperationRequestContent' });

/** A patch of a draft: any parts, each whole (a step saves its part), plus who sees the content. */
export const requestPatch = z
  .strictObject({
    step: requestStep.optional().describe('The step being saved (recorded; the answer says what it still misses).'),
    content: z
      .strictObject({
        requesting: requestingPart.partial(),
        requested: requestedPart.partial(),
        legalBasis: legalBasisPart.partial(),
        facts: factsPart.partial(),
        offences: z.array(offencePart).max(50),
        assistance: assistancePart.partial(),
        person: personPart.partial(),
        warrant: warrantPart.partial(),
        assurances: z.array(assurancePart).max(20),
        procedures: proceduresPart.partial(),
      })
      .partial()
      .optional(),
    contentShared: z.boolean().optional().describe('Show what the request says to the requested authority.'),
    version: recordVersion,
  })
  .meta({ id: 'CooperationRequestPatch' });

export const finderStart = z.strictObject({
  conduct: z.enum(CONDUCT_IDS),
  asOf: isoDate.optional(),
  instrumentId: z.string().max(60).nullable().describe('The treaty chosen among the finder’s answers (null: reciprocity).'),
  bilateralTreatyId: uuid.nullable().optional(),
  articles: short(200).optional(),
});

export const requestCreate = z
  .strictObject({
    kind: z.enum(COOPERATION_KINDS),
    requestedStateCode: stateCode,
    requestingOrganisationId: uuid
      .optional()
      .describe('The State authority drafting it; default the caller’s only one (400 when they practise in several).'),
    requestedAuthorityId: uuid.optional(),
    fromFinder: finderStart.optional().describe('Start from a legal-basis answer: fills the legal basis and the authority.'),
  })
  .meta({ id: 'CooperationRequestCreate' });

export const requestDuplicate = z.strictObject({
  requestedStateCode: stateCode,
  requestedAuthorityId: uuid.optional(),
});

export const requestShares = z.strictObject({
  userIds: z.array(uuid).max(50).describe('People outside the requesting authority who may work on it, by name.'),
  version: recordVersion,
});

export const requestTransition = z
  .strictObject({
    event: requestEvent,
    ground: refusalGround.optional().describe('For refuse: the ground.'),
    note: long(4_000).optional(),
    reference: short(120).optional().describe('For receive: the requested authority’s own reference.'),
    version: recordVersion,
  })
  .meta({ id: 'CooperationRequestTransition' });

export const requestMessageInput = z.strictObject({ body: z.string().trim().min(1).max(10_000) });

export const requestListQuery = z.strictObject({
  side: z.enum(['all', ...REQUEST_SIDES]).default('all').describe('Requests the caller drafts or sends (requesting), receives (requested), or both.'),
  status: requestStatus.optional(),
  kind: z.enum(COOPERATION_KINDS).optional(),
  state: stateCode.optional().describe('The other State.'),
  ...paging({ pageSize: 50, max: 200 }),
});

// One table per calendar year of sending and kind, never a sum of them: figures of overlapping selections would let a
// suppressed cell be had by subtraction (domain/cooperation/request-statistics.ts, rule 4).
export const statisticsQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).describe('The calendar year in which the requests were sent.'),
  kind: z.enum(COOPERATION_KINDS),
});

export const documentQuery = z.strictObject({
  language: z.string().regex(/^[a-z]{2}$/).optional().describe('Default: the language chosen on the request.'),
});

// --- Responses ------------------------------------------------------------------------------------------------------

const requirementSource = z.discriminatedUnion('source', [
  z.object({ source: z.literal('template'), level: z.enum(REQUIREMENT_LEVELS) }),
  z.object({
    source: z.literal('treaty'),
    level: z.enum(REQUIREMENT_LEVELS),
    instrumentId: z.string(),
    article: z.string(),
    quote: z.string(),
  }),
  z.object({ source: z.literal('requested-state'), level: z.literal('required'), authorityId: z.string() }),
]);

export const completeness = z
  .object({
    items: z.array(
      z.object({
        item: requestItem,
        step: requestStep,
        state: z.enum(['present', 'missing', 'not-applicable']),
        level: z.enum(REQUIREMENT_LEVELS).nullable(),
        requiredBy: z.array(requirementSource),
      }),
    ),
    missing: z.array(requestItem),
    stepsWithMissing: z.array(requestStep),
    requestedStateRequirements: z.enum(['known', 'unknown']),
    complete: z.boolean(),
  })
  .meta({ id: 'CooperationRequestCompleteness' });

export const requestEventView = z.object({
  id: z.number().int(),
  event: z.union([requestEvent, z.literal('create')]),
  fromStatus: requestStatus.nullable(),
  toStatus: requestStatus,
  side: requestSide,
  ground: refusalGround.nullable(),
  note: z.string(),
  at: z.string().meta({ format: 'date-time' }),
  by: z.string().nullable().describe('The person’s name, shown to their own side only; else null.'),
});

export const requestMessageView = z.object({
  id: z.string(),
  side: requestSide,
  body: z.string(),
  author: z.string().nullable(),
  createdAt: z.string().meta({ format: 'date-time' }),
});

/** The shared record: what both authorities see. */
export const requestSummary = z
  .object({
    id: z.string(),
    kind: z.enum(COOPERATION_KINDS),
    status: requestStatus,
    statusChangedAt: z.string().meta({ format: 'date-time' }),
    refusalGround: refusalGround.nullable(),
    requestingState: z.object({ code: z.string(), names: localizedText }),
    requestedState: z.object({ code: z.string(), names: localizedText }),
    requestingOrganisation: z.object({ id: z.string(), name: z.string() }),
    requestedAuthority: z.object({ id: z.string(), name: z.string() }).nullable(),
    instrumentId: z.string().nullable(),
    requestingReference: z.string(),
    requestedReference: z.string(),
    sentAt: z.string().nullable(),
    receivedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    /** Whether a reminder is due: the status has stood still longer than REMIND_AFTER_DAYS. */
    overdue: z.boolean(),
    sides: z.array(requestSide).describe('The caller’s sides on this request.'),
    updatedAt: z.string().meta({ format: 'date-time' }),
    version: versionField,
  })
  .meta({ id: 'CooperationRequestSummary' });

export const requestDetail = requestSummary
  .extend({
    content: requestContent.nullable().describe('Null for a reader the content was not shared with.'),
    contentShared: z.boolean(),
    completeness: completeness.nullable().describe('For drafts, to the requesting side.'),
    events: z.array(requestEventView),
    messages: z.array(requestMessageView),
    sharedWith: z.array(z.object({ id: z.string(), name: z.string() })),
    attachments: z.array(z.object({ id: z.string(), title: z.string(), fileName: z.string().nullable() })),
    duplicatedFrom: z.string().nullable(),
    /** What the requested State's directory entry says it requires, as free text, when shown to this reader. */
    requestedRequirements: z
      .object({ dualCriminality: z.string(), assurances: z.string(), formats: z.string(), certification: z.string(), other: z.string() })
      .partial()
      .nullable(),
    /** Languages the requested authority accepts (directory), null when not known. */
    acceptedLanguages: z.array(z.string()).nullable(),
    abilities: z.object({
      edit: z.boolean(),
      share: z.boolean(),
      delete: z.boolean(),
      duplicate: z.boolean(),
      message: z.boolean(),
      document: z.boolean(),
      events: z.array(requestEvent).describe('Events the caller may take now.'),
    }),
  })
  .meta({ id: 'CooperationRequest' });

export const requestResponse = z.object({ data: requestDetail });

/** The shared record as both authorities follow it: what a transition answers (no content, no conversation). */
export const requestTracking = requestSummary
  .extend({
    events: z.array(requestEventView),
    abilities: z.object({
      message: z.boolean(),
      events: z.array(requestEvent).describe('Events the caller may take now.'),
    }),
  })
  .meta({ id: 'CooperationRequestTracking' });
export const requestTrackingResponse = z.object({ data: requestTracking });

export const requestMessageResponse = z.object({ data: requestMessageView });
export const requestMessageList = z.object({ data: z.array(requestMessageView) });

export const requestPage = z.object({
  data: z.array(requestSummary),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  abilities: z.object({ create: z.boolean() }),
});

/** A figure, or null when it rests on fewer than STATISTICS_MIN_CELL requests (suppressed). */
const cell = z.number().nullable();

export const statisticsResponse = z
  .object({
    data: z.object({
      year: z.number().int(),
      kind: z.enum(COOPERATION_KINDS),
      minimumCell: z.number().int().describe('No figure is published for fewer requests than this.'),
      total: cell.describe('Requests sent in the year (drafts never count).'),
      byRegionPair: z
        .array(
          z.object({
            requestingRegion: z.string().nullable().describe('A UN regional group; null for a participant without one.'),
            requestedRegion: z.string().nullable(),
            requests: z.number().int(),
          }),
        )
        .describe('Only the pairs whose figure is published: a pair left out has fewer than 5 requests, or none.'),
      medianDaysToExecution: cell.describe('From sending to execution, over the requests of the year executed so far.'),
      executed: cell,
      refusalsByGround: z.array(z.object({ ground: refusalGround, refusals: cell })),
    }),
  })
  .meta({ id: 'CooperationRequestStatistics' });

// --- The template, in one language (data/templates/cooperation/, reviewed like code) --------------------------------

export const templateQuery = z.strictObject({
  lang: z.enum(['ar', 'zh', 'en', 'fr', 'ru', 'es']).default('en'),
});
export const templateParams = z.strictObject({ kind: z.enum(COOPERATION_KINDS) });

/** Every word of the template in one language: the wizard's headings and labels, and the documents' fixed text. */
export const requestTemplateResponse = z
  .object({
    data: z.object({
      kind: z.enum(COOPERATION_KINDS),
      language: z.string(),
      /** When the template was last reviewed (YYYY-MM-DD). */
      reviewedOn: z.string(),
      title: z.string().describe('The document’s title, e.g. “Request for mutual legal assistance in a criminal matter”.'),
      steps: z.record(requestStep, z.object({ heading: z.string(), intro: z.string() })),
      items: z.record(requestItem, z.object({ label: z.string(), hint: z.string() })),
      /** Labels of the content's fields, by path ("requesting.authorityName", "offences.lawText"). */
      fields: z.record(z.string(), z.string()),
      measures: z.record(z.enum(MLA_MEASURES), z.string()),
      assuranceKinds: z.record(z.enum(ASSURANCE_KINDS), z.string()),
      assuranceDirections: z.object({ asked: z.string(), offered: z.string() }),
      warrantKinds: z.record(z.enum(WARRANT_KINDS), z.string()),
      urgencies: z.record(z.enum(URGENCIES), z.string()),
      /** The document's fixed sentences: opening, closing, "legal basis" wording, the unknown placeholder, … */
      fixedText: z.record(z.string(), z.string()),
      /** What each item requires, by source: the template's own essentials. */
      essentials: z.array(z.object({ item: requestItem, level: z.enum(REQUIREMENT_LEVELS) })),
    }),
  })
  .meta({ id: 'CooperationRequestTemplate' });

// --- Drafting: shares and attachments -------------------------------------------------------------------------------

export const shareCandidatesResponse = z.object({
  data: z.array(z.object({ id: z.string(), name: z.string(), shared: z.boolean().describe('Already named on the request.') })),
});

/** The attachment form (multipart/form-data): the file, and optionally its title and language. */
export const attachmentFields = z.strictObject({
  title: short().optional().describe('Default: the file’s name.'),
  language: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as fr').optional(),
});
export const attachmentForm = attachmentFields.extend({
  file: z.string().meta({ format: 'binary' }).describe('PDF, DOCX, XLSX, ODT, TXT (UTF-8), PNG or JPEG, at most 10 MiB.'),
});

export const attachmentParams = z.strictObject({
  id: z.string().max(100).meta({ format: 'uuid' }),
  documentId: z.string().max(100).meta({ format: 'uuid' }),
});
