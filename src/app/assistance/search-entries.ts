// The search index's entries of assistance records (issue 13 §3, ADR 23), written by the use cases that write the
// records, in their transaction, and rebuilt whole by `accord search reindex`. Each entry carries the record's own
// confidentiality columns, so that search finds it for exactly those who may read it:
// - a request: held by the addressed entity, shared with the requesting authority and the organisations it is shared
//   with (requestScopeCondition); read by signed-in people only (search.repo applies that to every request entry).
//   A private draft (a State's own, not recorded on behalf) is not indexed: nobody finds it until it is submitted.
// - an activity: held by its entity, shared with sharedOrganisationIds, naming namedUserIds, visible through any of
//   its States (ACTIVITY_SCOPE_COLUMNS).
// - a programme: held by its leading entity, shared with its partners; it names nobody (PROGRAMME_SCOPE_COLUMNS).
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import type { Db } from '#db/client.ts';
import { createAssistanceRequestsRepo, type RequestRow } from '#db/repos/assistance/assistance-requests.repo.ts';
import { createActivitiesRepo, type ActivityRow } from '#db/repos/assistance/activities.repo.ts';
import { createProgrammesRepo, type ProgrammeRow } from '#db/repos/assistance/programmes.repo.ts';
import { createSearchRepo, type SearchEntryInput } from '#db/repos/library/search.repo.ts';

const yearOf = (date: string | Date | null | undefined): number | null => {
  if (!date) return null;
  const year = Number((date instanceof Date ? date.toISOString() : date).slice(0, 4));
  return Number.isInteger(year) ? year : null;
};

const names = (text: LocalizedText): string[] => [...new Set(Object.values(text).filter((v): v is string => !!v))];

/** The entry of a request, or null while it is a private draft. */
export function requestEntry(r: RequestRow): SearchEntryInput | null {
  if (r.status === 'draft' && !r.recordedOnBehalf) return null;
  return {
    sourceKind: 'assistance-request',
    sourceId: r.id,
    title: `${r.reference} ${r.title}`,
    body: [r.needs, r.priorities].filter(Boolean).join('\n\n'),
    kind: 'assistance-request',
    language: null,
    year: yearOf(r.submittedAt ?? r.createdAt),
    stateCodes: [r.stateCode],
    instrumentIds: r.instrumentIds,
    requirementIds: [],
    themes: r.themes,
    mandates: r.mandates,
    confidentiality: r.confidentiality,
    stateCode: r.stateCode,
    ownerOrganisationId: r.addressedToOrganisationId,
    sharedOrganisationIds: [...new Set([...(r.requestingOrganisationId ? [r.requestingOrganisationId] : []), ...r.sharedOrganisationIds])],
    namedUserIds: r.namedUserIds,
  };
}

export function activityEntry(a: ActivityRow): SearchEntryInput {
  return {
    sourceKind: 'activity',
    sourceId: a.id,
    title: a.title,
    body: [a.outputs, a.followUp].filter(Boolean).join('\n\n'),
    kind: 'activity',
    language: null,
    year: yearOf(a.startDate),
    stateCodes: a.stateCodes,
    instrumentIds: a.instrumentIds,
    requirementIds: [],
    themes: a.themes,
    mandates: a.mandates,
    confidentiality: a.confidentiality as Confidentiality,
    stateCode: a.stateCodes[0] ?? null,
    ownerOrganisationId: a.organisationId,
    sharedOrganisationIds: a.sharedOrganisationIds,
    namedUserIds: a.namedUserIds,
  };
}

export function programmeEntry(p: ProgrammeRow): SearchEntryInput {
  const all = names(p.names);
  return {
    sourceKind: 'programme',
    sourceId: p.id,
    title: `${p.code} ${p.names.en ?? all[0] ?? ''}`.trim(),
    body: [...all, p.description].filter(Boolean).join('\n\n'),
    kind: 'programme',
    language: null,
    year: yearOf(p.startDate),
    stateCodes: p.stateCodes,
    instrumentIds: [],
    requirementIds: [],
    themes: p.themes,
    mandates: p.mandates,
    confidentiality: p.confidentiality as Confidentiality,
    stateCode: p.stateCodes[0] ?? null,
    ownerOrganisationId: p.organisationId,
    sharedOrganisationIds: p.partnerOrganisationIds,
    // Programmes name nobody: a named-people programme is read by no one, and found by no one.
    namedUserIds: [],
  };
}

/** Writes (or removes) the entry of the request as it now stands; call it in the transaction that changed it. */
export async function indexRequest(tx: Db, id: string, now: Date): Promise<void> {
  const row = await createAssistanceRequestsRepo(tx).findById(id);
  const entry = row ? requestEntry(row) : null;
  if (entry) await createSearchRepo(tx).put(entry, now);
  else await createSearchRepo(tx).remove('assistance-request', id);
}

export async function indexActivity(tx: Db, id: string, now: Date): Promise<void> {
  const row = await createActivitiesRepo(tx).findById(id);
  if (row) await createSearchRepo(tx).put(activityEntry(row), now);
  else await createSearchRepo(tx).remove('activity', id);
}

export async function indexProgramme(tx: Db, id: string, now: Date): Promise<void> {
  const row = await createProgrammesRepo(tx).findById(id);
  if (row) await createSearchRepo(tx).put(programmeEntry(row), now);
  else await createSearchRepo(tx).remove('programme', id);
}
