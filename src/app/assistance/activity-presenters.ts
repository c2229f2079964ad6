// How activities leave the use cases (the API's views), their abilities from the one policy, and the rules shared by
// the activity use cases: one "not found" for a missing and a hidden activity alike, the audited form of an activity,
// and the checks of its fields against what exists (States, instruments, organisations, the request, programme or
// strategy it serves).
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { actorLabel, type Actor } from '#domain/actor.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import type { MultiStateRecord, RequestRecord } from '#domain/assistance/access.ts';
import { activityIssues, type ActivityInput, type ParticipantCounts } from '#domain/assistance/activities.ts';
import { DELIVERABLE_REQUEST_STATUSES, isActivityStatus } from '#domain/assistance/delivery.ts';
import type { RequestStatus } from '#domain/assistance/request-workflow.ts';
import type { ActivityKind, MandateId, Theme, UnLanguage } from '#domain/assistance/themes.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { can, type Target } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import {
  activityAsRecord,
  type ActivitiesRepo,
  type ActivityRecord,
  type ActivityRow,
  type ParticipantsByInstitution,
} from '#db/repos/assistance/activities.repo.ts';
import { isUuid, recordTarget } from '../library/document-presenters.ts';
import { programmeRecord } from './programme-presenters.ts';
import { strategyRecord } from './strategy-presenters.ts';
import { recordAudit } from '../shared/transaction.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

/** The fields of an activity as written (create, or a patch merged over the current activity). */
export interface ActivityFields {
  title: string;
  kind: ActivityKind;
  status: string;
  organisationId: string;
  requestId: string | null;
  programmeId: string | null;
  strategyId: string | null;
  stateCodes: string[];
  themes: Theme[];
  mandates: MandateId[];
  instrumentIds: string[];
  startDate: string;
  endDate: string;
  online: boolean;
  place: { city?: string | null; countryCode: string } | null;
  languages: UnLanguage[];
  partnerOrganisationIds: string[];
  beneficiaries: { name: string; kind: ActivityRow['beneficiaries'][number]['kind'] }[];
  participants: ParticipantCounts | null;
  outputs: string;
  followUp: string;
  confidentiality: Confidentiality;
  sharedOrganisationIds: string[];
  namedUserIds: string[];
}

export interface ActivityView {
  id: string;
  title: string;
  kind: string;
  status: string;
  organisationId: string;
  organisationName: string;
  organisationAcronym: string | null;
  requestId: string | null;
  programmeId: string | null;
  strategyId: string | null;
  stateCodes: string[];
  themes: string[];
  mandates: string[];
  instrumentIds: string[];
  startDate: string;
  endDate: string;
  online: boolean;
  place: { city: string | null; countryCode: string } | null;
  languages: string[];
  partnerOrganisationIds: string[];
  beneficiaries: { name: string; kind: string | null }[];
  participants: {
    total: number | null;
    bySex: { female: number; male: number; otherOrUndisclosed: number } | null;
    byInstitutionKind: ParticipantsByInstitution | null;
  };
  outputs: string;
  followUp: string;
  confidentiality: Confidentiality;
  sharedOrganisationIds: string[];
  namedUserIds: string[];
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every change; the GET's ETag is "v<version>" (ADR 19). */
  version: number;
}

export interface ActivityAbilities {
  update: boolean;
  recordResult: boolean;
}

export interface ActivityListAbilities {
  create: boolean;
  export: boolean;
}

/** Another entity's activity overlapping the one being saved: who, when, where, on what; its title only if readable. */
/**
 * Another entity's activity meeting this one. `disclosed: false` when the reader may not read it (a named-people
 * activity they are not named on, or one outside their scope): then only that it exists, every other field empty.
 */
export interface OverlapView {
  disclosed: boolean;
  otherActivityId: string | null;
  organisationId: string | null;
  organisationName: string | null;
  from: string | null;
  to: string | null;
  stateCodes: string[];
  themes: string[];
  title: string | null;
}

/** What an overlap with an activity the reader may not read says: that it exists, nothing that identifies it. */
export const UNDISCLOSED_OVERLAP: Readonly<OverlapView> = Object.freeze({
  disclosed: false,
  otherActivityId: null,
  organisationId: null,
  organisationName: null,
  from: null,
  to: null,
  stateCodes: [],
  themes: [],
  title: null,
});

