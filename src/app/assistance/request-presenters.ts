// How assistance requests leave the use cases (the API's views), their abilities from the one policy, and the rules
// shared by the request use cases: one "not found" for a missing and a hidden request alike, the checks of a
// request's fields against what exists, the audited form of a request, and the notification of a change.
import { actorLabel, type Actor, type UserActor } from '#domain/actor.ts';
import { isMultiStateVisible, isRequestVisible, type RequestRecord } from '#domain/assistance/access.ts';
import { allowedEvents, type RequestEvent, type RequestStatus } from '#domain/assistance/request-workflow.ts';
import { isMandateId, isModality, isTheme, isUnLanguage, isUrgency } from '#domain/assistance/themes.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { can, type Target } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import {
  toRequestRecord,
  type AssistanceRequestsRepo,
  type RequestActivityRow,
  type RequestEventRow,
  type RequestMessageRow,
  type RequestResultRow,
  type RequestRow,
} from '#db/repos/assistance/assistance-requests.repo.ts';
import { createDocumentsRepo } from '#db/repos/library/documents.repo.ts';
import { recordTarget as documentTarget } from '../library/document-presenters.ts';
import { notify, type AssistanceEvent, type NotifyOptions } from '../accounts/support/notify.ts';
import { recordAudit } from '../shared/transaction.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

/** A request as the API shows it: dates as ISO strings, names resolved (in English, or the first language held). */
export interface RequestView extends RequestContent {
  id: string;
  reference: string;
  stateCode: string;
  stateName: string;
  requestingOrganisationName: string | null;
  addressedToOrganisationName: string;
  addressedToOrganisationAcronym: string | null;
  status: RequestStatus;
  statusChangedAt: string;
  recordedOnBehalf: boolean;
  confidentiality: string;
  sharedOrganisationIds: string[];
  /** The request this one was referred from: null unless the reader may read it. */
  referredFromRequestId: string | null;
  submittedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every change; the GET's ETag is "v<version>" (ADR 19). */
  version: number;
}

export interface TimelineEntryView {
  id: number;
  /** null for the creation of the request. */
  from: string | null;
  to: string;
  /** A workflow event, or `create`. */
  event: string;
  at: string;
  byUserId: string | null;
  byName: string | null;
  comment: string | null;
  reason: string | null;
  referredToOrganisationId: string | null;
  referredToOrganisationName: string | null;
  /** For a referral: the request opened for the other entity; null unless the reader may read it (the State; that
   * entity's people), so the referring entity is not given the id of a request it cannot open. */
  referralRequestId: string | null;
}

export interface MessageView {
  id: string;
  body: string;
  authorId: string | null;
  authorName: string | null;
  authorOrganisationId: string | null;
  authorOrganisationName: string | null;
  createdAt: string;
}

export interface RequestActivityView {
  id: string;
  title: string;
  kind: string;
  startDate: string;
  endDate: string;
  status: string;
  organisationId: string;
  organisationName: string;
}

export type RequestResultView = RequestResultRow;

/** An attachment as the reader sees it: its title only if they may read the document itself. */
export interface AttachmentView {
  id: string;
  title: string | null;
  fileName: string | null;
  mediaType: string | null;
}

export interface RequestDetail extends RequestView {
  timeline: TimelineEntryView[];
  messages: MessageView[];
  activities: RequestActivityView[];
  results: RequestResultView[];
  attachments: AttachmentView[];
  /** The request this one was referred from, if the reader may see it. */
  referredFrom: { id: string; reference: string } | null;
}

export interface RequestAbilities {
  /** May change the draft. */
  update: boolean;
  /** May write in the conversation. */
  comment: boolean;
  /** The workflow events the reader may fire now. */
  events: RequestEvent[];
}

export interface RequestListAbilities {
  create: boolean;
  export: boolean;
}

/**
 * `readable`: ids of other requests the reader may read (see `readableRequestIds`); a link to any other request
 * (`referredFromRequestId`) is shown only when it is among them.
 */
