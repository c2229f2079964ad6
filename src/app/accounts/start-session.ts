// Starts a session for a person who has just proved who they are (password, single sign-on, invitation). Always a
// new id: a session id known before sign-in (fixation) is never promoted.
import type { Db } from '#db/client.ts';
import { createAccountsRepo } from '#db/repos/accounts/accounts.repo.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { hashSecret, randomSecret } from '../shared/secrets.ts';
import { PENDING_SESSION_MINUTES, type SessionSettings } from './support/session-settings.ts';

export type SessionStage = 'second-factor' | 'enrol-second-factor' | 'complete';

export interface StartedSession {
  /** The cookie value: shown to the client once, stored only as its hash. */
  secret: string;
  id: string;
  stage: SessionStage;
  csrfToken: string;
  expiresAt: Date;
}

export async function startSession(
  db: Db,
  input: {
    userId: string;
    stage: SessionStage;
    method: 'password' | 'oidc' | 'invitation' | 'password-reset';
    ip?: string | null;
    userAgent?: string | null;
    /** The session this replaces (e.g. the pending one of the password step): revoked. */
    replaces?: string | null;
  },
  now: Date,
  settings: SessionSettings,
): Promise<StartedSession> {
  const repo = createAccountsRepo(db);
  const secret = randomSecret();
  const id = hashSecret(secret);
  const csrfToken = randomSecret(24);
  const minutes = input.stage === 'complete' ? settings.absoluteHours * 60 : PENDING_SESSION_MINUTES;
  const expiresAt = new Date(now.getTime() + minutes * 60_000);
  if (input.replaces) await repo.updateSession(input.replaces, { revokedAt: now });
  await repo.insertSession({
    id,
    userId: input.userId,
    stage: input.stage,
    method: input.method,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: input.ip ?? null,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { secret, id, stage: input.stage, csrfToken, expiresAt };
}

/**
 * Completes a pending session once its second factor has passed (a code, or enrolment in one): the pending session is
 * replaced by a complete one that keeps how the first step was proved, and the audit trail records how.
 */
export async function completePendingSession(
  tx: Db,
  input: {
    userId: string;
    pendingSessionId: string;
    method: string | null | undefined;
    via: 'totp' | 'totp-enrolment' | 'recovery-code';
    ip: string;
    userAgent?: string | null;
  },
  now: Date,
  settings: SessionSettings,
): Promise<StartedSession> {
  const started = await startSession(
    tx,
    {
      userId: input.userId,
      stage: 'complete',
      // Keeps how the first step was proved (password, or single sign-on without a trusted second factor).
      method: (input.method ?? 'password') as Parameters<typeof startSession>[1]['method'],
      ip: input.ip,
      userAgent: input.userAgent,
      replaces: input.pendingSessionId,
    },
    now,
    settings,
  );
  await createAuditRepo(tx).append({
    at: now.toISOString(),
    actor: `user:${input.userId}`,
    action: 'session:second-factor',
    targetType: 'user',
    targetId: input.userId,
    before: null,
    after: { method: input.via, ip: input.ip },
  });
  return started;
}