export function toActivityView(a: ActivityRecord): ActivityView {
  const bySex =
    a.participantsFemale !== null || a.participantsMale !== null || a.participantsOther !== null
      ? { female: a.participantsFemale ?? 0, male: a.participantsMale ?? 0, otherOrUndisclosed: a.participantsOther ?? 0 }
      : null;
  return {
    id: a.id,
    title: a.title,
    kind: a.kind,
    status: a.status,
    organisationId: a.organisationId,
    organisationName: nameOf(a.organisationNames),
    organisationAcronym: a.organisationAcronym,
    requestId: a.requestId,
    programmeId: a.programmeId,
    strategyId: a.strategyId,
    stateCodes: a.stateCodes,
    themes: a.themes,
    mandates: a.mandates,
    instrumentIds: a.instrumentIds,
    startDate: a.startDate,
    endDate: a.endDate,
    online: a.online,
    place: a.placeCountryCode ? { city: a.placeCity, countryCode: a.placeCountryCode } : null,
    languages: a.languages,
    partnerOrganisationIds: a.partnerOrganisationIds,
    beneficiaries: a.beneficiaries,
    participants: { total: a.participantsTotal, bySex, byInstitutionKind: a.participantsByInstitution ?? null },
    outputs: a.outputs,
    followUp: a.followUp,
    confidentiality: a.confidentiality as Confidentiality,
    sharedOrganisationIds: a.sharedOrganisationIds,
    namedUserIds: a.namedUserIds,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    version: a.version,
  };
}

/** The stored fields of a current activity, for merging a patch over them. */
export function fieldsOf(a: ActivityRecord): ActivityFields {
  const view = toActivityView(a);
  return {
    title: a.title,
    kind: a.kind as ActivityKind,
    status: a.status,
    organisationId: a.organisationId,
    requestId: a.requestId,
    programmeId: a.programmeId,
    strategyId: a.strategyId,
    stateCodes: a.stateCodes,
    themes: a.themes as Theme[],
    mandates: a.mandates as MandateId[],
    instrumentIds: a.instrumentIds,
    startDate: a.startDate,
    endDate: a.endDate,
    online: a.online,
    place: view.place,
    languages: a.languages as UnLanguage[],
    partnerOrganisationIds: a.partnerOrganisationIds,
    beneficiaries: a.beneficiaries,
    participants: view.participants.total === null && !view.participants.bySex && !view.participants.byInstitutionKind ? null : view.participants,
    outputs: a.outputs,
    followUp: a.followUp,
    confidentiality: a.confidentiality as Confidentiality,
    sharedOrganisationIds: a.sharedOrganisationIds,
    namedUserIds: a.namedUserIds,
  };
}

/** The columns to store for these fields. */
export function toColumns(f: ActivityFields) {
  const p = f.participants;
  return {
    title: f.title,
    kind: f.kind,
    status: f.status,
    organisationId: f.organisationId,
    requestId: f.requestId,
    programmeId: f.programmeId,
    strategyId: f.strategyId,
    stateCodes: f.stateCodes,
    themes: f.themes,
    mandates: f.mandates,
    instrumentIds: f.instrumentIds,
    startDate: f.startDate,
    endDate: f.endDate,
    online: f.online,
    placeCity: f.place?.city?.trim() || null,
    placeCountryCode: f.place?.countryCode ?? null,
    languages: f.languages,
    partnerOrganisationIds: f.partnerOrganisationIds,
    beneficiaries: f.beneficiaries,
    participantsTotal: p?.total ?? null,
    participantsFemale: p?.bySex?.female ?? null,
    participantsMale: p?.bySex?.male ?? null,
    participantsOther: p?.bySex?.otherOrUndisclosed ?? null,
    participantsByInstitution: p?.byInstitutionKind ?? null,
    outputs: f.outputs,
    followUp: f.followUp,
    confidentiality: f.confidentiality,
    sharedOrganisationIds: [...new Set(f.sharedOrganisationIds)],
    namedUserIds: [...new Set(f.namedUserIds)],
  };
}

export function activityTarget(a: ActivityRecord, regions: ReadonlyMap<string, string | null>): Target {
  return { kind: 'held-record', record: activityAsRecord(a, regions) };
}

