// How needs leave the use cases, their abilities from the one policy, and the rules the need use cases share: one
// "not found" for a missing and a hidden need alike, the audited form of a need, the checks of its fields, and the
// matches (open requests and activities covering it) with what of each the reader may see.
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { actorLabel, type Actor } from '#domain/actor.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import { activityDisclosure, isMultiStateVisible } from '#domain/assistance/access.ts';
import { matchNeed, type NeedStatus } from '#domain/assistance/needs.ts';
import type { RequestStatus } from '#domain/assistance/request-workflow.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { can, type Target } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import { createDocumentsRepo } from '#db/repos/library/documents.repo.ts';
import { toMultiStateRecord, type NeedRow, type NeedsRepo, type RequestMatchRow, type ActivityMatchRow } from '#db/repos/assistance/needs.repo.ts';
import { hideUnreadableDocuments } from './activity-presenters.ts';
import { activityRecord, regionLookup } from './coordination-presenters.ts';
import { isUuid, recordTarget } from '../library/document-presenters.ts';
import { recordAudit } from '../shared/transaction.ts';
import { auditNamedPeopleReads } from '../shared/audit-named-people-reads.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

/** A need names nobody, so it is never named-people. */
export const NEED_CONFIDENTIALITY = ['public', 'state-restricted', 'un-internal'] as const satisfies readonly Confidentiality[];

export interface NeedView {
  id: string;
  stateCode: string;
  themes: string[];
  instrumentIds: string[];
  description: string;
  sourceTitle: string;
  sourceOrganisationId: string | null;
  sourceOrganisationName: string | null;
  sourceDocumentId: string | null;
  assessedOn: string;
  status: NeedStatus;
  confidentiality: Confidentiality;
  ownerOrganisationId: string;
  ownerOrganisationName: string;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every change; the GET's ETag is "v<version>" (ADR 19). */
  version: number;
}

export interface NeedAbilities {
  update: boolean;
}

/**
 * The records covering a need. A request the reader may not read is left out altogether (not even its id); an
 * activity the reader may not read (a named-people one they are not named on, or one outside their scope) is
 * shown only as "an activity of another entity" (activityDisclosure). `covered` counts every match, shown or not.
 */
export interface NeedMatchesView {
  covered: boolean;
  requests: { id: string; reference: string; title: string; status: string; organisationName: string; themes: string[] }[];
  activities: NeedActivityMatchView[];
}

/** An activity covering a need; `disclosed: false` (every other field empty) when the reader may not read it. */
export interface NeedActivityMatchView {
  disclosed: boolean;
  id: string | null;
  title: string | null;
  status: string | null;
  organisationName: string | null;
  startDate: string | null;
  endDate: string | null;
  themes: string[];
}

const UNDISCLOSED_MATCH: Readonly<NeedActivityMatchView> = Object.freeze({
  disclosed: false,
  id: null,
  title: null,
  status: null,
  organisationName: null,
  startDate: null,
  endDate: null,
  themes: [],
});

/** The needs as the actor sees them: the assessment's document named only if the actor may read it. */
export function needViews(db: Db, actor: Actor, rows: NeedRow[]): Promise<NeedView[]> {
  return hideUnreadableDocuments(createActivitiesRepo(db), actor, rows.map(toNeedView), 'sourceDocumentId');
}

export function toNeedView(n: NeedRow): NeedView {
  return {
    id: n.id,
    stateCode: n.stateCode,
    themes: n.themes,
    instrumentIds: n.instrumentIds,
    description: n.description,
    sourceTitle: n.sourceTitle,
    sourceOrganisationId: n.sourceOrganisationId,
    sourceOrganisationName: n.sourceOrganisationNames ? nameOf(n.sourceOrganisationNames) : null,
    sourceDocumentId: n.sourceDocumentId,
    assessedOn: n.assessedOn,
    status: n.status,
    confidentiality: n.confidentiality,
    ownerOrganisationId: n.ownerOrganisationId,
    ownerOrganisationName: nameOf(n.ownerOrganisationNames),
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
    version: n.version,
  };
}

export function needTarget(n: NeedRow): Target {
  return { kind: 'held-record', record: toMultiStateRecord(n) };
}

export function needAbilities(actor: Actor, n: NeedRow): NeedAbilities {
  return { update: can(actor, 'need:update', needTarget(n)) };
}

export function needListAbilities(actor: Actor): { create: boolean } {
  return { create: can(actor, 'need:create') };
}

export function needNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', 'No such need.', { params: { resource: 'need', id } });
}

export async function findVisibleNeed(repo: NeedsRepo, actor: Actor, id: string, lock = false): Promise<NeedRow> {
  const need = isUuid(id) ? await repo.findById(id, { lock, scope: scopeFor(actor) }) : undefined;
  if (!need || !can(actor, 'need:read', needTarget(need))) throw needNotFound(id);
  return need;
}

export function validationFailed(issues: ErrorIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });
}

export interface NeedFields {
  stateCode: string;
  themes: string[];
  instrumentIds: string[];
  description: string;
  sourceTitle: string;
  /** Optional: who made the assessment, and the assessment as a document (not every one is uploaded). */
  sourceOrganisationId: string | null;
  sourceDocumentId: string | null;
  assessedOn: string;
  status: NeedStatus;
  confidentiality: Confidentiality;
  ownerOrganisationId: string;
}

