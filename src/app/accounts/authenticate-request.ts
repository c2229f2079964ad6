// Who is calling: a session cookie or an API token becomes an Actor. A session that has not completed its second
// factor gives no rights (the actor stays anonymous; only the sign-in routes read the pending session).
import { ANONYMOUS, type Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import type { Action } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo, type SessionRow } from '#db/repos/accounts/accounts.repo.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { hashSecret } from '../shared/secrets.ts';
import { TOUCH_INTERVAL_MS, type SessionSettings } from './support/session-settings.ts';

export const API_TOKEN_PREFIX = 'accord_';

export interface CurrentSession {
  id: string;
  userId: string;
  stage: SessionRow['stage'];
  csrfToken: string;
}

export interface Authentication {
  actor: Actor;
  session: CurrentSession | null;
  via: 'none' | 'session' | 'token';
}

const NONE: Authentication = { actor: ANONYMOUS, session: null, via: 'none' };

/** Token use is audited at most this often per token (and every use that changes something, by the use case). */
const TOKEN_AUDIT_INTERVAL_MS = 60 * 60_000;

export async function authenticateRequest(
  db: Db,
  credentials: { sessionSecret?: string | null; bearer?: string | null },
  now: Date,
  settings: SessionSettings,
): Promise<Authentication> {
  if (credentials.bearer) return authenticateToken(db, credentials.bearer, now);
  if (!credentials.sessionSecret) return NONE;
  const repo = createAccountsRepo(db);
  const found = await repo.findSessionWithPerson(hashSecret(credentials.sessionSecret));
  if (!found || !isLive(found.session, now, settings) || found.holder.disabledAt) return NONE;
  const { session, holder } = found;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await repo.updateSession(session.id, { lastSeenAt: now });
  }
  const current: CurrentSession = {
    id: session.id,
    userId: session.userId,
    stage: session.stage,
    csrfToken: session.csrfToken,
  };
  if (session.stage !== 'complete') return { actor: ANONYMOUS, session: current, via: 'session' };
  return {
    actor: { kind: 'user', userId: session.userId, platformAdmin: holder.platformAdmin, memberships: holder.memberships },
    session: current,
    via: 'session',
  };
}

export function isLive(session: SessionRow, now: Date, settings: SessionSettings): boolean {
  if (session.revokedAt || session.expiresAt <= now) return false;
  return now.getTime() - session.lastSeenAt.getTime() <= settings.idleMinutes * 60_000;
}

async function authenticateToken(db: Db, bearer: string, now: Date): Promise<Authentication> {
  const repo = createAccountsRepo(db);
  const found = bearer.startsWith(API_TOKEN_PREFIX) ? await repo.findApiTokenWithPerson(hashSecret(bearer)) : undefined;
  // A bad token is refused outright (not treated as anonymous), so a machine client learns its token is wrong.
  const refuse = () => {
    throw new AppError('UNAUTHENTICATED', 'The API token is unknown, expired or revoked.', {
      params: { reason: 'invalid_token' },
    });
  };
  if (!found || found.token.revokedAt || found.token.expiresAt <= now || found.holder.disabledAt) return refuse();
  const { token, holder } = found;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOKEN_AUDIT_INTERVAL_MS) {
    await db.transaction(async (tx) => {
      await createAccountsRepo(tx).touchApiToken(token.id, now);
      await createAuditRepo(tx).append({
        at: now.toISOString(),
        actor: `token:${token.id}`,
        action: 'api-token:use',
        targetType: 'api-token',
        targetId: token.id,
        before: null,
        after: { userId: token.userId, name: token.name },
      });
    });
  }
  return {
    actor: {
      kind: 'user',
      userId: token.userId,
      platformAdmin: holder.platformAdmin,
      memberships: holder.memberships,
      tokenScopes: token.scopes as Action[],
      tokenId: token.id,
    },
    session: null,
    via: 'token',
  };
}