export function activityAbilities(actor: Actor, record: MultiStateRecord): ActivityAbilities {
  const target: Target = { kind: 'held-record', record };
  return { update: can(actor, 'activity:update', target), recordResult: can(actor, 'result:create', target) };
}

export function activityListAbilities(actor: Actor): ActivityListAbilities {
  return { create: can(actor, 'activity:create'), export: can(actor, 'activity:read') };
}

export function activityNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', 'No such activity.', { params: { resource: 'activity', id } });
}

/** The activity if it exists and the actor may see it (with its policy record); otherwise NOT_FOUND. */
export async function findVisibleActivity(
  repo: ActivitiesRepo,
  actor: Actor,
  id: string,
  lock = false,
): Promise<{ activity: ActivityRecord; record: MultiStateRecord }> {
  const activity = isUuid(id) ? await repo.findById(id, { lock, scope: scopeFor(actor) }) : undefined;
  if (!activity) throw activityNotFound(id);
  const record = activityAsRecord(activity, await repo.regionsOf(activity.stateCodes));
  if (!can(actor, 'activity:read', { kind: 'held-record', record })) throw activityNotFound(id);
  return { activity, record };
}

/** What the audit trail keeps of an activity: its fields (participants are counts, never people). */
export function auditedActivity(f: ActivityFields) {
  return toColumns(f);
}

export async function auditActivity(
  tx: Db,
  actor: Actor,
  action: string,
  id: string,
  change: { before: unknown; after: unknown },
  now: Date,
): Promise<void> {
  await recordAudit(tx, { actor: actorLabel(actor), action, targetType: 'activity', targetId: id, ...change }, now);
}

export function validationFailed(issues: ErrorIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', 'The activity is not valid.', { issues });
}

export function toDomainInput(f: ActivityFields): ActivityInput {
  return {
    kind: f.kind,
    stateCodes: f.stateCodes,
    themes: f.themes,
    mandates: f.mandates,
    startDate: f.startDate,
    endDate: f.endDate,
    online: f.online,
    place: f.place,
    languages: f.languages,
    participants: f.participants,
  };
}

/** A request as the policy sees it. */
export function requestRecordOf(r: NonNullable<Awaited<ReturnType<ActivitiesRepo['request']>>>): RequestRecord {
  return {
    status: r.status as RequestStatus,
    stateCode: r.stateCode,
    stateRegion: r.stateRegion,
    addressedToOrganisationId: r.addressedToOrganisationId,
    themes: r.themes,
    recordedOnBehalf: r.recordedOnBehalf,
    requestingOrganisationId: r.requestingOrganisationId,
    confidentiality: r.confidentiality as Confidentiality,
    sharedOrganisationIds: r.sharedOrganisationIds,
    namedUserIds: r.namedUserIds,
    createdBy: r.createdBy,
  };
}

/**
 * Every problem with the fields: the domain's (dates, places, counts that add up), then what the database knows
 * (States, instruments, organisations and people exist; the request is the caller's entity's, accepted and visible;
 * the programme and strategy exist and are visible). Issues are under `body`. Returns the regions of the States.
 */
