// How programmes leave the use cases, their abilities, the one "not found", and the checks of their fields.
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { actorLabel, type Actor } from '#domain/actor.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import type { MultiStateRecord } from '#domain/assistance/access.ts';
import { isMandateId, isTheme } from '#domain/assistance/themes.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { can } from '#domain/policy.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import type { ActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import type { ProgrammeRecord, ProgrammesRepo } from '#db/repos/assistance/programmes.repo.ts';
import type { ProgrammeObjective } from '#db/schema/index.ts';
import { isUuid } from '../library/document-presenters.ts';
import { recordAudit } from '../shared/transaction.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

export interface ProgrammeFields {
  code: string;
  kind: string;
  names: LocalizedText;
  description: string;
  organisationId: string;
  partnerOrganisationIds: string[];
  regions: string[];
  stateCodes: string[];
  themes: string[];
  mandates: string[];
  objectives: ProgrammeObjective[];
  startDate: string | null;
  endDate: string | null;
  confidentiality: Confidentiality;
}

export interface ProgrammeView extends Omit<ProgrammeFields, 'confidentiality'> {
  id: string;
  name: string;
  organisationName: string;
  confidentiality: Confidentiality;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every change; the GET's ETag is "v<version>" (ADR 19). */
  version: number;
}

export interface ProgrammeAbilities {
  update: boolean;
}

export function toProgrammeView(p: ProgrammeRecord): ProgrammeView {
  return {
    id: p.id,
    code: p.code,
    kind: p.kind,
    names: p.names,
    name: nameOf(p.names),
    description: p.description,
    organisationId: p.organisationId,
    organisationName: nameOf(p.organisationNames),
    partnerOrganisationIds: p.partnerOrganisationIds,
    regions: p.regions,
    stateCodes: p.stateCodes,
    themes: p.themes,
    mandates: p.mandates,
    objectives: p.objectives,
    startDate: p.startDate,
    endDate: p.endDate,
    confidentiality: p.confidentiality as Confidentiality,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  };
}

export function programmeRecord(p: Pick<ProgrammeRecord, 'confidentiality' | 'stateCodes' | 'organisationId' | 'partnerOrganisationIds' | 'createdBy'>, regions: ReadonlyMap<string, string | null>): MultiStateRecord {
  return {
    confidentiality: p.confidentiality as Confidentiality,
    states: p.stateCodes.map((code) => ({ code, region: regions.get(code) ?? null })),
    ownerOrganisationId: p.organisationId,
    sharedOrganisationIds: p.partnerOrganisationIds,
    namedUserIds: [],
    createdBy: p.createdBy,
  };
}

export function programmeAbilities(actor: Actor, record: MultiStateRecord): ProgrammeAbilities {
  return { update: can(actor, 'programme:update', { kind: 'held-record', record }) };
}

export function programmeNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', 'No such programme.', { params: { resource: 'programme', id } });
}

export async function findVisibleProgramme(repo: ProgrammesRepo, activities: ActivitiesRepo, actor: Actor, id: string, lock = false) {
  const programme = isUuid(id) ? await repo.findById(id, { lock, scope: scopeFor(actor) }) : undefined;
  if (!programme) throw programmeNotFound(id);
  const record = programmeRecord(programme, await activities.regionsOf(programme.stateCodes));
  if (!can(actor, 'programme:read', { kind: 'held-record', record })) throw programmeNotFound(id);
  return { programme, record };
}

/** Every problem with the fields (issues under `body`); the regions of its States. */
export async function checkProgrammeFields(repo: ProgrammesRepo, activities: ActivitiesRepo, f: ProgrammeFields, exceptId?: string) {
  const issues: ErrorIssue[] = [];
  if (!f.code.trim()) issues.push({ path: ['body', 'code'], code: 'required', message: 'must not be empty' });
  else if (await repo.codeTaken(f.code, exceptId)) issues.push({ path: ['body', 'code'], code: 'taken', message: `code ${f.code} is taken` });
  if (!nameOf(f.names).trim()) issues.push({ path: ['body', 'names'], code: 'required', message: 'a name in at least one language' });
  const regions = await activities.regionsOf(f.stateCodes);
  f.stateCodes.forEach((c, i) => {
    if (!regions.has(c)) issues.push({ path: ['body', 'stateCodes', i], code: 'unknown_state', message: `no participant ${c}` });
  });
  f.themes.forEach((t, i) => {
    if (!isTheme(t)) issues.push({ path: ['body', 'themes', i], code: 'invalid_value', message: `Unknown theme: ${t}.` });
  });
  f.mandates.forEach((m, i) => {
    if (!isMandateId(m)) issues.push({ path: ['body', 'mandates', i], code: 'invalid_value', message: `Unknown mandate: ${m}.` });
  });
  if (f.startDate && f.endDate && f.endDate < f.startDate) {
    issues.push({ path: ['body', 'endDate'], code: 'end_before_start', message: 'The programme ends before it starts.' });
  }
  const orgs = await activities.existingOrganisationIds([f.organisationId, ...f.partnerOrganisationIds].filter(isUuid));
  if (!orgs.has(f.organisationId)) issues.push({ path: ['body', 'organisationId'], code: 'unknown_organisation', message: 'no such organisation' });
  f.partnerOrganisationIds.forEach((id, i) => {
    if (!orgs.has(id)) issues.push({ path: ['body', 'partnerOrganisationIds', i], code: 'unknown_organisation', message: 'no such organisation' });
  });
  if (f.confidentiality === 'state-restricted' && f.stateCodes.length === 0) {
    issues.push({ path: ['body', 'stateCodes'], code: 'required', message: 'a State-restricted programme must name its States' });
  }
  return { issues, regions };
}

export async function auditProgramme(tx: Db, actor: Actor, action: string, id: string, change: { before: unknown; after: unknown }, now: Date) {
  await recordAudit(tx, { actor: actorLabel(actor), action, targetType: 'programme', targetId: id, ...change }, now);
}

export function invalid(issues: ErrorIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });
}
