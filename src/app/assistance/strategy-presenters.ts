// How strategies leave the use cases, their abilities, the one "not found", and the checks of their fields.
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { actorLabel, type Actor } from '#domain/actor.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import type { MultiStateRecord } from '#domain/assistance/access.ts';
import { isStrategyStage } from '#domain/assistance/themes.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import type { ActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import type { StrategiesRepo, StrategyRecord } from '#db/repos/assistance/strategies.repo.ts';
import { isUuid } from '../library/document-presenters.ts';
import { recordAudit } from '../shared/transaction.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

export interface StrategyFields {
  scope: 'national' | 'regional';
  stateCodes: string[];
  region: string | null;
  title: string;
  stage: string;
  stageChangedOn: string | null;
  adoptedOn: string | null;
  documentId: string | null;
  notes: string;
  confidentiality: Confidentiality;
  ownerOrganisationId: string;
}

export interface StrategyView extends Omit<StrategyFields, 'confidentiality' | 'scope'> {
  id: string;
  scope: string;
  confidentiality: Confidentiality;
  ownerOrganisationName: string;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every change; the GET's ETag is "v<version>" (ADR 19). */
  version: number;
}

export function toStrategyView(s: StrategyRecord): StrategyView {
  return {
    id: s.id,
    scope: s.scope,
    stateCodes: s.stateCodes,
    region: s.region,
    title: s.title,
    stage: s.stage,
    stageChangedOn: s.stageChangedOn,
    adoptedOn: s.adoptedOn,
    documentId: s.documentId,
    notes: s.notes,
    confidentiality: s.confidentiality as Confidentiality,
    ownerOrganisationId: s.ownerOrganisationId,
    ownerOrganisationName: nameOf(s.ownerOrganisationNames),
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    version: s.version,
  };
}

export function strategyRecord(s: Pick<StrategyRecord, 'confidentiality' | 'stateCodes' | 'ownerOrganisationId' | 'createdBy'>, regions: ReadonlyMap<string, string | null>): MultiStateRecord {
  return {
    confidentiality: s.confidentiality as Confidentiality,
    states: s.stateCodes.map((code) => ({ code, region: regions.get(code) ?? null })),
    ownerOrganisationId: s.ownerOrganisationId,
    sharedOrganisationIds: [],
    namedUserIds: [],
    createdBy: s.createdBy,
  };
}

export function strategyAbilities(actor: Actor, record: MultiStateRecord) {
  return { update: can(actor, 'strategy:update', { kind: 'held-record', record }) };
}

export function strategyNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', 'No such strategy.', { params: { resource: 'strategy', id } });
}

export async function findVisibleStrategy(repo: StrategiesRepo, activities: ActivitiesRepo, actor: Actor, id: string, lock = false) {
  const strategy = isUuid(id) ? await repo.findById(id, { lock, scope: scopeFor(actor) }) : undefined;
  if (!strategy) throw strategyNotFound(id);
  const record = strategyRecord(strategy, await activities.regionsOf(strategy.stateCodes));
  if (!can(actor, 'strategy:read', { kind: 'held-record', record })) throw strategyNotFound(id);
  return { strategy, record };
}

export async function checkStrategyFields(activities: ActivitiesRepo, f: StrategyFields) {
  const issues: ErrorIssue[] = [];
  if (!f.title.trim()) issues.push({ path: ['body', 'title'], code: 'required', message: 'must not be empty' });
  if (!isStrategyStage(f.stage)) issues.push({ path: ['body', 'stage'], code: 'invalid_value', message: `Unknown stage: ${f.stage}.` });
  const regions = await activities.regionsOf(f.stateCodes);
  if (f.stateCodes.length === 0) issues.push({ path: ['body', 'stateCodes'], code: 'required', message: 'name the State(s) it covers' });
  if (f.scope === 'national' && f.stateCodes.length > 1) {
    issues.push({ path: ['body', 'stateCodes'], code: 'national_one_state', message: 'a national strategy covers one State' });
  }
  f.stateCodes.forEach((c, i) => {
    if (!regions.has(c)) issues.push({ path: ['body', 'stateCodes', i], code: 'unknown_state', message: `no participant ${c}` });
  });
  if (f.stage === 'adopted' && !f.adoptedOn) issues.push({ path: ['body', 'adoptedOn'], code: 'required', message: 'say when it was adopted' });
  const orgs = await activities.existingOrganisationIds([f.ownerOrganisationId].filter(isUuid));
  if (!orgs.has(f.ownerOrganisationId)) issues.push({ path: ['body', 'ownerOrganisationId'], code: 'unknown_organisation', message: 'no such organisation' });
  return { issues, regions };
}

export async function auditStrategy(tx: Db, actor: Actor, action: string, id: string, change: { before: unknown; after: unknown }, now: Date) {
  await recordAudit(tx, { actor: actorLabel(actor), action, targetType: 'strategy', targetId: id, ...change }, now);
}