export async function checkActivityFields(
  repo: ActivitiesRepo,
  actor: Actor,
  f: ActivityFields,
): Promise<{ issues: ErrorIssue[]; regions: Map<string, string | null> }> {
  const issues: ErrorIssue[] = activityIssues(toDomainInput(f)).map((i) => ({ ...i, path: ['body', ...i.path] }));
  if (f.title.trim() === '') issues.push({ path: ['body', 'title'], code: 'required', message: 'must not be empty' });
  if (!isActivityStatus(f.status)) issues.push({ path: ['body', 'status'], code: 'invalid_value', message: `Unknown status: ${f.status}.` });

  const codes = [...f.stateCodes, ...(f.place ? [f.place.countryCode] : [])];
  const regions = await repo.regionsOf(codes);
  f.stateCodes.forEach((code, i) => {
    if (!regions.has(code)) issues.push({ path: ['body', 'stateCodes', i], code: 'unknown_state', message: `no participant ${code}` });
  });
  if (f.place && /^[A-Z]{3}$/.test(f.place.countryCode) && !regions.has(f.place.countryCode)) {
    issues.push({ path: ['body', 'place', 'countryCode'], code: 'unknown_state', message: `no participant ${f.place.countryCode}` });
  }

  if (f.instrumentIds.length > 0) {
    const known = await repo.existingInstrumentIds(f.instrumentIds);
    f.instrumentIds.forEach((id, i) => {
      if (!known.has(id)) issues.push({ path: ['body', 'instrumentIds', i], code: 'unknown_instrument', message: `no instrument ${id}` });
    });
  }
  const orgIds = [f.organisationId, ...f.partnerOrganisationIds, ...f.sharedOrganisationIds].filter(isUuid);
  const knownOrgs = await repo.existingOrganisationIds(orgIds);
  if (!knownOrgs.has(f.organisationId)) issues.push({ path: ['body', 'organisationId'], code: 'unknown_organisation', message: 'no such organisation' });
  for (const field of ['partnerOrganisationIds', 'sharedOrganisationIds'] as const) {
    f[field].forEach((id, i) => {
      if (!knownOrgs.has(id)) issues.push({ path: ['body', field, i], code: 'unknown_organisation', message: 'no such organisation' });
    });
  }
  const userIds = f.namedUserIds.filter(isUuid);
  const knownUsers = await repo.existingUserIds(userIds);
  f.namedUserIds.forEach((id, i) => {
    if (!knownUsers.has(id)) issues.push({ path: ['body', 'namedUserIds', i], code: 'unknown_person', message: 'no such person' });
  });

  if (f.requestId) {
    const request = isUuid(f.requestId) ? await repo.request(f.requestId) : undefined;
    if (!request || !can(actor, 'assistance-request:read', { kind: 'request', request: requestRecordOf(request) })) {
      issues.push({ path: ['body', 'requestId'], code: 'unknown_request', message: 'no such request' });
    } else {
      if (request.addressedToOrganisationId !== f.organisationId) {
        issues.push({ path: ['body', 'requestId'], code: 'other_entity', message: 'the request is addressed to another entity' });
      }
      if (!(DELIVERABLE_REQUEST_STATUSES as readonly string[]).includes(request.status)) {
        issues.push({
          path: ['body', 'requestId'],
          code: 'request_not_accepted',
          message: `the request is ${request.status}: activities are delivered for accepted, planned or in-delivery requests`,
        });
      }
      if (!f.stateCodes.includes(request.stateCode)) {
        issues.push({ path: ['body', 'stateCodes'], code: 'request_state_missing', message: `the request is from ${request.stateCode}: include it` });
      }
    }
  }
  if (f.programmeId) {
    const p = isUuid(f.programmeId) ? await repo.programme(f.programmeId) : undefined;
    const visible =
      p &&
      can(actor, 'programme:read', {
        kind: 'held-record',
        record: {
          confidentiality: p.confidentiality as Confidentiality,
          states: p.stateCodes.map((code) => ({ code, region: regions.get(code) ?? null })),
          ownerOrganisationId: p.organisationId,
          sharedOrganisationIds: p.partnerOrganisationIds,
          namedUserIds: [],
          createdBy: p.createdBy,
        },
      });
    if (!visible) issues.push({ path: ['body', 'programmeId'], code: 'unknown_programme', message: 'no such programme' });
  }
  if (f.strategyId) {
    const s = isUuid(f.strategyId) ? await repo.strategy(f.strategyId) : undefined;
    const sRegions = s ? await repo.regionsOf(s.stateCodes) : new Map<string, string | null>();
    const visible =
      s &&
      can(actor, 'strategy:read', {
        kind: 'held-record',
        record: {
          confidentiality: s.confidentiality as Confidentiality,
          states: s.stateCodes.map((code) => ({ code, region: sRegions.get(code) ?? null })),
          ownerOrganisationId: s.ownerOrganisationId,
          sharedOrganisationIds: [],
          namedUserIds: [],
          createdBy: s.createdBy,
        },
      });
    if (!visible) issues.push({ path: ['body', 'strategyId'], code: 'unknown_strategy', message: 'no such strategy' });
  }
  return { issues, regions };
}