export function toRequestView(r: RequestRow, readable: ReadonlySet<string>): RequestView {
  return {
    id: r.id,
    reference: r.reference,
    stateCode: r.stateCode,
    stateName: nameOf(r.stateNames) || r.stateCode,
    requestingOrganisationId: r.requestingOrganisationId,
    requestingOrganisationName: r.requestingOrganisationNames ? nameOf(r.requestingOrganisationNames) : null,
    requestingAuthorityName: r.requestingAuthorityName,
    addressedToOrganisationId: r.addressedToOrganisationId,
    addressedToOrganisationName: nameOf(r.addressedToOrganisationNames),
    addressedToOrganisationAcronym: r.addressedToOrganisationAcronym,
    title: r.title,
    themes: r.themes,
    instrumentIds: r.instrumentIds,
    mandates: r.mandates,
    needs: r.needs,
    priorities: r.priorities,
    modality: r.modality,
    languages: r.languages,
    urgency: r.urgency,
    status: r.status,
    statusChangedAt: r.statusChangedAt.toISOString(),
    recordedOnBehalf: r.recordedOnBehalf,
    noteVerbaleDocumentId: r.noteVerbaleDocumentId,
    attachmentDocumentIds: r.attachmentDocumentIds,
    confidentiality: r.confidentiality,
    sharedOrganisationIds: r.sharedOrganisationIds,
    referredFromRequestId: r.referredFromRequestId && readable.has(r.referredFromRequestId) ? r.referredFromRequestId : null,
    submittedAt: r.submittedAt ? r.submittedAt.toISOString() : null,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

/** `readable`: as for `toRequestView`; the referral's new request is named only to those who may read it. */
export function toTimelineEntryView(e: RequestEventRow, readable: ReadonlySet<string>): TimelineEntryView {
  return {
    id: e.id,
    from: e.fromStatus,
    to: e.toStatus,
    event: e.event,
    at: e.at.toISOString(),
    byUserId: e.byUserId,
    byName: e.byDisplayName,
    comment: e.comment,
    reason: e.reason,
    referredToOrganisationId: e.referredToOrganisationId,
    referredToOrganisationName: e.referredToOrganisationNames ? nameOf(e.referredToOrganisationNames) : null,
    referralRequestId: e.referralRequestId && readable.has(e.referralRequestId) ? e.referralRequestId : null,
  };
}

export function toMessageView(m: RequestMessageRow): MessageView {
  return {
    id: m.id,
    body: m.body,
    authorId: m.authorId,
    authorName: m.authorDisplayName,
    authorOrganisationId: m.authorOrganisationId,
    authorOrganisationName: m.authorOrganisationNames ? nameOf(m.authorOrganisationNames) : null,
    createdAt: m.createdAt.toISOString(),
  };
}

/** Of these request ids, those the actor may read, by the policy on each loaded request: one query for them all. */
export async function readableRequestIds(
  repo: AssistanceRequestsRepo,
  actor: Actor,
  ids: readonly (string | null)[],
): Promise<Set<string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const rows = await repo.findByIds(wanted);
  return new Set(rows.filter((r) => can(actor, 'assistance-request:read', requestTarget(r))).map((r) => r.id));
}

/** Requests as a list shows them (the list, the export): links to other requests only where the reader may follow. */
export async function toRequestViews(repo: AssistanceRequestsRepo, actor: Actor, rows: readonly RequestRow[]): Promise<RequestView[]> {
  const readable = await readableRequestIds(repo, actor, rows.map((r) => r.referredFromRequestId));
  return rows.map((r) => toRequestView(r, readable));
}

export function requestTarget(r: RequestRow): Target {
  return { kind: 'request', request: toRequestRecord(r) };
}

export function requestAbilities(actor: Actor, r: RequestRow): RequestAbilities {
  const target = requestTarget(r);
  return {
    update: can(actor, 'assistance-request:update', target),
    comment: can(actor, 'assistance-request:comment', target),
    events: can(actor, 'assistance-request:read', target) ? allowedEvents(toRequestRecord(r), actor) : [],
  };
}

export function requestListAbilities(actor: Actor): RequestListAbilities {
  return { create: can(actor, 'assistance-request:create'), export: can(actor, 'assistance-request:read') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

/** The same answer for a request that does not exist, one the caller may not see, and a malformed id. */
export function requestNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', 'No such assistance request.', { params: { resource: 'assistance-request', id } });
}

/** The request if it exists and the actor may see it; otherwise NOT_FOUND, whichever it was. */
export async function findVisibleRequest(repo: AssistanceRequestsRepo, actor: Actor, id: string, lock = false): Promise<RequestRow> {
  const row = isUuid(id) ? await repo.findById(id, { lock }) : undefined;
  if (!row || !can(actor, 'assistance-request:read', requestTarget(row))) throw requestNotFound(id);
  return row;
}

export function validationFailed(issues: ErrorIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });
}

