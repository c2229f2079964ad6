// Records a bilateral treaty: its fields are checked (domain), its States against the participants, then the policy
// decides whether the caller may record a treaty between these two States (a State's own people: a pair with their
// State; administrators and UN officers: any pair). The same pair, kind and title twice is a conflict (409). The
// row and its audit entry are written in one transaction.
import type { Actor } from '#domain/actor.ts';
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
  pairTarget,
  toBilateralTreatyView,
  unknownStateIssues,
  validationFailed,
  type BilateralTreatyAbilities,
  type BilateralTreatyInput,
  type BilateralTreatyView,
} from './bilateral-treaty-presenters.ts';

export async function createBilateralTreaty(
  db: Db,
  actor: Actor,
  input: BilateralTreatyInput,
  now: Date,
): Promise<{ data: BilateralTreatyView; abilities: BilateralTreatyAbilities }> {
  authorize(actor, 'bilateral-treaty:manage');
  const fields = bilateralTreatyFields(input);
  const repo = createBilateralTreatiesRepo(db);
  const issues = [...asWritten(checkBilateralTreaty(fields), input), ...(await unknownStateIssues(repo, input))];
  if (issues.length > 0) throw validationFailed(issues);
  authorize(actor, 'bilateral-treaty:manage', pairTarget(fields));
  const id = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const txRepo = createBilateralTreatiesRepo(tx);
    const existing = await txRepo.findDuplicate(fields);
    if (existing) throw duplicateBilateralTreaty(existing);
    const newId = await txRepo.insert({ ...fields, createdBy: actor.kind === 'user' ? actor.userId : null, createdAt: now, updatedAt: now });
    await auditBilateralTreaty(tx, actor, 'bilateral-treaty:create', newId, { before: null, after: auditedBilateralTreaty(fields) }, now);
    return newId;
  });
  const row = (await repo.findById(id))!;
  return { data: toBilateralTreatyView(row), abilities: bilateralTreatyAbilities(actor, row) };
}
