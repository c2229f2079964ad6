// A person's API tokens, newest first, including revoked and expired ones (so they can see what existed).
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createApiTokensRepo } from '#db/repos/accounts/api-tokens.repo.ts';
import { apiTokenView, type ApiTokenView } from './create-api-token.ts';

export async function listApiTokens(db: Db, actor: Actor): Promise<ApiTokenView[]> {
  authorize(actor, 'api-token:manage');
  if (actor.kind !== 'user') return [];
  return (await createApiTokensRepo(db).listOf(actor.userId)).map(apiTokenView);
}