/** What the audit trail keeps of a need. */
export function auditedNeed(f: NeedFields) {
  return {
    stateCode: f.stateCode,
    themes: f.themes,
    instrumentIds: f.instrumentIds,
    description: f.description,
    sourceTitle: f.sourceTitle,
    sourceOrganisationId: f.sourceOrganisationId,
    sourceDocumentId: f.sourceDocumentId,
    assessedOn: f.assessedOn,
    status: f.status,
    confidentiality: f.confidentiality,
    ownerOrganisationId: f.ownerOrganisationId,
  };
}

export async function auditNeed(tx: Db, actor: Actor, action: string, id: string, change: { before: unknown; after: unknown }, now: Date) {
  await recordAudit(tx, { actor: actorLabel(actor), action, targetType: 'need', targetId: id, ...change }, now);
}

/**
 * Checks what the database knows: the State, the instruments, the source organisation (when given) exist; the source
 * document (when given) exists and the caller may read it (one may not cite what one cannot open); the date is not in
 * the future.
 * Returns the State's regional group (for the policy's region limits). Issues are under `body`.
 */
export async function checkNeedFields(
  db: Db,
  repo: NeedsRepo,
  actor: Actor,
  f: NeedFields,
  today: string,
  /** On a change, each part of the source is checked only when it changes (the reader may not be able to open the old one). */
  checkSource: { organisation: boolean; document: boolean } = { organisation: true, document: true },
): Promise<{ issues: ErrorIssue[]; stateRegion: string | null }> {
  const issues: ErrorIssue[] = [];
  const issue = (field: string | (string | number)[], code: string, message: string) =>
    issues.push({ path: ['body', ...(Array.isArray(field) ? field : [field])], code, message });
  if (f.description.trim() === '') issue('description', 'required', 'must not be empty');
  if (f.sourceTitle.trim() === '') issue('sourceTitle', 'required', 'name the assessment');
  if (f.themes.length === 0) issue('themes', 'required', 'give at least one theme');
  if (f.assessedOn > today) issue('assessedOn', 'future_date', 'must not be in the future');
  const region = await repo.participantRegion(f.stateCode);
  if (region === undefined) issue('stateCode', 'unknown_state', `no participant ${f.stateCode}`);
  const source = { organisation: f.sourceOrganisationId, document: f.sourceDocumentId };
  const known = new Set(await repo.existingOrganisationIds([source.organisation ?? '', f.ownerOrganisationId].filter(isUuid)));
  if (checkSource.organisation && source.organisation !== null && !known.has(source.organisation)) {
    issue('sourceOrganisationId', 'unknown_organisation', 'no such organisation');
  }
  if (!known.has(f.ownerOrganisationId)) issue('ownerOrganisationId', 'unknown_organisation', 'no such organisation');
  const instruments = new Set(await repo.existingInstrumentIds(f.instrumentIds));
  f.instrumentIds.forEach((id, i) => {
    if (!instruments.has(id)) issue(['instrumentIds', i], 'unknown_instrument', 'no such instrument');
  });
  if (checkSource.document && source.document !== null) {
    const doc = isUuid(source.document) ? await createDocumentsRepo(db).findById(source.document) : undefined;
    if (!doc || !can(actor, 'document:read', recordTarget(doc))) issue('sourceDocumentId', 'unknown_document', 'no such document');
  }
  return { issues, stateRegion: region ?? null };
}

/** The open requests and activities covering the need, decided by the domain, shown as the reader may see them. */
export async function needMatches(db: Db, repo: NeedsRepo, actor: Actor, need: NeedRow): Promise<NeedMatchesView> {
  const [requests, activities, region] = await Promise.all([
    repo.requestCandidates(need.stateCode, need.themes),
    repo.activityCandidates(need.stateCode, need.themes, need.assessedOn),
    regionLookup(db),
  ]);
  const match = matchNeed<RequestMatchRow, ActivityMatchRow>(need, requests, activities);
  const readableRequests = match.requests.filter(({ record: r }) =>
    can(actor, 'assistance-request:read', { kind: 'request', request: { ...r, status: r.status as RequestStatus } }),
  );
  const titled = match.activities.filter(({ record: a }) => isMultiStateVisible(actor, activityRecord(a, region)));
  await auditNamedPeopleReads(
    db,
    actor,
    { request: readableRequests.map((m) => m.record), activity: titled.map((m) => m.record) },
    `need:${need.id}:matches`,
    new Date(),
  );
  return {
    covered: match.covered,
    requests: readableRequests.map(({ record: r, themes }) => ({
        id: r.id,
        reference: r.reference,
        title: r.title,
        status: r.status,
        organisationName: nameOf(r.addressedToOrganisationNames),
        themes,
      })),
    activities: match.activities.map(({ record: a, themes }) =>
      activityDisclosure(actor, activityRecord(a, region)) === 'full'
        ? {
            disclosed: true,
            id: a.id,
            title: a.title,
            status: a.status,
            organisationName: nameOf(a.organisationNames),
            startDate: a.startDate,
            endDate: a.endDate,
            themes,
          }
        : { ...UNDISCLOSED_MATCH },
    ),
  };
}