/** The policy record of a programme, and of a strategy (for `programme:read`, `strategy:read`). */
type ProgrammeRow = NonNullable<Awaited<ReturnType<ActivitiesRepo['programme']>>>;
type StrategyRow = NonNullable<Awaited<ReturnType<ActivitiesRepo['strategy']>>>;
export function programmeTarget(p: ProgrammeRow, regions: ReadonlyMap<string, string | null>): Target {
  return { kind: 'held-record', record: programmeRecord(p, regions) };
}
export function strategyTarget(s: StrategyRow, regions: ReadonlyMap<string, string | null>): Target {
  return { kind: 'held-record', record: strategyRecord(s, regions) };
}

export interface LinkIds {
  requestIds?: readonly (string | null)[];
  programmeIds?: readonly (string | null)[];
  strategyIds?: readonly (string | null)[];
  documentIds?: readonly (string | null)[];
}

/**
 * Which of these linked requests, programmes and strategies the actor may read: one query per kind for all the ids
 * (lists and exports), never one per row. A missing record is not readable.
 */
export async function readableLinks(
  repo: ActivitiesRepo,
  actor: Actor,
  ids: LinkIds,
): Promise<{ requests: Set<string>; programmes: Set<string>; strategies: Set<string>; documents: Set<string> }> {
  const present = (xs: readonly (string | null)[] | undefined) => [...new Set((xs ?? []).filter((x): x is string => !!x && isUuid(x)))];
  const [requests, programmes, strategies, documents] = await Promise.all([
    repo.requestsByIds(present(ids.requestIds)),
    repo.programmesByIds(present(ids.programmeIds)),
    repo.strategiesByIds(present(ids.strategyIds)),
    repo.documentsByIds(present(ids.documentIds)),
  ]);
  const regions = await repo.regionsOf([...programmes.flatMap((p) => p.stateCodes), ...strategies.flatMap((s) => s.stateCodes)]);
  return {
    requests: new Set(requests.filter((r) => can(actor, 'assistance-request:read', { kind: 'request', request: requestRecordOf(r) })).map((r) => r.id)),
    programmes: new Set(programmes.filter((p) => can(actor, 'programme:read', programmeTarget(p, regions))).map((p) => p.id)),
    strategies: new Set(strategies.filter((s) => can(actor, 'strategy:read', strategyTarget(s, regions))).map((s) => s.id)),
    documents: new Set(documents.filter((d) => can(actor, 'document:read', recordTarget(d))).map((d) => d.id)),
  };
}

type LinkKind = 'requests' | 'programmes' | 'strategies' | 'documents';
const IDS_OF: Record<LinkKind, keyof LinkIds> = { requests: 'requestIds', programmes: 'programmeIds', strategies: 'strategyIds', documents: 'documentIds' };

/**
 * The views with each named field (an id of a record of the kind given) set to null where the actor may not read
 * that record: a hidden record is not even named. One query per kind for all the views (lists and exports).
 */
export async function hideUnreadableFields<K extends string, T extends { [key in K]: string | null }>(
  repo: ActivitiesRepo,
  actor: Actor,
  views: T[],
  fields: Record<K, LinkKind>,
): Promise<T[]> {
  const entries = Object.entries(fields) as [K, LinkKind][];
  const ids: Record<keyof LinkIds, (string | null)[]> = { requestIds: [], programmeIds: [], strategyIds: [], documentIds: [] };
  for (const [field, kind] of entries) ids[IDS_OF[kind]].push(...views.map((v) => v[field]));
  const readable = await readableLinks(repo, actor, ids);
  return views.map((v) => {
    let out = v;
    for (const [field, kind] of entries) {
      const id = v[field];
      if (id && !readable[kind].has(id)) out = { ...out, [field]: null };
    }
    return out;
  });
}

/** The views with the document named in `field` set to null where the actor may not read it. */
export function hideUnreadableDocuments<K extends string, T extends { [key in K]: string | null }>(
  repo: ActivitiesRepo,
  actor: Actor,
  views: T[],
  field: K,
): Promise<T[]> {
  return hideUnreadableFields(repo, actor, views, { [field]: 'documents' } as Record<K, LinkKind>);
}

/** An activity's links to a request, a programme and a strategy, each named only if readable. */
export function hideUnreadableLinks<T extends Pick<ActivityView, 'requestId' | 'programmeId' | 'strategyId'>>(
  repo: ActivitiesRepo,
  actor: Actor,
  views: T[],
): Promise<T[]> {
  return hideUnreadableFields(repo, actor, views, { requestId: 'requests', programmeId: 'programmes', strategyId: 'strategies' });
}
