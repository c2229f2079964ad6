// Corrects a State's declaration: allowed for the State it is recorded for and, when that changes, for the new one.
// Version-checked (ADR 19); change and audit entry in one transaction, with the row locked.
import type { Actor } from '#domain/actor.ts';
import { canonicalJson } from '#domain/accounts/audit.ts';
import { checkDeclaration } from '#domain/cooperation/declarations.ts';
import { authorize } from '#domain/policy.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import type { Db } from '#db/client.ts';
import { createDeclarationsRepo } from '#db/repos/cooperation/declarations.repo.ts';
import {
  auditDeclaration,
  auditedDeclaration,
  declarationAbilities,
  declarationFields,
  duplicateDeclaration,
  findDeclaration,
  stateTarget,
  toDeclarationView,
  unknownReferenceIssues,
  validationFailed,
  type DeclarationAbilities,
  type DeclarationInput,
  type DeclarationView,
} from './declaration-presenters.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export type DeclarationChanges = Partial<DeclarationInput>;

export async function updateDeclaration(
  db: Db,
  actor: Actor,
  id: string,
  changes: DeclarationChanges,
  now: Date,
  expectedVersion: number,
): Promise<{ data: DeclarationView; abilities: DeclarationAbilities }> {
  authorize(actor, 'declaration:manage');
  const updated = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const repo = createDeclarationsRepo(tx);
    const current = await findDeclaration(repo, id, true);
    assertVersion(current, expectedVersion);
    authorize(actor, 'declaration:manage', stateTarget(current.stateCode));
    const next = declarationFields({
      stateCode: changes.stateCode ?? current.stateCode,
      instrumentId: changes.instrumentId ?? current.instrumentId,
      kind: changes.kind ?? current.kind,
      article: changes.article ?? current.article,
      languages: changes.languages ?? current.languages,
      text: changes.text ?? current.text,
      declaredOn: changes.declaredOn !== undefined ? changes.declaredOn : current.declaredOn,
      source: changes.source ?? current.source,
      sourceUrl: changes.sourceUrl !== undefined ? changes.sourceUrl : current.sourceUrl,
    });
    const issues = [...checkDeclaration(next, todayIso(now)), ...(await unknownReferenceIssues(repo, next))];
    if (issues.length > 0) throw validationFailed(issues);
    if (next.stateCode !== current.stateCode) authorize(actor, 'declaration:manage', stateTarget(next.stateCode));
    const before = auditedDeclaration(current);
    const after = auditedDeclaration(next);
    if (canonicalJson(before) === canonicalJson(after)) return current;
    const existing = await repo.findDuplicate(next, current.id);
    if (existing) throw duplicateDeclaration(existing);
    if (!(await repo.update(current.id, { ...next, updatedAt: now }, expectedVersion))) throw staleVersion(expectedVersion);
    await auditDeclaration(tx, actor, 'declaration:update', current.id, { before, after }, now);
    return (await repo.findById(current.id))!;
  });
  return { data: toDeclarationView(updated), abilities: declarationAbilities(actor, updated) };
}
