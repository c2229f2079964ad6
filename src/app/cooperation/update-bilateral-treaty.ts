// Corrects a bilateral treaty. The caller must be allowed to keep the pair as it is and, when the States change, the
// pair it becomes. Version-checked (ADR 19): the write names the version it was made on; the change and its audit
// entry (before/after) are written in one transaction, with the row locked.
import type { Actor } from '#domain/actor.ts';
import { canonicalJson } from '#domain/accounts/audit.ts';
import { checkBilateralTreaty } from '#domain/cooperation/bilateral-treaties.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createBilateralTreatiesRepo } from '#db/repos/cooperation/bilateral-treaties.repo.ts';
import {
  asWritten,
  auditBilateralTreaty,
  auditedBilateralTreaty,
  bilateralTreatyAbilities,
  bilateralTreatyFields,
  duplicateBilateralTreaty,
  findBilateralTreaty,
  pairTarget,
  toBilateralTreatyView,
  unknownStateIssues,
  validationFailed,
  type BilateralTreatyAbilities,
  type BilateralTreatyInput,
  type BilateralTreatyView,
} from './bilateral-treaty-presenters.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export type BilateralTreatyChanges = Partial<BilateralTreatyInput>;

export async function updateBilateralTreaty(
  db: Db,
  actor: Actor,
  id: string,
  changes: BilateralTreatyChanges,
  now: Date,
  expectedVersion: number,
): Promise<{ data: BilateralTreatyView; abilities: BilateralTreatyAbilities }> {
  authorize(actor, 'bilateral-treaty:manage');
  const updated = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const repo = createBilateralTreatiesRepo(tx);
    const current = await findBilateralTreaty(repo, id, true);
    assertVersion(current, expectedVersion);
    authorize(actor, 'bilateral-treaty:manage', pairTarget(current));
    const input: BilateralTreatyInput = {
      kind: changes.kind ?? current.kind,
      title: changes.title ?? current.title,
      stateA: changes.stateA ?? current.stateA,
      stateB: changes.stateB ?? current.stateB,
      signedOn: changes.signedOn !== undefined ? changes.signedOn : current.signedOn,
      inForceFrom: changes.inForceFrom !== undefined ? changes.inForceFrom : current.inForceFrom,
      terminatedOn: changes.terminatedOn !== undefined ? changes.terminatedOn : current.terminatedOn,
      source: changes.source ?? current.source,
      sourceUrl: changes.sourceUrl !== undefined ? changes.sourceUrl : current.sourceUrl,
      notes: changes.notes ?? current.notes,
    };
    const next = bilateralTreatyFields(input);
    const issues = [...asWritten(checkBilateralTreaty(next), input), ...(await unknownStateIssues(repo, input))];
    if (issues.length > 0) throw validationFailed(issues);
    if (next.stateA !== current.stateA || next.stateB !== current.stateB) authorize(actor, 'bilateral-treaty:manage', pairTarget(next));

    const before = auditedBilateralTreaty(current);
    const after = auditedBilateralTreaty(next);
    if (canonicalJson(before) === canonicalJson(after)) return current;
    const existing = await repo.findDuplicate(next, current.id);
    if (existing) throw duplicateBilateralTreaty(existing);
    if (!(await repo.update(current.id, { ...next, updatedAt: now }, expectedVersion))) throw staleVersion(expectedVersion);
    await auditBilateralTreaty(tx, actor, 'bilateral-treaty:update', current.id, { before, after }, now);
    return (await repo.findById(current.id))!;
  });
  return { data: toBilateralTreatyView(updated), abilities: bilateralTreatyAbilities(actor, updated) };
}
