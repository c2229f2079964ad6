// States' declarations, filtered by State, treaty and kind; public (they are public facts).
import type { Actor } from '#domain/actor.ts';
import type { DeclarationKind } from '#domain/cooperation/types.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createDeclarationsRepo } from '#db/repos/cooperation/declarations.repo.ts';
import {
  declarationAbilities,
  declarationListAbilities,
  toDeclarationView,
  type DeclarationAbilities,
  type DeclarationListAbilities,
  type DeclarationView,
} from './declaration-presenters.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';

export interface DeclarationsQuery extends PageQuery {
  stateCode?: string;
  instrumentId?: string;
  kind?: DeclarationKind;
}

export async function listDeclarations(
  db: Db,
  actor: Actor,
  query: DeclarationsQuery,
): Promise<Page<DeclarationView & { abilities: DeclarationAbilities }> & { abilities: DeclarationListAbilities }> {
  authorize(actor, 'legal-basis:read');
  const { rows, total } = await createDeclarationsRepo(db).list(
    {
      ...(query.stateCode ? { stateCode: query.stateCode.toUpperCase() } : {}),
      ...(query.instrumentId ? { instrumentId: query.instrumentId } : {}),
      ...(query.kind ? { kind: query.kind } : {}),
    },
    offsetOf(query),
  );
  return {
    data: rows.map((r) => ({ ...toDeclarationView(r), abilities: declarationAbilities(actor, r) })),
    page: query.page,
    pageSize: query.pageSize,
    total,
    abilities: declarationListAbilities(actor),
  };
}
