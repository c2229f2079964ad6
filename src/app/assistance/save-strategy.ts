// Records or changes a national or regional counter-terrorism strategy and its stage. A State's focal point records
// their own State's (held by their authority); officers and coordinators record those of the States they work with.
import type { Actor } from '#domain/actor.ts';
import { canonicalJson } from '#domain/accounts/audit.ts';
import { AppError } from '#domain/errors.ts';
import { authorize, can } from '#domain/policy.ts';
import type { ErrorIssue } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import { createDocumentsRepo } from '#db/repos/library/documents.repo.ts';
import { createStrategiesRepo } from '#db/repos/assistance/strategies.repo.ts';
import { hideUnreadableDocuments } from './activity-presenters.ts';
import { isUuid, recordTarget } from '../library/document-presenters.ts';
import {
  auditStrategy,
  checkStrategyFields,
  findVisibleStrategy,
  strategyAbilities,
  strategyRecord,
  toStrategyView,
  type StrategyFields,
  type StrategyView,
} from './strategy-presenters.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export type NewStrategy = Pick<StrategyFields, 'scope' | 'stateCodes' | 'title' | 'stage'> &
  Partial<Omit<StrategyFields, 'scope' | 'stateCodes' | 'title' | 'stage' | 'ownerOrganisationId'>> & { ownerOrganisationId?: string | null };

type Saved = { data: StrategyView; abilities: { update: boolean } };

/**
 * The strategy's document, when named, must be one the caller may read: the same issue for a missing and a hidden
 * one (no existence oracle, and no link that would block a document's deletion unseen).
 */
async function documentIssues(db: Db, actor: Actor, documentId: string | null): Promise<ErrorIssue[]> {
  if (documentId === null) return [];
  const doc = isUuid(documentId) ? await createDocumentsRepo(db).findById(documentId) : undefined;
  if (doc && can(actor, 'document:read', recordTarget(doc))) return [];
  return [{ path: ['body', 'documentId'], code: 'unknown_document', message: 'no such document' }];
}

export async function createStrategy(db: Db, actor: Actor, input: NewStrategy, now: Date): Promise<Saved> {
  authorize(actor, 'strategy:create');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const holders = [...new Set(actor.memberships.filter((m) => m.role !== 'donor-representative').map((m) => m.organisationId))];
  const fields: StrategyFields = {
    scope: input.scope,
    stateCodes: input.stateCodes.map((s) => s.toUpperCase()),
    region: input.region ?? null,
    title: input.title.trim(),
    stage: input.stage,
    stageChangedOn: input.stageChangedOn ?? null,
    adoptedOn: input.adoptedOn ?? null,
    documentId: input.documentId ?? null,
    notes: (input.notes ?? '').trim(),
    confidentiality: input.confidentiality ?? 'public',
    ownerOrganisationId: input.ownerOrganisationId ?? (holders.length === 1 ? holders[0]! : ''),
  };
  const activities = createActivitiesRepo(db);
  const checked = await checkStrategyFields(activities, fields);
  checked.issues.push(...(await documentIssues(db, actor, fields.documentId)));
  if (checked.issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues: checked.issues });
  const states = fields.stateCodes.map((code) => ({ code, region: checked.regions.get(code) ?? null }));
  authorize(actor, 'strategy:create', { kind: 'new-held-record', ownerOrganisationId: fields.ownerOrganisationId, states, confidentiality: fields.confidentiality });
  const id = await inTransaction(db, async (tx) => {
    const newId = await createStrategiesRepo(tx).insert({ ...fields, createdBy: actor.userId, createdAt: now, updatedAt: now });
    await auditStrategy(tx, actor, 'strategy:create', newId, { before: null, after: fields }, now);
    return newId;
  });
  const saved = (await createStrategiesRepo(db).findById(id))!;
  return { data: toStrategyView(saved), abilities: strategyAbilities(actor, strategyRecord(saved, checked.regions)) };
}

export async function updateStrategy(db: Db, actor: Actor, id: string, changes: Partial<NewStrategy>, now: Date, expectedVersion: number): Promise<Saved> {
  authorize(actor, 'strategy:update');
  const saved = await inTransaction(db, async (tx) => {
    const repo = createStrategiesRepo(tx);
    const activities = createActivitiesRepo(tx);
    const { strategy: current, record } = await findVisibleStrategy(repo, activities, actor, id, true);
    authorize(actor, 'strategy:update', { kind: 'held-record', record });
    assertVersion(current, expectedVersion);
    const before: StrategyFields = {
      scope: current.scope as StrategyFields['scope'],
      stateCodes: current.stateCodes,
      region: current.region,
      title: current.title,
      stage: current.stage,
      stageChangedOn: current.stageChangedOn,
      adoptedOn: current.adoptedOn,
      documentId: current.documentId,
      notes: current.notes,
      confidentiality: current.confidentiality as StrategyFields['confidentiality'],
      ownerOrganisationId: current.ownerOrganisationId,
    };
    const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<StrategyFields>;
    const next: StrategyFields = { ...before, ...given, stateCodes: (given.stateCodes ?? before.stateCodes).map((s) => s.toUpperCase()) };
    // A new stage is dated: the day it is recorded unless said otherwise.
    if (next.stage !== before.stage && !given.stageChangedOn) next.stageChangedOn = now.toISOString().slice(0, 10);
    const checked = await checkStrategyFields(activities, next);
    // Checked when it changes: a document that became hidden since does not block other changes.
    if (next.documentId !== before.documentId) checked.issues.push(...(await documentIssues(tx, actor, next.documentId)));
    if (checked.issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues: checked.issues });
    if (
      next.ownerOrganisationId !== before.ownerOrganisationId ||
      next.confidentiality !== before.confidentiality ||
      canonicalJson(next.stateCodes) !== canonicalJson(before.stateCodes)
    ) {
      const states = next.stateCodes.map((code) => ({ code, region: checked.regions.get(code) ?? null }));
      authorize(actor, 'strategy:update', { kind: 'new-held-record', ownerOrganisationId: next.ownerOrganisationId, states, confidentiality: next.confidentiality });
    }
    if (canonicalJson(before) !== canonicalJson(next)) {
      if (!(await repo.update(current.id, { ...next, updatedAt: now }, expectedVersion))) throw staleVersion(expectedVersion);
      await auditStrategy(tx, actor, 'strategy:update', current.id, { before, after: next }, now);
    }
    return (await repo.findById(current.id))!;
  });
  const activities = createActivitiesRepo(db);
  const regions = await activities.regionsOf(saved.stateCodes);
  // A document that became hidden from the editor since it was linked stays linked, but is not named to them.
  const [view] = await hideUnreadableDocuments(activities, actor, [toStrategyView(saved)], 'documentId');
  return { data: view!, abilities: strategyAbilities(actor, strategyRecord(saved, regions)) };
}