/** The content of a request, as written by its State (or recorded from its note verbale). */
export interface RequestContent {
  requestingOrganisationId: string | null;
  requestingAuthorityName: string | null;
  addressedToOrganisationId: string;
  title: string;
  themes: string[];
  instrumentIds: string[];
  mandates: string[];
  needs: string;
  priorities: string;
  modality: string;
  languages: string[];
  urgency: string;
  attachmentDocumentIds: string[];
  noteVerbaleDocumentId: string | null;
}

/** Kinds of organisation a State may address a request to. */
const ASSISTING_KINDS = ['un-entity', 'regional-organisation'];

/**
 * Checks a request's content against the vocabularies and what exists: themes, mandates, languages, modality and
 * urgency are known ids; instruments exist; the addressed organisation is a UN entity or a regional organisation;
 * the requesting authority is one of the State's; every attachment (and the note verbale) is a document the caller
 * may read (`newDocumentIds`: only those being added, so a co-author's attachment stays when the draft is edited).
 * Issues are under `body`.
 */
export async function checkRequestContent(
  db: Db,
  repo: AssistanceRequestsRepo,
  actor: Actor,
  stateCode: string,
  c: RequestContent,
  newDocumentIds: readonly string[],
): Promise<ErrorIssue[]> {
  const issues: ErrorIssue[] = [];
  const at = (...path: (string | number)[]) => ['body', ...path];
  if (c.title.trim() === '') issues.push({ path: at('title'), code: 'required', message: 'must not be empty' });
  c.themes.forEach((t, i) => {
    if (!isTheme(t)) issues.push({ path: at('themes', i), code: 'unknown_theme', message: `no theme ${t}` });
  });
  c.mandates.forEach((m, i) => {
    if (!isMandateId(m)) issues.push({ path: at('mandates', i), code: 'unknown_mandate', message: `no mandate ${m}` });
  });
  c.languages.forEach((l, i) => {
    if (!isUnLanguage(l)) issues.push({ path: at('languages', i), code: 'unknown_language', message: `not a UN language: ${l}` });
  });
  if (!isModality(c.modality)) issues.push({ path: at('modality'), code: 'unknown_modality', message: `no modality ${c.modality}` });
  if (!isUrgency(c.urgency)) issues.push({ path: at('urgency'), code: 'unknown_urgency', message: `no urgency ${c.urgency}` });
  const knownInstruments = new Set(await repo.existingInstrumentIds(c.instrumentIds));
  c.instrumentIds.forEach((id, i) => {
    if (!knownInstruments.has(id)) issues.push({ path: at('instrumentIds', i), code: 'unknown_instrument', message: `no instrument ${id}` });
  });

  const orgIds = [c.addressedToOrganisationId, c.requestingOrganisationId].filter((id): id is string => !!id && isUuid(id));
  const orgs = await repo.organisations(orgIds);
  const addressed = orgs.get(c.addressedToOrganisationId);
  if (!addressed) {
    issues.push({ path: at('addressedToOrganisationId'), code: 'unknown_organisation', message: 'no such organisation' });
  } else if (!ASSISTING_KINDS.includes(addressed.kind)) {
    issues.push({
      path: at('addressedToOrganisationId'),
      code: 'not_assisting_organisation',
      message: 'address the request to a UN entity or a regional organisation',
    });
  }
  if (c.requestingOrganisationId) {
    const requesting = orgs.get(c.requestingOrganisationId);
    if (!requesting) {
      issues.push({ path: at('requestingOrganisationId'), code: 'unknown_organisation', message: 'no such organisation' });
    } else if (requesting.kind !== 'state-authority' || requesting.stateCode !== stateCode) {
      issues.push({
        path: at('requestingOrganisationId'),
        code: 'not_state_authority',
        message: `the requesting authority must be an authority of ${stateCode}`,
      });
    }
  }

  const documents = createDocumentsRepo(db);
  const readable = async (id: string) => {
    const doc = isUuid(id) ? await documents.findById(id) : undefined;
    return !!doc && can(actor, 'document:read', documentTarget(doc));
  };
  const added = new Set(newDocumentIds);
  for (const [i, id] of c.attachmentDocumentIds.entries()) {
    if (added.has(id) && !(await readable(id))) {
      issues.push({ path: at('attachmentDocumentIds', i), code: 'unknown_document', message: 'no such document' });
    }
  }
  if (c.noteVerbaleDocumentId && added.has(c.noteVerbaleDocumentId) && !(await readable(c.noteVerbaleDocumentId))) {
    issues.push({ path: at('noteVerbaleDocumentId'), code: 'unknown_document', message: 'no such document' });
  }
  return issues;
}

