// An API token for a machine client: limited to chosen scopes (each also limited by what its person may do), expiring
// after at most a year, shown once. Only its hash is kept; its first characters name it in lists.
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize, can, TOKEN_SCOPES, type TokenScope } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import type { ApiTokenRow } from '#db/repos/accounts/accounts.repo.ts';
import { createApiTokensRepo } from '#db/repos/accounts/api-tokens.repo.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { API_TOKEN_PREFIX } from './authenticate-request.ts';
import { hashSecret, randomSecret } from '../shared/secrets.ts';

export const MAX_TOKEN_DAYS = 365;
/** Characters of the token shown in lists ('accord_' and a few of the secret: enough to tell tokens apart). */
const SHOWN_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export function apiTokenView(row: ApiTokenRow): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as TokenScope[],
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

export async function createApiToken(
  db: Db,
  actor: Actor,
  input: { name: string; scopes: TokenScope[]; expiresInDays: number },
  now: Date,
): Promise<ApiTokenView & { token: string }> {
  authorize(actor, 'api-token:manage');
  if (actor.kind !== 'user') throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  const scopes = TOKEN_SCOPES.filter((s) => input.scopes.includes(s));
  if (scopes.length === 0 || !Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > MAX_TOKEN_DAYS) {
    throw new AppError('VALIDATION_FAILED', 'Choose at least one scope and a lifetime of 1 to 365 days.');
  }
  // A scope the person could never use would only mislead: refused, naming each.
  const person: Actor = { ...actor, tokenScopes: undefined, tokenId: undefined };
  const unusable = input.scopes.map((s, i) => [s, i] as const).filter(([s]) => !can(person, s));
  if (unusable.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'You may not use some of these scopes yourself.', {
      params: { scopes: unusable.map(([s]) => s) },
      issues: unusable.map(([s, i]) => ({ path: ['body', 'scopes', i], code: 'scope_not_allowed', message: `You may not ${s}.` })),
    });
  }
  const token = API_TOKEN_PREFIX + randomSecret();
  const row = await db.transaction(async (tx) => {
    const created = await createApiTokensRepo(tx).insert({
      userId: actor.userId,
      name: input.name,
      tokenHash: hashSecret(token),
      prefix: token.slice(0, SHOWN_PREFIX_LENGTH),
      scopes,
      createdAt: now,
      expiresAt: new Date(now.getTime() + input.expiresInDays * 24 * 3600_000),
    });
    await createAuditRepo(tx).append({
      at: now.toISOString(),
      actor: `user:${actor.userId}`,
      action: 'api-token:create',
      targetType: 'api-token',
      targetId: created.id,
      before: null,
      after: { name: created.name, prefix: created.prefix, scopes, expiresAt: created.expiresAt.toISOString() },
    });
    return created;
  });
  return { ...apiTokenView(row), token };
}
