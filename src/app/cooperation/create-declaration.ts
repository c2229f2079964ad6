// Records what a State declared: fields checked (domain), State and treaty against the reference data, then the
// policy decides whether the caller may record it for that State (its own people; administrators and UN officers
// for any). The same State, treaty, kind and article twice is a conflict (409). Row and audit entry in one transaction.
import type { Actor } from '#domain/actor.ts';
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
  stateTarget,
  toDeclarationView,
  unknownReferenceIssues,
  validationFailed,
  type DeclarationAbilities,
  type DeclarationInput,
  type DeclarationView,
} from './declaration-presenters.ts';

export async function createDeclaration(
  db: Db,
  actor: Actor,
  input: DeclarationInput,
  now: Date,
): Promise<{ data: DeclarationView; abilities: DeclarationAbilities }> {
  authorize(actor, 'declaration:manage');
  const fields = declarationFields(input);
  const repo = createDeclarationsRepo(db);
  const issues = [...checkDeclaration(fields, todayIso(now)), ...(await unknownReferenceIssues(repo, fields))];
  if (issues.length > 0) throw validationFailed(issues);
  authorize(actor, 'declaration:manage', stateTarget(fields.stateCode));
  const id = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const txRepo = createDeclarationsRepo(tx);
    const existing = await txRepo.findDuplicate(fields);
    if (existing) throw duplicateDeclaration(existing);
    const newId = await txRepo.insert({ ...fields, createdBy: actor.kind === 'user' ? actor.userId : null, createdAt: now, updatedAt: now });
    await auditDeclaration(tx, actor, 'declaration:create', newId, { before: null, after: auditedDeclaration(fields) }, now);
    return newId;
  });
  const row = (await repo.findById(id))!;
  return { data: toDeclarationView(row), abilities: declarationAbilities(actor, row) };
}
