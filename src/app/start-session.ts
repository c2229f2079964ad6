// Starts a session for a person who has just proved who they are (password, single sign-on, invitation). Always a
// new id: a session id known before sign-in (fixation) is never promoted.
import type { Db } from '#db/client.ts';
import { createAccountsRepo } from '#db/repos/accounts.repo.ts';
import { hashSecret, randomSecret } from './support/secrets.ts';
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