/** What a submitted request must say: checked when the State submits its draft. */
export function submissionIssues(r: RequestRow): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  if (r.themes.length === 0) issues.push({ path: ['request', 'themes'], code: 'required', message: 'name at least one theme' });
  if (r.needs.trim() === '') issues.push({ path: ['request', 'needs'], code: 'required', message: 'describe the needs' });
  if (!r.requestingOrganisationId && !r.requestingAuthorityName?.trim()) {
    issues.push({ path: ['request', 'requestingAuthorityName'], code: 'required', message: 'name the requesting authority' });
  }
  return issues;
}

/** What the audit trail keeps of a request: its content and where it stands. */
export function auditedRequest(r: RequestContent & { stateCode: string; status: string; recordedOnBehalf: boolean }) {
  return {
    stateCode: r.stateCode,
    status: r.status,
    recordedOnBehalf: r.recordedOnBehalf,
    requestingOrganisationId: r.requestingOrganisationId,
    requestingAuthorityName: r.requestingAuthorityName,
    addressedToOrganisationId: r.addressedToOrganisationId,
    title: r.title,
    themes: r.themes,
    instrumentIds: r.instrumentIds,
    mandates: r.mandates,
    needs: r.needs,
    priorities: r.priorities,
    modality: r.modality,
    languages: r.languages,
    urgency: r.urgency,
    attachmentDocumentIds: r.attachmentDocumentIds,
    noteVerbaleDocumentId: r.noteVerbaleDocumentId,
  };
}

/** Appends to the audit trail: pass the transaction of the change. */
export async function auditRequest(
  tx: Db,
  actor: Actor,
  action: string,
  id: string,
  change: { before: unknown; after: unknown },
  now: Date,
): Promise<void> {
  await recordAudit(tx, { actor: actorLabel(actor), action, targetType: 'assistance-request', targetId: id, ...change }, now);
}

/** Tells the parties (the addressed entity, the requesting State) and the followers, inside the write transaction. */
export async function notifyRequest(
  tx: Db,
  kind: 'request-submitted' | 'request-transition' | 'request-message',
  actor: UserActor,
  r: RequestRow,
  params: Record<string, string | number | null>,
  now: Date,
  options: NotifyOptions = {},
): Promise<void> {
  const record: RequestRecord = toRequestRecord(r);
  const event: AssistanceEvent = {
    kind,
    recordType: 'request',
    recordId: r.id,
    actorUserId: actor.userId,
    stateCodes: [r.stateCode],
    themes: r.themes,
    organisationIds: [r.addressedToOrganisationId],
    visibleTo: (reader) => isRequestVisible(reader, record),
    partyOrganisationIds: [r.addressedToOrganisationId, ...(r.requestingOrganisationId ? [r.requestingOrganisationId] : [])],
    partyStateCodes: [r.stateCode],
    params: { reference: r.reference, title: r.title, status: r.status, stateCode: r.stateCode, ...params },
  };
  await notify(tx, event, now, options);
}

/** Activities under the request that the reader may see (an activity keeps its own confidentiality). */
export async function visibleActivities(
  repo: AssistanceRequestsRepo,
  actor: Actor,
  rows: RequestActivityRow[],
): Promise<RequestActivityRow[]> {
  const regions = await repo.participantRegions([...new Set(rows.flatMap((a) => a.stateCodes))]);
  return rows.filter((a) =>
    isMultiStateVisible(actor, {
      confidentiality: a.confidentiality,
      ownerOrganisationId: a.organisationId,
      sharedOrganisationIds: a.sharedOrganisationIds,
      namedUserIds: a.namedUserIds,
      createdBy: a.createdBy,
      states: a.stateCodes.map((code) => ({ code, region: regions.get(code) ?? null })),
    }),
  );
}

export function toActivityView(a: RequestActivityRow): RequestActivityView {
  return {
    id: a.id,
    title: a.title,
    kind: a.kind,
    startDate: a.startDate,
    endDate: a.endDate,
    status: a.status,
    organisationId: a.organisationId,
    organisationName: nameOf(a.organisationNames),
  };
}
