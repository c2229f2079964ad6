// A person's open sessions, so they can spot one they do not recognise and end it. Each is named by a public id
// derived from the stored id: the stored id is the hash of the cookie, and is never shown, so nothing on the page
// (or in a screenshot) helps anyone look a session up.
import { createHash } from 'node:crypto';
import type { Db } from '#db/client.ts';
import { createSessionsRepo } from '#db/repos/accounts/sessions.repo.ts';
import { isLive } from './authenticate-request.ts';
import type { SessionSettings } from './support/session-settings.ts';

export interface OwnSessionView {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
  method: string;
  current: boolean;
}

export function publicSessionId(sessionId: string): string {
  return createHash('sha256').update(`public:${sessionId}`).digest('hex').slice(0, 16);
}

/** Complete, live sessions (pending ones hold no rights and end within minutes). */
export async function openSessionsOf(db: Db, userId: string, now: Date, settings: SessionSettings) {
  const rows = await createSessionsRepo(db).listOpen(userId, now);
  return rows.filter((s) => s.stage === 'complete' && isLive(s, now, settings));
}

export async function listOwnSessions(
  db: Db,
  input: { userId: string; currentSessionId: string | null },
  now: Date,
  settings: SessionSettings,
): Promise<OwnSessionView[]> {
  const rows = await openSessionsOf(db, input.userId, now, settings);
  return rows.map((s) => ({
    id: publicSessionId(s.id),
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    expiresAt: s.expiresAt,
    ip: s.ip,
    userAgent: s.userAgent,
    method: s.method,
    current: s.id === input.currentSessionId,
  }));
}
