// One State's declaration (public), with what the caller may do with it.
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createDeclarationsRepo } from '#db/repos/cooperation/declarations.repo.ts';
import { declarationAbilities, findDeclaration, toDeclarationView, type DeclarationAbilities, type DeclarationView } from './declaration-presenters.ts';

export async function getDeclaration(db: Db, actor: Actor, id: string): Promise<{ data: DeclarationView; abilities: DeclarationAbilities }> {
  authorize(actor, 'legal-basis:read');
  const row = await findDeclaration(createDeclarationsRepo(db), id);
  return { data: toDeclarationView(row), abilities: declarationAbilities(actor, row) };
}
